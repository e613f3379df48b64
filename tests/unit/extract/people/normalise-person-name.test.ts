import { describe, expect, it } from 'vitest';
import {
  foldNameWord,
  normalisePersonName,
  readFoldedName,
} from '../../../../src/extract/people/normalise-person-name.js';

describe('normalisePersonName', () => {
  it.each([
    ['Volodymyr Zelensky', ['volodymyr', 'zelensky']],
    ['Zelenskyy', ['zelensky']],
    ['John F. Kirby', ['john', 'f', 'kirby']],
    ['Mr. Kirby', ['kirby']],
    ['Ursula von der Leyen', ['ursula', 'leyen']],
    ['De Blasio', ['blasio']],
    ['Bill de Blasio', ['bil', 'blasio']],
    ['Al Gore', ['al', 'gore']],
    ['Jean-Pierre Dupré', ['jeanpiere', 'dupre']],
    ['', []],
  ])('folds %s', (name, expected) => {
    expect(normalisePersonName(name)).toEqual(expected);
  });

  it('gives a fresh array each time, so a caller that changes one never changes the next', () => {
    const first = normalisePersonName('Volodymyr Zelensky');
    first.pop();
    expect(normalisePersonName('Volodymyr Zelensky')).toEqual(['volodymyr', 'zelensky']);
  });
});

describe('foldNameWord', () => {
  it.each([
    ['Zelenskyy', 'zelensky'],
    ['Zelenskiy', 'zelensky'],
    ['Zelenski', 'zelensky'],
    ['Zelenskyi', 'zelensky'],
    ['Wolodymyr', 'volodymyr'],
    ['Kharkiv', 'harkiv'],
    ['Kirbi', 'kirby'],
    ['O’Brien', 'obrien'],
    ['Kowalczyk’s', 'kovalczyk'],
  ])('folds %s to %s', (word, expected) => {
    expect(foldNameWord(word)).toBe(expected);
  });
});

describe('readFoldedName', () => {
  it.each([
    ['John F. Kirby', { words: ['john', 'f', 'kirby'], key: 'john f kirby' }],
    ['Mr. Zelenskyy', { words: ['zelensky'], key: 'zelensky' }],
    ['', { words: [], key: '' }],
  ])('folds %s as normalisePersonName does, with its key', (name, expected) => {
    expect(readFoldedName(name)).toEqual(expected);
    expect(readFoldedName(name).words).toEqual(normalisePersonName(name));
  });

  it('shares one frozen answer for a name', () => {
    expect(readFoldedName('Volodymyr Zelensky')).toBe(readFoldedName('Volodymyr Zelensky'));
    expect(Object.isFrozen(readFoldedName('Volodymyr Zelensky').words)).toBe(true);
  });
});
