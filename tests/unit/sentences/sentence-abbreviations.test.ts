import { describe, expect, it } from 'vitest';
import {
  type AbbreviationKind,
  classifyAbbreviation,
  isSentenceStarter,
} from '../../../src/sentences/sentence-abbreviations.js';

describe('classifyAbbreviation', () => {
  it.each<[string, AbbreviationKind]>([
    ['Gen', 'title'],
    ['Mr', 'title'],
    ['Sen', 'title'],
    ['Lt', 'title'],
    ['vs', 'title'],
    ['e.g', 'title'],
    ['No', 'number-prefix'],
    ['Dec', 'number-prefix'],
    ['Sept', 'number-prefix'],
    ['pp', 'number-prefix'],
    ['U.S', 'ambiguous'],
    ['U.K', 'ambiguous'],
    ['a.m', 'ambiguous'],
    ['p.m', 'ambiguous'],
    ['F', 'ambiguous'],
    ['É', 'ambiguous'],
    ['Inc', 'ambiguous'],
    ['Corp', 'ambiguous'],
    ['St', 'ambiguous'],
    ['etc', 'ambiguous'],
    ['Jr', 'ambiguous'],
    ['left', 'word'],
    ['gen', 'word'],
    ['a', 'word'],
    ['www.rfa', 'word'],
    ['Ph.D', 'word'],
    ['', 'word'],
  ])('classifies %j as %s', (word, expected) => {
    expect(classifyAbbreviation(word)).toBe(expected);
  });
});

describe('isSentenceStarter', () => {
  it.each<[string, boolean]>([
    ['The', true],
    ['He', true],
    ['But', true],
    ['According', true],
    ['I', true],
    ['the', false],
    ['Army', false],
    ['Kirby', false],
    ['Secretary', false],
  ])('says %j is a sentence starter: %s', (word, expected) => {
    expect(isSentenceStarter(word)).toBe(expected);
  });
});
