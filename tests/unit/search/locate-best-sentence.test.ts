import { describe, expect, it } from 'vitest';
import { locateBestSentence } from '../../../src/search/locate-best-sentence.js';

const WEIGHTS = new Map([
  [1, 0.5],
  [2, 2],
  [3, 1],
]);

describe('locateBestSentence', () => {
  it.each<[string, number[][], { at: number; terms: number[] } | null]>([
    ['the sentence with the most wanted terms', [[1], [1, 3], [2]], { at: 1, terms: [1, 3] }],
    ['among equals, the one whose terms weigh most', [[1, 9], [3], [2, 8]], { at: 2, terms: [2] }],
    ['among equal weights, the earliest', [[7], [3], [3, 9]], { at: 1, terms: [3] }],
    ['null when no sentence holds a wanted term', [[7], [8, 9]], null],
    ['null for a report without sentences', [], null],
  ])('picks %s', (_, sentences, expected) => {
    expect(
      locateBestSentence(
        sentences.map((terms) => Uint32Array.from(terms)),
        WEIGHTS,
      ),
    ).toEqual(expected);
  });
});
