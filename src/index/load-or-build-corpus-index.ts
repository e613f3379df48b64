import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CORPUS_SETTINGS_FILE, type CorpusSettings } from '../corpus/corpus-settings.js';
import { type LoadedCorpus, mergeCorpusWarnings } from '../corpus/load-corpus.js';
import { loadCorpusSettings } from '../corpus/load-corpus-settings.js';
import { parseCorpusFiles } from '../corpus/parse-corpus-files.js';
import {
  type CorpusFile,
  type CorpusWarning,
  type FileStamp,
  type ReadCorpusFilesOptions,
  readCorpusFiles,
} from '../corpus/read-corpus-files.js';
import type { Report } from '../corpus/report.js';
import { buildCorpusIndexInParallel } from './build-corpus-index-in-parallel.js';
import type { CorpusIndex } from './corpus-index.js';
import type { FileParser } from './create-file-parser.js';
import {
  buildCorpusCacheKey,
  type CorpusCacheEntry,
  deserializeCorpusIndex,
  serializeCorpusIndex,
} from './serialize-corpus-index.js';

export type LoadOrBuildOptions = ReadCorpusFilesOptions & {
  /** Folder for the cache files; created when missing. */
  readonly cacheDir: string;
  /**
   * Builds the index on a cache miss; `buildCorpusIndexInParallel` by default (the same index as
   * `buildCorpusIndex`, with the extraction in a worker thread).
   */
  readonly build?: (
    reports: readonly Report[],
    options: { readonly settings: CorpusSettings },
  ) => CorpusIndex | Promise<CorpusIndex>;
};

/**
 * The index of a corpus folder, the warnings `loadCorpus` would give for it, and where the index
 * came from: `cache` (a valid cache for these files; nothing was parsed) or `built` (and saved).
 */
export type LoadedCorpusIndex = {
  readonly index: CorpusIndex;
  readonly warnings: readonly CorpusWarning[];
  readonly source: 'cache' | 'built';
};

/** A corpus read and parsed as `loadCorpus` does, with the entry its cache would be saved under. */
export type CacheableCorpus = {
  readonly loaded: LoadedCorpus;
  /** The stamp of each report file (size, modification time, hash), by path, in path order. */
  readonly stamps: ReadonlyMap<string, FileStamp>;
  readonly entry: CorpusCacheEntry;
  /** The folder's `verbatim.yml`, or the defaults. */
  readonly settings: CorpusSettings;
};

/**
 * Starts from a corpus folder: reads its files' bytes (`readCorpusFiles`: the same skip rules and
 * warnings as `loadCorpus`) and hashes them into a cache key. When the cache holds that key, the
 * whole index, its cleaned reports and their parse warnings included, is restored without parsing
 * a single report. Otherwise the files are parsed, the index built, then saved for the next start.
 * A missing, stale, torn or corrupted cache is rebuilt, never an error; a cache that cannot be
 * written is skipped (the index is still returned). Each corpus folder has its own cache file, so
 * two corpora sharing a cache folder never evict each other.
 *
 * @throws {CorpusDirError} when `dir` does not exist, is not a folder or cannot be read.
 * @example
 * const { index, warnings, source } = await loadOrBuildCorpusIndex('seeds', { cacheDir: './data/cache' });
 */
export async function loadOrBuildCorpusIndex(dir: string, options: LoadOrBuildOptions): Promise<LoadedCorpusIndex> {
  // `let`: the files are dropped once parsed (below).
  let { files, warnings: readWarnings, settings, key } = await readKeyedCorpus(dir, options);
  const location = { cacheDir: options.cacheDir, corpusDir: dir };
  const restored = deserializeCorpusIndex(
    (await readSections(buildCorpusCachePath(location))) ?? [],
    files,
    key,
    settings,
  );
  if (restored !== null) {
    return { index: restored.index, warnings: mergeCorpusWarnings(readWarnings, restored.warnings), source: 'cache' };
  }
  const parsed = parseCorpusFiles(files);
  // Let the files' bytes (240 MB for 37,054 reports) be collected before the build, which needs the most memory.
  files = [];
  const index = await (options.build ?? buildCorpusIndexInParallel)(parsed.reports, { settings });
  await saveCorpusIndex(index, { key, warnings: parsed.warnings }, location).catch(() => undefined);
  return { index, warnings: mergeCorpusWarnings(readWarnings, parsed.warnings), source: 'built' };
}

/**
 * Reads and parses a corpus folder exactly as `loadCorpus` does, and also returns the entry to save
 * an index of it under (`saveCorpusIndex`), for a caller that rebuilds the index itself (the
 * corpus watcher). With `parser` (the corpus worker's `createFileParser`), only the files whose
 * stamp it does not know are read (`readCorpusFiles`' `known`), and only those new or changed
 * since its last read are parsed; the result is the same.
 *
 * @throws {CorpusDirError} when `dir` does not exist, is not a folder or cannot be read.
 */
export async function loadCacheableCorpus(
  dir: string,
  options: ReadCorpusFilesOptions & { readonly parser?: FileParser } = {},
): Promise<CacheableCorpus> {
  const { parser, ...readOptions } = options;
  const read = await readKeyedCorpus(
    dir,
    parser === undefined ? readOptions : { ...readOptions, known: parser.known() },
  );
  const parsed = parser === undefined ? parseCorpusFiles(read.files) : parser.parse(read.files, read.stamps);
  return {
    loaded: { reports: parsed.reports, warnings: mergeCorpusWarnings(read.warnings, parsed.warnings) },
    stamps: read.stamps,
    entry: { key: read.key, warnings: parsed.warnings },
    settings: read.settings,
  };
}

/**
 * A corpus folder's files (`readCorpusFiles`) and settings (`loadCorpusSettings`), with the cache key
 * they give: the reports' hashes and the settings file's, when there is one (its edit rebuilds).
 * With `known`, a file left unread counts with its known hash, so the key stays a content key.
 * Exported for the SQLite store's loader (`loadOrBuildStoredCorpusIndex`), which keys its file the same way.
 */
export async function readKeyedCorpus(
  dir: string,
  options: ReadCorpusFilesOptions,
): Promise<{
  readonly files: readonly CorpusFile[];
  readonly warnings: readonly CorpusWarning[];
  readonly stamps: ReadonlyMap<string, FileStamp>;
  readonly settings: CorpusSettings;
  readonly key: string;
}> {
  const { files, warnings, stamps } = await readCorpusFiles(dir, options);
  const { settings, text } = await loadCorpusSettings(dir);
  const hashed = [...stamps].map(([file, { hash }]) => ({ file, hash }));
  return { files, warnings, stamps, settings, key: buildCorpusCacheKey(withSettingsFile(hashed, text)) };
}

/** The files a cache key covers: the reports, and the settings file when there is one (its edit rebuilds). */
function withSettingsFile(
  files: readonly Pick<CorpusFile, 'file' | 'hash'>[],
  text: string | null,
): readonly Pick<CorpusFile, 'file' | 'hash'>[] {
  if (text === null) return files;
  return [...files, { file: CORPUS_SETTINGS_FILE, hash: createHash('sha256').update(text).digest('hex') }];
}

/** Where a corpus's cache is saved. */
export type CorpusCacheLocation = {
  readonly cacheDir: string;
  /** The corpus folder; its absolute path names the cache file. */
  readonly corpusDir: string;
};

/**
 * Writes the cache of an index: a temporary file in the same folder, synced, then renamed over the
 * old cache, so a crash mid-write leaves the old cache or none (a leftover temporary file is
 * overwritten by the next save of the same process id). Sections are made and written one at a
 * time, so only one is in memory, and answers run between them while the bot saves in the
 * background (the longest wait is the search index's `serializeSentenceIndex`).
 */
export async function saveCorpusIndex(
  index: CorpusIndex,
  entry: CorpusCacheEntry,
  location: CorpusCacheLocation,
): Promise<void> {
  await mkdir(location.cacheDir, { recursive: true });
  const path = buildCorpusCachePath(location);
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, 'w');
  try {
    for (const section of serializeCorpusIndex(index, entry)) {
      await file.write(section);
      await file.write('\n');
    }
    await file.sync();
  } catch (error: unknown) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, path).catch(async (error: unknown) => {
    await rm(temporary, { force: true });
    throw error;
  });
}

/**
 * The cache file of a corpus folder: `corpus-index-<the first 16 hex digits of the SHA-256 of its
 * absolute path>.cache`.
 */
export function buildCorpusCachePath(location: CorpusCacheLocation): string {
  const name = createHash('sha256').update(resolve(location.corpusDir), 'utf8').digest('hex').slice(0, 16);
  return join(location.cacheDir, `corpus-index-${name}.cache`);
}

/** The bytes of the cache's lines, or null when it is missing, unreadable or not ended by a line break (torn). */
async function readSections(path: string): Promise<Uint8Array[] | null> {
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return null;
  const sections: Uint8Array[] = [];
  let start = 0;
  for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
    sections.push(bytes.subarray(start, end));
    start = end + 1;
  }
  return start === bytes.length ? sections : null;
}
