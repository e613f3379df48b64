import type { CorpusIndex } from '../../src/answer/corpus-index.js';
import type { Report } from '../../src/corpus/report.js';
import { buildSpeakerDirectory } from '../../src/extract/build-speaker-directory.js';
import { extractQuotes } from '../../src/extract/extract-quotes.js';
import { buildSentenceId, type Sentence } from '../../src/search/sentence.js';
import { buildSentenceIndex } from '../../src/search/sentence-index.js';

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
  const id = options.id ?? 'r1';
  const title = options.title ?? null;
  let text = title === null ? '' : `${title}\n\n`;
  const blocks: { kind: 'title' | 'body'; start: number; end: number }[] =
    title === null ? [] : [{ kind: 'title', start: 0, end: title.length }];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) text += '\n\n';
    const parts = typeof paragraph === 'string' ? [paragraph] : paragraph;
    const start = text.length;
    parts.forEach((part, partIndex) => {
      if (partIndex > 0) text += ' ';
      const ordinal = sentences.length;
      sentences.push({
        id: buildSentenceId(id, ordinal),
        reportId: id,
        ordinal,
        block: blocks.length,
        start: text.length,
        end: text.length + part.length,
        text: part,
      });
      text += part;
    });
    blocks.push({ kind: 'body', start, end: text.length });
  });
  const report: Report = {
    id,
    file: `${id}.txt`,
    title,
    date: options.date ?? null,
    outlet: options.outlet ?? null,
    url: null,
    text,
    blocks,
    bytes: text.length,
    hash: '0'.repeat(64),
  };
  return { report, sentences };
}

/** Builds a corpus index from test reports, with the real extractors and the real sentence index. */
export function buildQuoteCorpus(built: readonly { report: Report; sentences: Sentence[] }[]): CorpusIndex {
  const reports = built.map(({ report }) => report);
  const sentences = built.flatMap((entry) => entry.sentences);
  const quotes = built.flatMap(({ report, sentences: own }) => extractQuotes(report, own));
  return {
    reports,
    reportsById: new Map(reports.map((report) => [report.id, report])),
    sentences,
    sentencesById: new Map(sentences.map((sentence) => [sentence.id, sentence])),
    search: buildSentenceIndex(reports, sentences),
    figures: [],
    quotes,
    speakers: buildSpeakerDirectory(quotes),
    fingerprint: 'test',
  };
}
