import { type CorpusSettings, DEFAULT_CORPUS_SETTINGS } from '../corpus/corpus-settings.js';
import type { Report } from '../corpus/report.js';
import type { Figure } from '../extract/figures/figure.js';
import type { SpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import type { Quote } from '../extract/quotes/quote.js';
import { buildSideLexicon, type SideLexicon } from '../extract/sides/side-lexicon.js';
import { analyzeText } from '../search/analyze-text.js';
import type { SentenceIndex } from '../search/sentence-index.js';
import type { Sentence } from '../sentences/sentence.js';
import { buildQuoteCatalog, type QuoteCatalog } from './build-quote-catalog.js';
import type { CorpusIndex } from './corpus-index.js';
import { createSentenceLookup } from './create-sentence-lookup.js';

/** The parts a corpus index is made of; everything else in it is derived from them. */
export type CorpusIndexParts = {
  readonly reports: readonly Report[];
  readonly sentences: readonly Sentence[];
  readonly search: SentenceIndex;
  readonly figures: readonly Figure[];
  readonly quotes: readonly Quote[];
  readonly speakers: SpeakerDirectory;
  readonly fingerprint: string;
  /** The corpus settings the facts were extracted with; `DEFAULT_CORPUS_SETTINGS` when absent. */
  readonly settings?: CorpusSettings;
  /** Their side lexicon when already built (`buildSideLexicon(settings)`); built when absent. */
  readonly lexicon?: SideLexicon;
  /** The quote catalog read back from a cache with the parts; built from them when absent. */
  readonly quoteCatalog?: QuoteCatalog;
};

/**
 * Puts a corpus index together from its parts, deriving the look-up maps, the terms of the
 * sentences that hold figures and the quote catalog,
 * whether the parts were just built (`buildCorpusIndex`) or read back from a cache. Pure.
 */
export function assembleCorpusIndex(parts: CorpusIndexParts): CorpusIndex {
  const sentencesById = createSentenceLookup(parts.sentences);
  return {
    ...parts,
    settings: parts.settings ?? DEFAULT_CORPUS_SETTINGS,
    lexicon: parts.lexicon ?? buildSideLexicon(parts.settings ?? DEFAULT_CORPUS_SETTINGS),
    reportsById: new Map(parts.reports.map((report) => [report.id, report])),
    sentencesById,
    figureSentenceTerms: new Map(
      [...new Set(parts.figures.map((figure) => figure.sentenceId))].map((id) => [
        id,
        new Set(analyzeText(sentencesById.get(id)?.text ?? '', parts.search.aliases).map(({ term }) => term)),
      ]),
    ),
    quoteCatalog: parts.quoteCatalog ?? buildQuoteCatalog(parts.reports, parts.quotes, parts.speakers),
  };
}
