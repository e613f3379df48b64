import type { CorpusIndex } from '../corpus-index.js';
import type { CorpusCacheLocation } from '../load-or-build-corpus-index.js';
import type { CorpusCacheEntry } from '../serialize-corpus-index.js';
import { locateCorpusStore } from './corpus-store-files.js';
import { type WriteSqliteCorpusStoreOptions, writeSqliteCorpusStore } from './write-sqlite-corpus-store.js';

/**
 * Saves an index to its corpus folder's SQLite store (`locateCorpusStore`) as a new base under
 * `entry.key` (with the files' `stamps` when given), then deletes the folder's older store files,
 * so the next start reads it (`loadOrBuildStoredCorpusIndex`). The same contract as
 * `saveCorpusIndex`, for the store. Resolves with the store's path.
 *
 * @throws the file system's or SQLite's error when the cache folder cannot be written.
 */
export async function saveCorpusStore(
  index: CorpusIndex,
  entry: CorpusCacheEntry,
  location: CorpusCacheLocation,
  options: WriteSqliteCorpusStoreOptions = {},
): Promise<string> {
  const place = locateCorpusStore(location);
  place.prepare();
  writeSqliteCorpusStore(place.path, index, entry, options);
  place.removeOthers();
  return place.path;
}
