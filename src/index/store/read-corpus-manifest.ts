import type { CorpusSettings } from '../../corpus/corpus-settings.js';
import { buildFingerprint } from '../build-corpus-index.js';
import type { CorpusManifest } from '../corpus-manifest.js';
import { CorpusStoreError, CorpusStoreKeyError } from './corpus-store.js';
import { openSqliteCorpusStore } from './open-sqlite-corpus-store.js';

/**
 * The manifest of the index a SQLite store holds (`CorpusManifest`), read from its `reports`
 * (metadata columns only: no text, blocks, sentences, facts or search index), `warnings` and `meta`
 * tables, then closed. The `reports` table is the truth of which reports the corpus holds; their
 * file names and hashes must give the stored fingerprint. This is how the main thread starts warm
 * without holding the index the answer workers read from the same file.
 *
 * @throws {CorpusStoreError} when the store is missing, not a whole store, not the files of `key`
 *   (when given), or its reports do not give its fingerprint; SQLite's error when it is corrupted.
 */
export function readCorpusManifest(path: string, settings: CorpusSettings, key?: string): CorpusManifest {
  const store = openSqliteCorpusStore(path);
  try {
    if (key !== undefined && store.key !== key) throw new CorpusStoreKeyError('it was written for other files');
    const reports = store.readReportMetadata();
    // The reports table is the corpus now (the base and its deltas, docs/store.md).
    if (buildFingerprint(reports) !== store.currentFingerprint) {
      throw new CorpusStoreError('its reports do not give its fingerprint');
    }
    return { fingerprint: store.currentFingerprint, settings, reports, warnings: store.readWarnings(), store: path };
  } finally {
    store.close();
  }
}
