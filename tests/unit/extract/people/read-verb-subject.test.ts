import { describe, expect, it } from 'vitest';
import { isAdverb, readVerbSubject } from '../../../../src/extract/people/read-verb-subject.js';

describe('readVerbSubject', () => {
  it.each([
    ['a subject right before the verb', 'Berg said', 'Berg'],
    ['a subject before adverbs', 'Berg has also repeatedly said', 'Berg'],
    ['a pronoun', 'Then she said', 'she'],
    ['nothing after a comma', 'and then, said', null],
  ])('reads %s', (_name, text, expected) => {
    const phrase = readVerbSubject(text, text.lastIndexOf('said'), 0);
    expect(phrase?.text ?? null).toEqual(expected);
  });

  it('does not read before the floor', () => {
    expect(readVerbSubject('Berg said', 5, 2)).toBeNull();
  });
});

describe('isAdverb', () => {
  it.each([
    ['also', true],
    ['repeatedly', true],
    ['has', true],
    ['Kelly', false],
    ['ally', false],
  ])('says %s is %s', (word, expected) => {
    expect(isAdverb(word)).toBe(expected);
  });
});
