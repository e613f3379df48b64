import { describe, expect, it } from 'vitest';
import {
  buildComparableKey,
  classifyMeasure,
  readPopulation,
  readScopePlace,
} from '../../../src/answer/build-comparable-key.js';
import type { Figure } from '../../../src/extract/figures/figure.js';
import { buildFigureReport, buildTestFigure } from '../../support/build-figure-report.js';
import { TEST_LEXICON } from '../../support/test-lexicon.js';

const R = buildFigureReport({
  id: 'r',
  date: '2025-01-05',
  paragraphs: [['Police said 25 rebels were killed in Mopti, including 4 commanders, and thousands fled.']],
});

describe('buildComparableKey', () => {
  it('keys kind, side, category, population and place', () => {
    const figure = buildTestFigure(R, 0, '25', { value: 25, subject: 'malian', place: 'Mopti' });
    expect(buildComparableKey(figure, TEST_LEXICON)).toBe('casualties|malian|killed||Mopti');
    expect(buildComparableKey({ ...figure, ...{ population: 'combatant' } }, TEST_LEXICON)).toBe(
      'casualties|malian|killed|combatant|Mopti',
    );
    expect(buildComparableKey({ ...figure, place: null }, TEST_LEXICON)).toBe('casualties|malian|killed||');
  });
});

describe('readScopePlace', () => {
  it('reads a side’s own country as no place, and any other place as itself', () => {
    const figure = buildTestFigure(R, 0, '25', { value: 25, subject: 'malian', place: 'Mali' });
    expect([
      readScopePlace(figure, TEST_LEXICON),
      readScopePlace({ ...figure, place: 'Mopti' }, TEST_LEXICON),
      readScopePlace({ ...figure, subject: 'french' }, TEST_LEXICON),
      readScopePlace({ ...figure, place: null }, TEST_LEXICON),
    ]).toEqual([null, 'Mopti', 'Mali', null]);
  });
});

describe('classifyMeasure', () => {
  it('tells totals from rates, period counts, parts and vague amounts', () => {
    const total = buildTestFigure(R, 0, '25', { value: 25 });
    expect(
      [
        total,
        { ...total, isRate: true, period: 'a day' },
        { ...total, period: 'in one week' },
        buildTestFigure(R, 0, '4', { value: 4, isPart: true }),
        buildTestFigure(R, 0, 'thousands', { bound: 'vague' }),
      ].map(classifyMeasure),
    ).toEqual(['total', 'rate', 'period', 'part', 'vague']);
  });
});

describe('readPopulation', () => {
  it('reads a population the figure states, and null when it is absent or not said', () => {
    const figure: Figure = buildTestFigure(R, 0, '25', { value: 25 });
    expect([
      readPopulation(figure),
      readPopulation({ ...figure, ...{ population: 'civilian' } }),
      readPopulation({ ...figure, ...{ population: 'not_said' } }),
    ]).toEqual([null, 'civilian', null]);
  });
});
