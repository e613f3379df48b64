import { describe, expect, it } from 'vitest';
import { hasOwnQuoteMarks } from '../../../src/render/has-own-quote-marks.js';

describe('hasOwnQuoteMarks', () => {
  it.each([
    ['“It is over,” she said.', true],
    ['He said "hold" twice.', true],
    ['Le «front» tient.', true],
    ['„Ja“, sagte er.', true],
    ['The army’s losses rose.', false],
    ["Kirby's 'estimate' stood.", false],
    ['Some 300 died.', false],
  ])('%j → %s', (sentence, expected) => {
    expect(hasOwnQuoteMarks(sentence)).toBe(expected);
  });
});
