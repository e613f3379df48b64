import type { CorpusSettings } from '../../corpus/corpus-settings.js';
import { CorpusStoreError } from './corpus-store.js';
import { openSqliteCorpusStore } from './open-sqlite-corpus-store.js';
import { restoreCorpusIndex, type StoredCorpusIndex } from './restore-corpus-index.js';

/**
 * Opens the SQLite store at `path` read-only, reads the whole index back (`restoreCorpusIndex`),
 * closes it, and returns the index naming its store. This is how an answer worker gets its index:
 * from the file the build wrote, not from a copy posted by the main thread.
 *
 * @throws {CorpusStoreError} when the store is missing, not a whole store, or not the files of
 *   `key` (when given); the loaders' or SQLite's error when it is corrupted.
 */
export function readStoredCorpusIndex(path: string, settings: CorpusSettings, key?: string): StoredCorpusIndex {
  const store = openSqliteCorpusStore(path);
  try {
    if (key !== undefined && store.key !== key) {
      throw new CorpusStoreError('it was written for other files');
    }
    const { index, warnings } = restoreCorpusIndex(store, settings);
    return { index: { ...index, store: path }, warnings };
  } finally {
    store.close();
  }
}
