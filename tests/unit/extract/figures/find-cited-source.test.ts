import { describe, expect, it } from 'vitest';
import { findCitedSource } from '../../../../src/extract/figures/find-cited-source.js';
import { tokenizeFigureText } from '../../../../src/extract/words/tokenize-figure-text.js';

describe('findCitedSource', () => {
  it.each([
    ['Marta Quill, citing U.S. intelligence, said 800 militants were killed.', 'U.S. intelligence'],
    ['Reports quoting the Interior Ministry put the toll at 60.', 'the Interior Ministry'],
    ['The toll of 60, based on Red Cross figures, is rising.', 'Red Cross figures'],
    ['Officials said 60 died, citing him.', null],
    ['Officials said 60 people died.', null],
    ['Envoy Maria Lind said the ministry believes 900 sailors were sent.', 'the ministry'],
    ['Mayor Tom Rask said that Norwegian officials now estimate 70 homes were lost.', 'Norwegian officials'],
    ['The Navy said Captain Ola Berg assessed 12 ships as damaged.', 'Captain Ola Berg'],
    ['Envoy Maria Lind said the ministry sent 900 sailors.', null],
    ['Envoy Maria Lind said he believes 900 sailors were sent.', null],
  ])('%s → %s', (text, expected) => {
    expect(findCitedSource(text, tokenizeFigureText(text))).toBe(expected);
  });
});
