import { describe, expect, it } from 'vitest';
import { combineScores } from '../../../src/search/combine-scores.js';

describe('combineScores', () => {
  it.each<
    [
      string,
      { score: number; queryTerms: string[] },
      { score: number; queryTerms: string[] } | undefined,
      number,
      number,
    ]
  >([
    ['the body score alone without a title match', { score: 4, queryTerms: ['a', 'b'] }, undefined, 1, 4],
    [
      'per-term scores times the terms matched in body or title',
      { score: 4, queryTerms: ['a', 'b'] },
      { score: 3, queryTerms: ['c'] },
      1,
      15,
    ],
    ['a term in both counted once', { score: 4, queryTerms: ['a', 'b'] }, { score: 3, queryTerms: ['a'] }, 1, 10],
    ['the title weight', { score: 4, queryTerms: ['a', 'b'] }, { score: 3, queryTerms: ['c'] }, 0.5, 10.5],
    [
      'the coordination of title terms even at weight 0',
      { score: 2, queryTerms: ['a'] },
      { score: 3, queryTerms: ['c'] },
      0,
      4,
    ],
    ['a score rounded to 6 decimals', { score: 1 / 3, queryTerms: ['a'] }, undefined, 1, 0.333333],
  ])('gives %s', (_name, body, title, weight, expected) => {
    expect(combineScores(body, title, weight)).toEqual(expected);
  });

  it('rounds away float noise so near-equal sums tie', () => {
    expect(combineScores({ score: 0.1 + 0.2, queryTerms: ['a'] }, undefined, 1)).toEqual(
      combineScores({ score: 0.3, queryTerms: ['a'] }, undefined, 1),
    );
  });
});
