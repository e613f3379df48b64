import { DEFAULT_CORPUS_SETTINGS } from '../corpus/corpus-settings.js';
import { buildSentenceId, type Sentence } from '../search/sentence.js';
import { loadSentenceIndex, serializeSentenceIndex } from '../search/sentence-index.js';
import { assembleCorpusIndex, type CorpusIndexParts } from './assemble-corpus-index.js';
import { compileCorpusAliases } from './compile-corpus-aliases.js';
import type { CorpusIndex } from './corpus-index.js';
import { loadQuoteCatalog, serializeQuoteCatalog } from './serialize-quote-catalog.js';

/** Numbers per sentence in `PackedCorpusIndex.sentences`: report position, ordinal, block, start, end. */
const SENTENCE_WIDTH = 5;

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
  const position = new Map(index.reports.map((report, i) => [report.id, i]));
  const sentences = new Int32Array(index.sentences.length * SENTENCE_WIDTH);
  index.sentences.forEach((sentence, i) => {
    sentences.set(
      [position.get(sentence.reportId) ?? -1, sentence.ordinal, sentence.block, sentence.start, sentence.end],
      i * SENTENCE_WIDTH,
    );
  });
  return {
    reports: index.reports,
    sentences,
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
  const { reports, quotes, speakers } = packed;
  const settings = packed.settings ?? DEFAULT_CORPUS_SETTINGS;
  const sentences: Sentence[] = [];
  for (let i = 0; i < packed.sentences.length; i += SENTENCE_WIDTH) {
    const [at = -1, ordinal = 0, block = 0, start = 0, end = 0] = packed.sentences.subarray(i, i + SENTENCE_WIDTH);
    const report = reports[at];
    if (report === undefined) throw new RangeError(`Cannot unpack the index: no report at position ${at}`);
    const id = buildSentenceId(report.id, ordinal);
    sentences.push({ id, reportId: report.id, ordinal, block, start, end, text: report.text.slice(start, end) });
  }
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
