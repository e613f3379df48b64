import type { CorpusSettings } from '../../corpus/corpus-settings.js';
import { applyCorpusDelta } from '../apply-corpus-delta.js';
import { foldCorpusDeltas } from '../fold-corpus-deltas.js';
import { CorpusStoreError, CorpusStoreKeyError } from './corpus-store.js';
import { openSqliteCorpusStore } from './open-sqlite-corpus-store.js';
import { restoreCorpusIndex, type StoredCorpusIndex } from './restore-corpus-index.js';

/**
 * Opens the SQLite store at `path` read-only, reads the whole index back (`restoreCorpusIndex` of
 * the base, then the delta log applied as one delta: `foldCorpusDeltas`, `applyCorpusDelta`),
 * closes it, and returns the index naming its store. This is how an answer worker gets its index:
 * from the file the build and the updates wrote, not from a copy posted by the main thread. All of
 * it is read in one snapshot, so a delta written meanwhile is either wholly in it or not at all.
 *
 * @throws {CorpusStoreKeyError} when the store holds other files than those of `key` (when given).
 * @throws {CorpusStoreError} when the store is missing, not a whole store, or its deltas do not give its fingerprint; the loaders' or SQLite's error
 *   when it is corrupted.
 */
export function readStoredCorpusIndex(path: string, settings: CorpusSettings, key?: string): StoredCorpusIndex {
  const store = openSqliteCorpusStore(path);
  try {
    if (key !== undefined && store.key !== key) {
      throw new CorpusStoreKeyError('it was written for other files');
    }
    const base = restoreCorpusIndex(store, settings);
    const deltas = store.readDeltas();
    const index = deltas.length === 0 ? base.index : applyCorpusDelta(base.index, foldCorpusDeltas(deltas));
    if (index.fingerprint !== store.currentFingerprint) {
      throw new CorpusStoreError('its delta log does not give its fingerprint');
    }
    return { index: { ...index, store: path }, warnings: base.warnings };
  } finally {
    store.close();
  }
}
