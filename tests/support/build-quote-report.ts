import type { Report } from '../../src/corpus/report.js';
import type { Figure } from '../../src/extract/figures/figure.js';
import { buildSpeakerDirectory } from '../../src/extract/people/build-speaker-directory.js';
import { extractQuotes } from '../../src/extract/quotes/extract-quotes.js';
import { assembleCorpusIndex } from '../../src/index/assemble-corpus-index.js';
import type { CorpusIndex } from '../../src/index/corpus-index.js';
import { buildSentenceIndex } from '../../src/search/sentence-index.js';
import type { Sentence } from '../../src/sentences/sentence.js';
import { buildFigureReport } from './build-figure-report.js';

/** A paragraph: one sentence, or several sentences that the report joins with a space. */
export type TestParagraph = string | readonly string[];

export type TestReportOptions = {
  readonly id?: string;
  readonly title?: string | null;
  readonly date?: string | null;
  readonly outlet?: string | null;
};

/**
 * Builds a report and its sentences directly, without the cleaner or the splitter: the text is
 * the title line (when given) and the paragraphs separated by blank lines, every paragraph is a
 * body block, and the sentences are exactly the ones given.
 */
export function buildQuoteReport(
  paragraphs: readonly TestParagraph[],
  options: TestReportOptions = {},
): { report: Report; sentences: Sentence[] } {
  return buildFigureReport({
    ...options,
    id: options.id ?? 'r1',
    paragraphs: paragraphs.map((paragraph) => (typeof paragraph === 'string' ? [paragraph] : paragraph)),
  });
}

/**
 * Builds a corpus index from test reports, with the real extractors and the real sentence index;
 * `figures` (none by default) are hand-made figures of those reports.
 */
export function buildQuoteCorpus(
  built: readonly { report: Report; sentences: Sentence[] }[],
  figures: readonly Figure[] = [],
): CorpusIndex {
  const reports = built.map(({ report }) => report);
  const sentences = built.flatMap((entry) => entry.sentences);
  const quotes = built.flatMap(({ report, sentences: own }) => extractQuotes(report, own));
  return assembleCorpusIndex({
    reports,
    sentences,
    search: buildSentenceIndex(reports, sentences),
    figures,
    quotes,
    speakers: buildSpeakerDirectory(quotes),
    fingerprint: 'test',
  });
}
