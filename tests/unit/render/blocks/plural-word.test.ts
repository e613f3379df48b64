import { describe, expect, it } from 'vitest';
import { pluralWord } from '../../../../src/render/blocks/plural-word.js';

describe('pluralWord', () => {
  it.each([
    [0, 'reports'],
    [1, 'report'],
    [2, 'reports'],
  ])('names %i as %s', (count, expected) => {
    expect(pluralWord(count, 'report')).toBe(expected);
  });

  it('takes an irregular plural', () => {
    expect(pluralWord(3, 'sentence mentions', 'sentences mention')).toBe('sentences mention');
  });
});
