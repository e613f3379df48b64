import { describe, expect, it } from 'vitest';
import { markMatchedWords } from '../../../src/search/mark-matched-words.js';
import { TEST_ALIASES } from '../../support/test-lexicon.js';

describe('markMatchedWords', () => {
  it.each<[string, string, string[], { start: number; end: number }[]]>([
    ['whole words whose stem matched', 'British Storm Shadow missiles', ['missil'], [{ start: 21, end: 29 }]],
    ['a whole alias phrase', 'the North Korean troops', ['~north_korea'], [{ start: 4, end: 16 }]],
    [
      'a phrase and a word inside it once',
      'the North Korean troops',
      ['~north_korea', 'north'],
      [{ start: 4, end: 16 }],
    ],
    ['a possessive with its word', "Russia's army", ['russia'], [{ start: 0, end: 8 }]],
    [
      'every occurrence',
      'troops and more troops',
      ['troop'],
      [
        { start: 0, end: 6 },
        { start: 16, end: 22 },
      ],
    ],
    ['nothing for a stop word', 'the us', ['the', 'us'], []],
    ['nothing when no term matched', 'British missiles', ['storm'], []],
  ])('marks %s', (_name, text, terms, expected) => {
    expect(markMatchedWords(text, new Set(terms), TEST_ALIASES)).toEqual(expected);
  });
});
