import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../src/search/analyze-query.js';
import { TEST_ALIASES } from '../../support/test-lexicon.js';

describe('analyzeQuery', () => {
  it.each<[string, { term: string; display: string }[]]>([
    [
      'Where are the North Korean troops?',
      [
        { term: '~north_korea', display: 'North Korea' },
        { term: 'troop', display: 'troops' },
      ],
    ],
    [
      'storm shadow missiles',
      [
        { term: '~storm_shadow', display: 'Storm Shadow' },
        { term: 'missil', display: 'missiles' },
      ],
    ],
    [
      'US troops',
      [
        { term: '~united_states', display: 'United States' },
        { term: 'troop', display: 'troops' },
      ],
    ],
    ['us troops', [{ term: 'troop', display: 'troops' }]],
    ['missiles Missile MISSILES', [{ term: 'missil', display: 'missiles' }]],
    ['DPRK, Pyongyang', [{ term: '~north_korea', display: 'North Korea' }]],
    [
      "Zelenskyy's 10,000",
      [
        { term: '~zelensky', display: 'Zelensky' },
        { term: '10000', display: '10000' },
      ],
    ],
    ['Kyïv', [{ term: 'kyiv', display: 'kyiv' }]],
  ])('analyses "%s"', (query, expected) => {
    expect(analyzeQuery(query, TEST_ALIASES)).toEqual(expected);
  });

  it('gives no terms for a query of stop words only', () => {
    expect(analyzeQuery('the of and what was said')).toEqual([]);
  });
});
