import { describe, expect, it } from 'vitest';
import {
  isSameFoldedPerson,
  isSamePerson,
  isSimilarWord,
  personMatchKeys,
} from '../../../../src/extract/people/is-same-person.js';
import { normalisePersonName } from '../../../../src/extract/people/normalise-person-name.js';

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

describe('personMatchKeys', () => {
  it('gives a word, and from five letters each one-letter deletion, for the first and last words', () => {
    expect(personMatchKeys(['john', 'kirby'])).toEqual(['irby', 'john', 'kiby', 'kirb', 'kirby', 'kiry', 'krby']);
    expect(personMatchKeys(['yoon'])).toEqual(['yoon']);
    expect(personMatchKeys([])).toEqual([]);
  });

  it('gives a shared key to every pair of names that can be the same person', () => {
    const names = [
      'Kirby',
      'John F. Kirby',
      'J. Kirby',
      'Jon Kirbi',
      'Zelenskyy',
      'Volodymyr Zelensky',
      'Zelenksy',
      'Yoon',
      'Yoon Suk Yeol',
      'Kim Jong Un',
      'Kim Yo Jong',
      'Kim',
      'Lloyd Austin',
      'Austin',
      'Jane Kirby',
    ].map(normalisePersonName);
    let pairs = 0;
    for (const a of names) {
      for (const b of names) {
        if (!isSameFoldedPerson(a, b)) continue;
        pairs += 1;
        const shared = personMatchKeys(a).filter((key) => personMatchKeys(b).includes(key));
        expect(shared.length, `${a.join(' ')} ~ ${b.join(' ')}`).toBeGreaterThan(0);
      }
    }
    expect(pairs).toBeGreaterThan(names.length);
  });
});
