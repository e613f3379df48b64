import { describe, expect, it } from 'vitest';
import { measureEditDistance } from '../../../src/extract/measure-edit-distance.js';

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
});
