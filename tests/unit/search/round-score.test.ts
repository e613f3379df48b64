import { describe, expect, it } from 'vitest';
import { roundScore } from '../../../src/search/round-score.js';

describe('roundScore', () => {
  it.each<[number, number]>([
    [1.23456789, 1.234568],
    [0.1 + 0.2, 0.3],
    [2, 2],
    [0, 0],
  ])('rounds %d to %d', (score, expected) => {
    expect(roundScore(score)).toBe(expected);
  });
});
