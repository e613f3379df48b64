import { describe, expect, it } from 'vitest';
import { readFigureLookups } from '../../../src/answer/read-figure-lookups.js';
import type { Figure } from '../../../src/extract/figures/figure.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { buildFigureIndex, buildFigureReport, buildTestFigure } from '../../support/build-figure-report.js';

const A = buildFigureReport({
  id: 'a',
  date: '2024-12-20',
  title: 'Soldiers killed near the river',
  paragraphs: [['Lt. Col. John Kirby said 1,000 soldiers were killed near the river.']],
});
const B = buildFigureReport({
  id: 'b',
  date: '2024-11-02',
  title: 'Troops arrive',
  paragraphs: [['Pyongyang has sent 11,000 troops, U.S. officials said.']],
});
const FIGURES: readonly Figure[] = [
  buildTestFigure(A, 0, '1,000', { value: 1000, claimant: 'Lt. Col. John Kirby' }),
  buildTestFigure(B, 0, '11,000', { value: 11000, category: 'deployed', claimant: 'U.S. officials' }),
];

function buildIndex(): CorpusIndex {
  return buildFigureIndex([A, B], FIGURES);
}

describe('readFigureLookups', () => {
  it('reads the newest report date and the figures of each kind in index order', () => {
    const lookups = readFigureLookups(buildIndex());
    expect(lookups.newestReportDate).toBe('2024-12-20');
    expect(lookups.figuresOfKind.get('casualties')?.map((figure) => figure.text)).toEqual(['1,000']);
    expect(lookups.figuresOfKind.get('troops')?.map((figure) => figure.text)).toEqual(['11,000']);
  });

  it('splits a claimant into lower-case whole words without their final dot; none for no claimant', () => {
    const lookups = readFigureLookups(buildIndex());
    expect(lookups.claimantWords('Lt. Col. John Kirby')).toEqual(['lt', 'col', 'john', 'kirby']);
    expect(lookups.claimantWords('U.S. officials')).toEqual(['u.s', 'officials']);
    expect(lookups.claimantWords(null)).toEqual([]);
  });

  it('reads a report title as index terms, and nothing for an unknown report', () => {
    const lookups = readFigureLookups(buildIndex());
    expect([...lookups.titleTerms('a')]).toEqual(['soldier', 'kill', 'near', 'river']);
    expect([...lookups.titleTerms('z')]).toEqual([]);
  });

  it('is made once per index and kept: the same index gives the same look-ups, another index its own', () => {
    const index = buildIndex();
    const lookups = readFigureLookups(index);
    expect(readFigureLookups(index)).toBe(lookups);
    expect(lookups.claimantWords('U.S. officials')).toBe(lookups.claimantWords('U.S. officials'));
    expect(readFigureLookups(buildIndex())).not.toBe(lookups);
  });
});
