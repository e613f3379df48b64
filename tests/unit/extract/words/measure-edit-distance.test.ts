import { describe, expect, it } from 'vitest';
import { measureEditDistance } from '../../../../src/extract/words/measure-edit-distance.js';

describe('measureEditDistance', () => {
  it.each([
    ['equal words', 'kirby', 'kirby', Number.POSITIVE_INFINITY, 0],
    ['a substitution', 'kirbi', 'kirby', Number.POSITIVE_INFINITY, 1],
    ['a swap of neighbours', 'zelenksy', 'zelensky', Number.POSITIVE_INFINITY, 1],
    ['an insertion', 'austn', 'austin', Number.POSITIVE_INFINITY, 1],
    ['an empty word', '', 'abc', Number.POSITIVE_INFINITY, 3],
    ['a distance past the cap as cap plus one', 'abcdef', 'uvwxyz', 2, 3],
  ])('measures %s', (_name, a, b, max, expected) => {
    expect(measureEditDistance(a, b, max)).toBe(expected);
  });

  it.each([
    ['equal words', 'kirby', 'kirby', 0],
    ['a substitution', 'kirbi', 'kirby', 1],
    ['a swap of neighbours', 'zelenksy', 'zelensky', 1],
    ['an insertion inside', 'austn', 'austin', 1],
    ['an insertion at the end', 'kirb', 'kirby', 1],
    ['a deletion at the start', 'xkirby', 'kirby', 1],
    ['two substitutions', 'kerbi', 'kirby', 2],
    ['a swap that is not of neighbours', 'kybri', 'kirby', 2],
    ['an insertion and a substitution', 'kirbyy', 'kerby', 2],
    ['lengths two apart', 'kirby', 'kir', 2],
  ])('answers "one typo apart?" (max 1) for %s', (_name, a, b, expected) => {
    expect([measureEditDistance(a, b, 1), measureEditDistance(b, a, 1)]).toEqual([expected, expected]);
  });
});
