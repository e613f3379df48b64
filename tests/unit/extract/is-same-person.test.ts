import { describe, expect, it } from 'vitest';
import { isSameFoldedPerson, isSamePerson, isSimilarWord } from '../../../src/extract/is-same-person.js';
import { normalisePersonName } from '../../../src/extract/normalise-person-name.js';

describe('isSamePerson', () => {
  it.each([
    ['a surname and the full name', 'Kirby', 'John F. Kirby', true],
    ['a full name without the initial', 'John Kirby', 'John F. Kirby', true],
    ['an initial for a given name', 'J. Kirby', 'John Kirby', true],
    ['transliteration variants', 'Zelenskyy', 'Volodymyr Zelensky', true],
    ['a typo in a long surname', 'Volodymyr Zelenksy', 'Zelensky', true],
    ['a name written surname first', 'Yoon', 'Yoon Suk Yeol', true],
    ['different given names', 'Jane Kirby', 'John Kirby', false],
    ['different surnames', 'Kirby', 'Austin', false],
    ['a short surname one letter apart', 'Berg', 'Borg', false],
  ])('compares %s', (_name, a, b, expected) => {
    expect([isSamePerson(a, b), isSamePerson(b, a)]).toEqual([expected, expected]);
  });
});

describe('isSameFoldedPerson', () => {
  it.each([
    ['Kirby', 'John F. Kirby', true],
    ['Jane Kirby', 'John Kirby', false],
  ])('compares folded %s and %s like isSamePerson', (a, b, expected) => {
    expect(isSameFoldedPerson(normalisePersonName(a), normalisePersonName(b))).toBe(expected);
  });
});

describe('isSimilarWord', () => {
  it.each([
    ['zelensky', 'zelensky', true],
    ['zelensky', 'zelenksy', true],
    ['kirby', 'kirbo', true],
    ['berg', 'borg', false],
  ])('compares %s and %s', (a, b, expected) => {
    expect(isSimilarWord(a, b)).toBe(expected);
  });
});
