import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../../src/search/tokenize-text.js';

/** [raw, word, stem, isStopWord] of each token. */
function summarize(text: string): [string, string, string, boolean][] {
  return tokenizeText(text).map((token) => [token.raw, token.word, token.stem, token.isStopWord]);
}

describe('tokenizeText', () => {
  it('gives each word its exact offsets and normalised forms', () => {
    expect(tokenizeText('The U.S.-made drones')).toEqual([
      { start: 0, end: 3, raw: 'The', word: 'the', stem: 'the', isStopWord: true },
      { start: 4, end: 8, raw: 'U.S.', word: 'us', stem: 'us', isStopWord: true },
      { start: 9, end: 13, raw: 'made', word: 'made', stem: 'made', isStopWord: false },
      { start: 14, end: 20, raw: 'drones', word: 'drones', stem: 'drone', isStopWord: false },
    ]);
  });

  it.each<[string, string, [string, string, string, boolean][]]>([
    ['a straight possessive', "Russia's", [["Russia's", 'russia', 'russia', false]]],
    ['a curly possessive', 'Russia’s', [['Russia’s', 'russia', 'russia', false]]],
    ['a plural possessive, without its apostrophe', "forces'", [['forces', 'forces', 'forc', false]]],
    ['an upper-case possessive', "KIM'S", [["KIM'S", 'kim', 'kim', false]]],
    ['a contraction', "don't", [["don't", 'dont', 'dont', true]]],
    ['a name with an apostrophe', "O'Brien", [["O'Brien", 'obrien', 'obrien', false]]],
    ['diacritics', 'Zelenskíy', [['Zelenskíy', 'zelenskiy', 'zelenskii', false]]],
    [
      'letters that do not decompose',
      'Łódź Straße',
      [
        ['Łódź', 'lodz', 'lodz', false],
        ['Straße', 'strasse', 'strass', false],
      ],
    ],
    ['a dotted capital I', 'İstanbul', [['İstanbul', 'istanbul', 'istanbul', false]]],
    [
      'a ligature and full-width letters',
      'ﬁre ＡＢＣ',
      [
        ['ﬁre', 'fire', 'fire', false],
        ['ＡＢＣ', 'abc', 'abc', false],
      ],
    ],
    ['a plural, stemmed', 'missiles', [['missiles', 'missiles', 'missil', false]]],
    [
      '"news", kept apart from "new"',
      'news new',
      [
        ['news', 'news', 'news', false],
        ['new', 'new', 'new', false],
      ],
    ],
    ['thousands separators', '10,000', [['10,000', '10000', '10000', false]]],
    ['a decimal and a percent sign', '3.5%', [['3.5', '3.5', '3.5', false]]],
    ['a decimal with thousands', '1,200.50', [['1,200.50', '1200.50', '1200.50', false]]],
    ['a money amount', '$1.2bn', [['1.2bn', '1.2bn', '1.2bn', false]]],
    ['a dotted abbreviation', 'e.g.', [['e.g.', 'eg', 'eg', false]]],
    ['"U.S.", which folds to the stop word "us"', 'U.S.', [['U.S.', 'us', 'us', true]]],
    [
      'a hyphenated name, split',
      'Jong-un',
      [
        ['Jong', 'jong', 'jong', false],
        ['un', 'un', 'un', false],
      ],
    ],
    [
      'a hyphenated word, split',
      'self-propelled',
      [
        ['self', 'self', 'self', false],
        ['propelled', 'propelled', 'propel', false],
      ],
    ],
    [
      'a date, split at the hyphens',
      '2024-12-23',
      [
        ['2024', '2024', '2024', false],
        ['12', '12', '12', false],
        ['23', '23', '23', false],
      ],
    ],
    [
      'single quotes around words',
      "'meat grinder'",
      [
        ['meat', 'meat', 'meat', false],
        ['grinder', 'grinder', 'grinder', false],
      ],
    ],
    ['a sentence-final full stop', 'Kyiv.', [['Kyiv', 'kyiv', 'kyiv', false]]],
  ])('handles %s', (_name, text, expected) => {
    expect(summarize(text)).toEqual(expected);
  });

  it('gives no tokens for punctuation and white space only', () => {
    expect(tokenizeText(' — … ,; ')).toEqual([]);
  });
});
