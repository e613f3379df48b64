import type { Report } from '../corpus/report.js';
import { extractFigures } from '../extract/figures/extract-figures.js';
import type { Figure } from '../extract/figures/figure.js';
import { extractQuotes } from '../extract/quotes/extract-quotes.js';
import type { Quote } from '../extract/quotes/quote.js';
import type { SideLexicon } from '../extract/sides/side-lexicon.js';
import type { Sentence } from '../sentences/sentence.js';
import { splitSentences } from '../sentences/split-sentences.js';
import type { CorpusDelta } from './diff-corpus.js';

/** One report with what depends on it alone: its sentences, figures and quotes, as `buildCorpusIndex` makes them. */
export type PreparedReport = {
  readonly report: Report;
  readonly sentences: readonly Sentence[];
  readonly figures: readonly Figure[];
  readonly quotes: readonly Quote[];
};

/** A delta whose upserted reports are split and extracted: what `applyCorpusDelta` applies. Plain data, for `postMessage`. */
export type PreparedCorpusDelta = {
  readonly upserted: readonly PreparedReport[];
  readonly removedIds: readonly string[];
};

/**
 * Splits the upserted reports of a delta into sentences and extracts their figures and quotes:
 * the per-report work of a build, and the costly part of an update, which is why it is done
 * apart (in the corpus worker) from applying the delta. Pure: each report's facts depend on that
 * report and the lexicon alone, exactly as in `buildCorpusIndex`.
 *
 * @example
 * const prepared = prepareCorpusDelta(diffCorpus(index.reports, loaded.reports), index.lexicon);
 * const next = applyCorpusDelta(index, prepared);
 */
export function prepareCorpusDelta(delta: CorpusDelta, lexicon: SideLexicon): PreparedCorpusDelta {
  return {
    upserted: delta.upserted.map((report) => {
      const sentences = splitSentences(report);
      return {
        report,
        sentences,
        figures: extractFigures(report, sentences, { lexicon }),
        quotes: extractQuotes(report, sentences),
      };
    }),
    removedIds: delta.removedIds,
  };
}
