import { describe, expect, it } from 'vitest';
import { findCitedSource } from '../../../src/extract/find-cited-source.js';
import { tokenizeFigureText } from '../../../src/extract/tokenize-figure-text.js';

describe('findCitedSource', () => {
  it.each([
    ['Marta Quill, citing U.S. intelligence, said 800 militants were killed.', 'U.S. intelligence'],
    ['Reports quoting the Interior Ministry put the toll at 60.', 'the Interior Ministry'],
    ['The toll of 60, based on Red Cross figures, is rising.', 'Red Cross figures'],
    ['Officials said 60 died, citing him.', null],
    ['Officials said 60 people died.', null],
  ])('%s → %s', (text, expected) => {
    expect(findCitedSource(text, tokenizeFigureText(text))).toBe(expected);
  });
});
