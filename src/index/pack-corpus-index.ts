import { DEFAULT_CORPUS_SETTINGS } from '../corpus/corpus-settings.js';
import { loadSentenceIndex, serializeSentenceIndex } from '../search/sentence-index.js';
import { assembleCorpusIndex, type CorpusIndexParts } from './assemble-corpus-index.js';
import { compileCorpusAliases } from './compile-corpus-aliases.js';
import type { CorpusIndex } from './corpus-index.js';
import { internQuoteStrings } from './intern-quote-strings.js';
import { packSentences, unpackSentences } from './pack-sentences.js';
import { loadQuoteCatalog, serializeQuoteCatalog } from './serialize-quote-catalog.js';

/**
 * A corpus index as data a worker thread can be sent (`postMessage` clones it): plain objects for
 * the reports, facts and corpus settings (the search aliases and side lexicon are rebuilt from them),
 * five numbers a sentence (its text is a slice of its report's), and the search index and quote
 * catalog as the JSON their own serialisers write.
 */
export type PackedCorpusIndex = Omit<CorpusIndexParts, 'sentences' | 'search' | 'quoteCatalog'> & {
  readonly sentences: Int32Array;
  readonly search: string;
  readonly quoteCatalog: string;
};

/**
 * Packs an index for `unpackCorpusIndex` on another thread. The sentence numbers are in a buffer
 * of their own, which the caller may transfer instead of copying. Pure.
 */
export function packCorpusIndex(index: CorpusIndex): PackedCorpusIndex {
  return {
    reports: index.reports,
    sentences: packSentences(index.reports, index.sentences),
    figures: index.figures,
    quotes: index.quotes,
    speakers: index.speakers,
    search: serializeSentenceIndex(index.search),
    quoteCatalog: serializeQuoteCatalog(index.quoteCatalog, index.quotes),
    fingerprint: index.fingerprint,
    settings: index.settings,
  };
}

/**
 * The index `packCorpusIndex` packed, deep-equal to it.
 *
 * @throws {RangeError} when a sentence names a report the pack does not hold; {Error} from the
 *   search index or quote catalog loaders when their JSON does not fit.
 */
export function unpackCorpusIndex(packed: PackedCorpusIndex): CorpusIndex {
  const { reports } = packed;
  const settings = packed.settings ?? DEFAULT_CORPUS_SETTINGS;
  const sentences = unpackSentences(packed.sentences, reports);
  const { quotes, speakers } = internQuoteStrings(packed.quotes, packed.speakers, reports, sentences);
  return assembleCorpusIndex({
    reports,
    sentences,
    search: loadSentenceIndex(packed.search, reports, sentences, compileCorpusAliases(settings)),
    figures: packed.figures,
    quotes,
    speakers,
    fingerprint: packed.fingerprint,
    settings,
    quoteCatalog: loadQuoteCatalog(packed.quoteCatalog, quotes, speakers),
  });
}
