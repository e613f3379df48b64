import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../corpus/report.js';
import { buildCorpusIndex, buildFingerprint, orderReports } from './build-corpus-index.js';
import type { CorpusIndex } from './corpus-index.js';
import { deserializeCorpusIndex, serializeCorpusIndex } from './serialize-corpus-index.js';

/** The cache file's name inside the cache folder. */
export const CORPUS_CACHE_FILE = 'corpus-index.cache';

export type LoadOrBuildOptions = {
  /** Folder for the cache file; created when missing. */
  readonly cacheDir: string;
  /** Builds the index on a cache miss; `buildCorpusIndex` by default. */
  readonly build?: (reports: readonly Report[]) => CorpusIndex;
};

/** The index and where it came from: `cache` (a valid cache for these reports) or `built` (and saved). */
export type LoadedCorpusIndex = { readonly index: CorpusIndex; readonly source: 'cache' | 'built' };

/**
 * The corpus index for these reports, from the cache in `cacheDir` when it holds one for the same
 * fingerprint, version and checksums; otherwise built, then saved for the next start. A missing,
 * stale, torn or corrupted cache is rebuilt, never an error; a cache that cannot be written is
 * skipped (the index is still returned). Writes go to a temporary file renamed over the cache, so
 * a crash mid-write leaves the old cache or none.
 *
 * @example
 * const { reports } = await loadCorpus(dir);
 * const { index } = await loadOrBuildCorpusIndex(reports, { cacheDir: '.verbatim-cache' });
 */
export async function loadOrBuildCorpusIndex(
  reports: readonly Report[],
  options: LoadOrBuildOptions,
): Promise<LoadedCorpusIndex> {
  const ordered = orderReports(reports);
  const path = join(options.cacheDir, CORPUS_CACHE_FILE);
  const cached = await readSections(path);
  const index = cached === null ? null : deserializeCorpusIndex(cached, ordered, buildFingerprint(ordered));
  if (index !== null) return { index, source: 'cache' };
  const built = (options.build ?? buildCorpusIndex)(ordered);
  await saveCorpusIndex(built, options.cacheDir).catch(() => undefined);
  return { index: built, source: 'built' };
}

/** Writes the cache for an index: a temporary file in the same folder, then a rename over the old cache. */
export async function saveCorpusIndex(index: CorpusIndex, cacheDir: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const path = join(cacheDir, CORPUS_CACHE_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, 'w');
  try {
    for (const section of serializeCorpusIndex(index)) await file.write(`${section}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path).catch(async (error: unknown) => {
    await rm(temporary, { force: true });
    throw error;
  });
}

async function readSections(path: string): Promise<string[] | null> {
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return null;
  const sections: string[] = [];
  let start = 0;
  for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
    sections.push(bytes.toString('utf8', start, end));
    start = end + 1;
  }
  return start === bytes.length ? sections : null;
}
