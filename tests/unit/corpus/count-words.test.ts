import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/corpus/count-words.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Loading', 1],
    ['Post a comment', 3],
    ['  spaced \t out\nover lines  ', 4],
  ])('counts the words of %j as %i', (text, expected) => {
    expect(countWords(text)).toEqual(expected);
  });
});
