import { mergeCorpusWarnings } from '../../corpus/load-corpus.js';
import { parseCorpusFiles } from '../../corpus/parse-corpus-files.js';
import type { FileStamp } from '../../corpus/read-corpus-files.js';
import { buildCorpusIndexInParallel } from '../build-corpus-index-in-parallel.js';
import { type LoadedCorpusIndex, type LoadOrBuildOptions, readKeyedCorpus } from '../load-or-build-corpus-index.js';
import { CorpusStoreKeyError } from './corpus-store.js';
import { locateCorpusStore } from './corpus-store-files.js';
import { openSqliteCorpusStore } from './open-sqlite-corpus-store.js';
import { readStoredCorpusIndex } from './read-stored-corpus-index.js';
import { saveCorpusStore } from './save-corpus-store.js';

/** `loadOrBuildCorpusIndex`'s options, and where to say why a store was not used. */
export type LoadOrBuildStoredOptions = LoadOrBuildOptions & {
  /**
   * Called once, before a build, with why the store was not read: there is none for these files
   * (a first start, or the corpus changed), or it could not be read (corrupted, cut short, another
   * version). The bot logs it.
   */
  readonly onRebuild?: (rebuild: StoreRebuild) => void;
};

/** Why the index is built rather than read from a store; `isUnreadable` when a store was there but could not be used. */
export type StoreRebuild = { readonly reason: string; readonly isUnreadable: boolean };

/**
 * `loadOrBuildCorpusIndex` with the index kept in a SQLite store (docs/store.md) instead of the
 * JSON cache: reads the folder's files and settings and hashes them into the cache key (a file whose
 * size and modification time are those the store holds is not read: its stored hash counts); when the
 * cache folder holds a store for that key, the index is read back from it (read-only) without
 * parsing a report; otherwise (no store, or one that cannot be read) the files are parsed, the
 * index built and written to a new store, and the folder's older stores are deleted. The index
 * returned names its store file (`CorpusIndex.store`) so answer workers can open it themselves; a
 * store that cannot be written is skipped (the index has no `store` then, and workers are sent it).
 *
 * @throws {CorpusDirError} when `dir` does not exist, is not a folder or cannot be read.
 * @example
 * const { index } = await loadOrBuildStoredCorpusIndex('seeds', { cacheDir: './data/cache', onRebuild: console.warn });
 */
export async function loadOrBuildStoredCorpusIndex(
  dir: string,
  options: LoadOrBuildStoredOptions,
): Promise<LoadedCorpusIndex> {
  const location = { cacheDir: options.cacheDir, corpusDir: dir };
  // `let`: the files are dropped once parsed (below).
  let { place, files, warnings: readWarnings, stamps, settings, key } = await readStoreKeyedCorpus(dir, options);
  const { path } = place;
  let rebuild = explainStoreRebuild(path, null);
  if (place.exists()) {
    try {
      const restored = readStoredCorpusIndex(path, settings, key);
      return { index: restored.index, warnings: mergeCorpusWarnings(readWarnings, restored.warnings), source: 'cache' };
    } catch (error: unknown) {
      rebuild = explainStoreRebuild(path, error);
    }
  }
  options.onRebuild?.(rebuild);
  // A build needs every file's bytes: those left unread as unchanged are read now.
  if (files.length !== stamps.size) ({ files, warnings: readWarnings, stamps } = await readKeyedCorpus(dir, options));
  const parsed = parseCorpusFiles(files);
  // Let the files' bytes be collected before the build, which needs the most memory.
  files = [];
  const built = await (options.build ?? buildCorpusIndexInParallel)(parsed.reports, { settings });
  const warnings = mergeCorpusWarnings(readWarnings, parsed.warnings);
  try {
    await saveCorpusStore(built, { key, warnings: parsed.warnings }, location, { stamps });
  } catch (error: unknown) {
    const reason = `Cannot write the corpus store ${path}: ${describeError(error)}; answering from memory`;
    options.onRebuild?.({ reason, isUnreadable: true });
    return { index: built, warnings, source: 'built' };
  }
  return { index: { ...built, store: path }, warnings, source: 'built' };
}

/**
 * `readKeyedCorpus` of a folder whose store may know its files: a file whose size and modification
 * time are the store's is not read, and its stored hash counts in the key, which stays a content key
 * (a file whose stamp changed is read and hashed). Also gives the folder's store file.
 */
export async function readStoreKeyedCorpus(dir: string, options: LoadOrBuildOptions) {
  const place = locateCorpusStore({ cacheDir: options.cacheDir, corpusDir: dir });
  const known = place.exists() ? readKnownStamps(place.path) : new Map<string, FileStamp>();
  return { place, ...(await readKeyedCorpus(dir, { ...options, known })) };
}

/**
 * Why the index is built rather than read from the store at `path`: there is none (`error` null),
 * it holds other files (`CorpusStoreKeyError`), or it cannot be read.
 */
export function explainStoreRebuild(path: string, error: unknown): StoreRebuild {
  if (error === null)
    return { reason: `No corpus store for these files yet (${path}); building the index`, isUnreadable: false };
  if (error instanceof CorpusStoreKeyError) {
    return { reason: `The corpus store ${path} holds other files; building the index`, isUnreadable: false };
  }
  return {
    reason: `The corpus store ${path} cannot be read (${describeError(error)}); rebuilding the index`,
    isUnreadable: true,
  };
}

/** The stamps of the files a store was last written from; none when it cannot be read (every file is read then). */
function readKnownStamps(path: string): Map<string, FileStamp> {
  try {
    const store = openSqliteCorpusStore(path);
    try {
      return store.readStamps();
    } finally {
      store.close();
    }
  } catch (error: unknown) {
    // Rule: the stamps only save reading; an unreadable store is reported by the read that follows.
    if (error instanceof Error) return new Map();
    throw error;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
