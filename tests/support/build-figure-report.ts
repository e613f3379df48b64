import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Report } from '../../src/corpus/report.js';
import type { Figure } from '../../src/extract/figures/figure.js';
import { buildCorpusIndex } from '../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../src/index/corpus-index.js';
import { buildSentenceIndex } from '../../src/search/sentence-index.js';
import { buildSentenceId, type Sentence } from '../../src/sentences/sentence.js';

/** What a hand-built test report needs: paragraphs of sentences, and optional metadata. */
export type FigureReportInput = {
  readonly id?: string;
  readonly title?: string | null;
  readonly date?: string | null;
  readonly outlet?: string | null;
  /** Each paragraph is a list of sentences, joined by one space. */
  readonly paragraphs: readonly (readonly string[])[];
};

/**
 * Builds a `Report` and its `Sentence`s directly, without the cleaner or the splitter: the title
 * line, then the paragraphs separated by blank lines. Offsets slice back exactly.
 */
export function buildFigureReport(input: FigureReportInput): { report: Report; sentences: Sentence[] } {
  const id = input.id ?? 'report';
  const title = input.title ?? null;
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  if (title !== null) {
    blocks.push({ kind: 'title', start: 0, end: title.length });
    text = `${title}\n\n`;
  }
  input.paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n\n';
    const blockStart = text.length;
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' ';
      const ordinal = sentences.length;
      sentences.push({
        id: buildSentenceId(id, ordinal),
        reportId: id,
        ordinal,
        block: blocks.length,
        start: text.length,
        end: text.length + sentence.length,
        text: sentence,
      });
      text += sentence;
    });
    blocks.push({ kind: 'body', start: blockStart, end: text.length });
  });
  const report: Report = {
    id,
    file: `${id}.txt`,
    title,
    date: input.date ?? null,
    outlet: input.outlet ?? null,
    url: null,
    text,
    blocks,
    bytes: text.length,
    hash: '0'.repeat(64),
  };
  return { report, sentences };
}

/** An index over hand-built reports whose figures are the given hand-made ones, not those extracted. */
export function buildFigureIndex(
  parts: readonly { readonly report: Report; readonly sentences: readonly Sentence[] }[],
  figures: readonly Figure[],
): CorpusIndex {
  const reports = parts.map((part) => part.report);
  const sentences = parts.flatMap((part) => part.sentences);
  return {
    ...buildCorpusIndex(reports),
    sentences,
    sentencesById: new Map(sentences.map((sentence) => [sentence.id, sentence])),
    search: buildSentenceIndex(reports, sentences),
    figures,
  };
}

/** A one-paragraph report of the given sentences, dated 2024-12-24 unless said otherwise. */
export function buildSentencesReport(sentences: readonly string[], date: string | null = '2024-12-24') {
  return buildFigureReport({ paragraphs: [sentences], date });
}

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/reports');

/**
 * Builds a report from a hand-written fixture in tests/fixtures/reports: one sentence per line,
 * paragraphs separated by blank lines. Needs neither the cleaner nor the splitter.
 */
export function readFigureFixture(name: string, date: string | null = '2024-12-24') {
  const text = readFileSync(resolve(FIXTURES, name), 'utf8');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').filter((line) => line.trim() !== ''))
    .filter((paragraph) => paragraph.length > 0);
  return buildFigureReport({ id: name.replace(/\.txt$/, ''), paragraphs, date });
}

/**
 * A hand-made figure for answer and renderer tests: `written` is found in sentence `sentenceIndex`
 * of the built report; every fact not given takes a plain default (exact, North Korean, killed).
 */
export function buildTestFigure(
  built: { readonly report: Report; readonly sentences: readonly Sentence[] },
  sentenceIndex: number,
  written: string,
  facts: Partial<Omit<Figure, 'id' | 'reportId' | 'sentenceId' | 'start' | 'end' | 'text'>> = {},
): Figure {
  const sentence = built.sentences[sentenceIndex];
  const at = sentence?.text.indexOf(written) ?? -1;
  if (sentence === undefined || at < 0) throw new Error(`No "${written}" in sentence ${sentenceIndex}`);
  const start = sentence.start + at;
  const category = facts.category ?? 'killed';
  return {
    id: `${sentence.id}@${start}`,
    reportId: built.report.id,
    sentenceId: sentence.id,
    kind: ['deployed', 'trained', 'additional', 'planned'].includes(category) ? 'troops' : 'casualties',
    start,
    end: start + written.length,
    text: written,
    value: null,
    valueMax: null,
    qualifier: null,
    bound: 'exact',
    category,
    subject: 'north_korean',
    claimant: null,
    attribution: null,
    claimantContext: null,
    date: built.report.date,
    dateText: null,
    period: null,
    isRate: false,
    isPart: false,
    ...facts,
  };
}
