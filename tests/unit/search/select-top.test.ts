import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectTop } from '../../../src/search/select-top.js';

function byValueThenIndex(values: readonly number[]) {
  return (a: number, b: number) => (values[a] ?? 0) - (values[b] ?? 0) || a - b;
}

describe('selectTop', () => {
  it.each<[string, number[], number, number[]]>([
    ['the k smallest, in order', [3, 1, 4, 1, 5], 2, [1, 3]],
    ['every index when k is the count', [2, 0, 1], 3, [1, 2, 0]],
    ['every index when k exceeds the count', [2, 0], 9, [1, 0]],
    ['nothing when k is 0', [2, 0], 0, []],
    ['nothing from nothing', [], 3, []],
  ])('gives %s', (_name, values, k, expected) => {
    expect(selectTop(values.length, k, byValueThenIndex(values))).toEqual(expected);
  });

  it('agrees with a full sort for any values and any k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 600 }), fc.nat(700), (values, k) => {
        const compare = byValueThenIndex(values);
        const sorted = values.map((_, i) => i).sort(compare);
        expect(selectTop(values.length, k, compare)).toEqual(sorted.slice(0, k));
      }),
    );
  });
});
