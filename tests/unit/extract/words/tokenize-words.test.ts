import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../../../src/extract/words/tokenize-words.js';

describe('tokenizeWords', () => {
  it.each([
    ['splits on spaces and punctuation', 'He said, no.', ['He', 'said', 'no']],
    ['keeps inner apostrophes and hyphens', 'Russia’s vice-president', ['Russia’s', 'vice-president']],
    ['keeps the period of an initial', 'John F. Kirby', ['John', 'F.', 'Kirby']],
    ['keeps the period of an abbreviation', 'Gen. Berg', ['Gen.', 'Berg']],
    ['keeps dotted words whole', 'U.S. troops', ['U.S.', 'troops']],
    ['drops the full stop after an ordinary word', 'Kirby said.', ['Kirby', 'said']],
    ['reads numbers', '3,000 troops', ['3', '000', 'troops']],
  ])('%s', (_name, text, expected) => {
    expect(tokenizeWords(text).map((token) => token.text)).toEqual(expected);
  });

  it('gives offsets into the text and reads only the range asked', () => {
    expect(tokenizeWords('Go, Mr. Berg now', 4, 12)).toEqual([
      { text: 'Mr.', start: 4, end: 7 },
      { text: 'Berg', start: 8, end: 12 },
    ]);
  });

  it.each([
    ['letters beyond ASCII', 'Zelenskyy’s aide Dupré', ['Zelenskyy’s', 'aide', 'Dupré']],
    ['a letter outside the basic plane', 'Hi 𝐀b there', ['Hi', '𝐀b', 'there']],
    ['a joiner that joins nothing', 'rock - n- roll', ['rock', 'n', 'roll']],
    ['a quote mask as a separator', 'Berg\uFFFCsaid', ['Berg', 'said']],
  ])('reads %s', (_name, text, expected) => {
    expect(tokenizeWords(text).map((token) => token.text)).toEqual(expected);
  });

  it('reads a range as slice would take it: cut words and a bound past the end', () => {
    const text = 'Gen. Berg said';
    expect(tokenizeWords(text, 1, 7).map((token) => token.text)).toEqual(['en', 'Be']);
    expect(tokenizeWords(text, 10, 99).map((token) => token.text)).toEqual(['said']);
  });
});
