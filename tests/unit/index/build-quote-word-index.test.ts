import { describe, expect, it } from 'vitest';
import { isNearQuoteWord } from '../../../src/extract/quotes/match-quote-phrase.js';
import {
  buildQuoteWordIndex,
  findGroupsWithEveryWord,
  findNearQuoteWords,
  findQuoteWordGroups,
  listQuoteWordEntries,
} from '../../../src/index/build-quote-word-index.js';

// Words as a catalog gives them: each with the ascending groups that hold it, in first-seen order.
const ENTRIES: [string, number[]][] = [
  ['storm', [0, 3, 7]],
  ['wrecked', [3]],
  ['fishermen', [0]],
  ['fisherman', [5, 6]],
  ['boats', [3, 4]],
  ['boat', [9]],
  ['harbour', [1, 2, 8]],
  ['harbor', [11]],
  ['warned', [0, 10]],
  ['cranes', [1]],
  ['é', [12]],
];
const INDEX = buildQuoteWordIndex(ENTRIES);

describe('buildQuoteWordIndex', () => {
  it('gives back the entries it was built from, words in code-unit order', () => {
    expect(listQuoteWordEntries(INDEX)).toEqual([...ENTRIES].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('is the same index whatever the order of the entries', () => {
    expect(buildQuoteWordIndex([...ENTRIES].reverse())).toEqual(INDEX);
  });

  it('finds the groups of a word, and none for a word it does not hold', () => {
    expect(ENTRIES.map(([word]) => Array.from(findQuoteWordGroups(INDEX, word)))).toEqual(
      ENTRIES.map(([, groups]) => groups),
    );
    expect(Array.from(findQuoteWordGroups(INDEX, 'tax'))).toEqual([]);
  });

  it.each([
    [['storm'], [0, 3, 7]],
    [['storm', 'wrecked'], [3]],
    [['boats', 'storm', 'wrecked'], [3]],
    [['storm', 'warned', 'fishermen'], [0]],
    [['harbour', 'cranes'], [1]],
    [['storm', 'boat'], []],
    [['storm', 'tax'], []],
    [
      ['storm', 'storm'],
      [0, 3, 7],
    ],
  ])('finds the groups holding every one of %j', (words, expected) => {
    expect(findGroupsWithEveryWord(INDEX, words)).toEqual(expected);
  });

  it.each([
    'storms',
    'storm',
    'wreckd',
    'fishermen',
    'fishrmen',
    'boat',
    'harbour',
    'harbours',
    'warnd',
    'crane',
    'tax',
    'é',
  ])('finds exactly the words near %s that a comparison with every word finds', (word) => {
    const everyWord = ENTRIES.map(([entry]) => entry)
      .filter((entry) => isNearQuoteWord(word, entry))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(findNearQuoteWords(INDEX, word)).toEqual(everyWord);
  });

  it('finds near words at all (the comparison above is not empty for a typo)', () => {
    expect(findNearQuoteWords(INDEX, 'fishrmen')).toEqual(['fishermen']);
  });
});
