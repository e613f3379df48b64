import { describe, expect, it } from 'vitest';
import type { FiguresAnswer } from '../../../src/answer/answer.js';
import { answerFigures } from '../../../src/answer/answer-figures.js';
import { findNarrowingFilters } from '../../../src/answer/find-narrowing-filters.js';
import { parseFigureFilter } from '../../../src/answer/parse-figure-filter.js';
import type { Figure, FigureCategory } from '../../../src/extract/figures/figure.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { buildSentenceIndex } from '../../../src/search/sentence-index.js';
import { buildFigureReport, buildTestFigure } from '../../support/build-figure-report.js';

/** Eight claims, each its own value: North Korean killed ×3 and wounded ×2, Russian killed ×2 and wounded ×1. */
const CLAIMS: readonly (readonly [string, FigureCategory, string])[] = [
  ['110', 'killed', 'north_korean'],
  ['120', 'killed', 'north_korean'],
  ['130', 'killed', 'north_korean'],
  ['210', 'wounded', 'north_korean'],
  ['220', 'wounded', 'north_korean'],
  ['310', 'killed', 'russian'],
  ['320', 'killed', 'russian'],
  ['410', 'wounded', 'russian'],
];
const REPORT = buildFigureReport({
  id: 'a',
  date: '2024-12-20',
  title: 'Losses near the river',
  paragraphs: CLAIMS.map(([value]) => [`Officials said ${value} soldiers were hit near the river.`]),
});

function buildIndex(count: number): CorpusIndex {
  const figures: Figure[] = CLAIMS.slice(0, count).map(([value, category, subject], i) =>
    buildTestFigure(REPORT, i, value, { value: Number(value), category, subject, claimant: 'officials' }),
  );
  return {
    ...buildCorpusIndex([REPORT.report]),
    sentences: REPORT.sentences,
    sentencesById: new Map(REPORT.sentences.map((sentence) => [sentence.id, sentence])),
    search: buildSentenceIndex([REPORT.report], REPORT.sentences),
    figures,
  };
}

function answer(filter: string, count = CLAIMS.length): FiguresAnswer {
  const answered = answerFigures(buildIndex(count), 'casualties', filter);
  if (answered.kind !== 'figures') throw new Error(`expected figures, got ${answered.kind}`);
  return answered;
}

function claimCount(figures: FiguresAnswer): number {
  return [...figures.primary, ...figures.others].reduce((sum, group) => sum + group.rows.length, 0);
}

describe('findNarrowingFilters (through answerFigures)', () => {
  it('offers the sides and category words of a long answer, in its order, with an example', () => {
    expect(answer('').narrow).toEqual({
      sides: ['north korean', 'russian'],
      categories: ['killed', 'wounded'],
      example: '/casualties north korean killed',
    });
  });

  it('gives an example the filter parser reads as a smaller answer', () => {
    const whole = answer('');
    const example = whole.narrow?.example ?? '';
    const narrowed = answer(example.replace(/^\/casualties /, ''));
    expect(claimCount(whole)).toBe(8);
    expect(claimCount(narrowed)).toBe(3);
    expect(narrowed.narrow).toBeUndefined();
  });

  it('keeps the filter as asked after the words it adds', () => {
    const narrow = answer('river').narrow;
    expect(narrow?.example).toBe('/casualties north korean killed river');
    expect(claimCount(answer('north korean killed river'))).toBe(3);
  });

  it('offers nothing when the filter names a side or a category, or the answer has six claims or fewer', () => {
    expect(answer('russian').narrow).toBeUndefined();
    expect(answer('wounded').narrow).toBeUndefined();
    expect(claimCount(answer('', 6))).toBe(6);
    expect(answer('', 6).narrow).toBeUndefined();
    expect(answer('', 7).narrow).toEqual({
      sides: ['north korean', 'russian'],
      categories: ['killed', 'wounded'],
      example: '/casualties north korean killed',
    });
  });

  it('offers one kind alone when the other has a single choice, after a filter that would swallow it', () => {
    const index = buildIndex(CLAIMS.length);
    const whole = answer('');
    // Killed claims only, each side's twice over: seven claims, two sides, one category.
    const groups = [...whole.primary, ...whole.others]
      .filter((group) => group.category === 'killed')
      .map((group) => ({ ...group, rows: [...group.rows, ...group.rows] }));
    const officials = parseFigureFilter('officials', index.lexicon);
    expect(findNarrowingFilters('casualties', 'officials', officials, groups, index.lexicon)).toEqual({
      sides: ['north korean', 'russian'],
      categories: [],
      example: '/casualties officials north korean',
    });
    expect(parseFigureFilter('officials north korean', index.lexicon).subjects).toEqual(['north_korean']);
    expect(parseFigureFilter('north korean officials', index.lexicon).subjects).toEqual([]);
  });
});
