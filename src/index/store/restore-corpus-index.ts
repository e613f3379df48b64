import type { CorpusSettings } from '../../corpus/corpus-settings.js';
import type { CorpusWarning } from '../../corpus/read-corpus-files.js';
import { loadSentenceIndex } from '../../search/sentence-index.js';
import { assembleCorpusIndex } from '../assemble-corpus-index.js';
import { buildFingerprint } from '../build-corpus-index.js';
import { compileCorpusAliases } from '../compile-corpus-aliases.js';
import type { CorpusIndex } from '../corpus-index.js';
import { internQuoteStrings } from '../intern-quote-strings.js';
import { unpackSentences } from '../pack-sentences.js';
import { loadQuoteCatalog } from '../serialize-quote-catalog.js';
import { type CorpusStore, CorpusStoreError } from './corpus-store.js';

/** An index read back from a store, with the parse warnings saved beside it. */
export type StoredCorpusIndex = { readonly index: CorpusIndex; readonly warnings: readonly CorpusWarning[] };

/**
 * The index a store holds, deep-equal to the one saved (its search index answers the same), put
 * together with the corpus settings read now (`settings`: the store's key covers their file).
 * Nothing is parsed or extracted again. The store is only read; the caller closes it.
 *
 * @throws {CorpusStoreError} when the reports read back do not give the store's fingerprint; a
 *   `RangeError` or `SyntaxError` from the loaders, or SQLite's error, on a store corrupted after
 *   it was written. A caller that can build instead catches and rebuilds.
 */
export function restoreCorpusIndex(store: CorpusStore, settings: CorpusSettings): StoredCorpusIndex {
  const reports = store.readReports();
  if (buildFingerprint(reports) !== store.fingerprint) {
    throw new CorpusStoreError('its reports do not give its fingerprint');
  }
  const sentences = unpackSentences(store.readSentences(), reports);
  const { quotes, speakers } = internQuoteStrings(store.readQuotes(), store.readSpeakers(), reports, sentences);
  const index = assembleCorpusIndex({
    reports,
    sentences,
    search: loadSentenceIndex(store.readSearchIndex(), reports, sentences, compileCorpusAliases(settings)),
    figures: store.readFigures(),
    quotes,
    speakers,
    fingerprint: store.fingerprint,
    settings,
    quoteCatalog: loadQuoteCatalog(store.readQuoteCatalog(), quotes, speakers),
  });
  return { index, warnings: store.readWarnings() };
}
