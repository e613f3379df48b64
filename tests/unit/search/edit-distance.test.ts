import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/search/edit-distance.js';

describe('editDistance', () => {
  it.each<[string, string, number, number]>([
    ['missil', 'missil', 2, 0],
    ['misil', 'missil', 2, 1],
    ['stork', 'storm', 2, 1],
    ['packer', 'parker', 2, 1],
    ['kitten', 'sitting', 3, 3],
    ['', 'abc', 3, 3],
    ['abc', '', 3, 3],
  ])('gives the distance from "%s" to "%s" (max %i) as %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toEqual(expected);
  });

  it.each<[string, string, number]>([
    ['kitten', 'sitting', 2],
    ['a', 'abcd', 2],
    ['zelenski', 'pyongyang', 3],
  ])('gives max + 1 when "%s" and "%s" are more than %i apart', (a, b, max) => {
    expect(editDistance(a, b, max)).toEqual(max + 1);
  });
});
