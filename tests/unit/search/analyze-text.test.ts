import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/search/analyze-text.js';
import { TEST_ALIASES } from '../../support/test-lexicon.js';

describe('analyzeText', () => {
  it('gives stems without stop words, and a group term spanning each alias phrase', () => {
    expect(analyzeText("Pyongyang's troops reached the Kursk region.", TEST_ALIASES)).toEqual([
      { term: '~north_korea', start: 0, end: 11, surface: 'North Korea' },
      { term: 'pyongyang', start: 0, end: 11, surface: 'Pyongyang' },
      { term: 'troop', start: 12, end: 18, surface: 'troops' },
      { term: 'reach', start: 19, end: 26, surface: 'reached' },
      { term: '~kursk_region', start: 31, end: 43, surface: 'Kursk region' },
      { term: 'kursk', start: 31, end: 36, surface: 'Kursk' },
      { term: 'region', start: 37, end: 43, surface: 'region' },
    ]);
  });

  it('keeps the group term of a phrase made of stop words alone', () => {
    expect(analyzeText('U.S. and us', TEST_ALIASES)).toEqual([
      { term: '~united_states', start: 0, end: 4, surface: 'United States' },
    ]);
  });

  it.each<[string, string, string[]]>([
    [
      'the same terms for every spelling of a name',
      'Zelensky Zelenskyy Zelenskiy',
      ['~zelensky', 'zelenski', '~zelensky', 'zelenskyi', '~zelensky', 'zelenskii'],
    ],
    ['one term for a number with separators', 'about 10,000 soldiers', ['10000', 'soldier']],
    ['only the content words among stop words', 'it was not the time that they said', ['time']],
  ])('gives %s', (_name, text, expected) => {
    expect(analyzeText(text, TEST_ALIASES).map((term) => term.term)).toEqual(expected);
  });

  it('gives nothing for an empty text', () => {
    expect(analyzeText('')).toEqual([]);
  });
});
