import { describe, expect, it } from 'vitest';
import { markExcerpt } from '../../../../src/render/text/mark-excerpt.js';

describe('markExcerpt', () => {
  const options = { open: '[', close: ']' };

  it.each([
    ['no marks', 'over 3,000 killed', [], 'over 3,000 killed'],
    ['one mark', 'over 3,000 killed', [{ start: 0, end: 10 }], '[over 3,000] killed'],
    [
      'unsorted marks',
      'a b c',
      [
        { start: 4, end: 5 },
        { start: 0, end: 1 },
      ],
      '[a] b [c]',
    ],
    [
      'overlapping marks merged',
      'abcdef',
      [
        { start: 0, end: 3 },
        { start: 2, end: 5 },
      ],
      '[abcde]f',
    ],
    [
      'touching marks merged',
      'abcdef',
      [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ],
      '[abcd]ef',
    ],
    ['marks clipped to the text', 'abc', [{ start: 1, end: 9 }], 'a[bc]'],
  ])('handles %s', (_name, text, marks, expected) => {
    expect(markExcerpt(text, marks, options)).toBe(expected);
  });

  it('escapes the text but not the markers', () => {
    const escapeLt = (piece: string) => piece.replaceAll('<', '&lt;');
    expect(markExcerpt('<a> <b>', [{ start: 4, end: 7 }], { open: '*', close: '*', escape: escapeLt })).toBe(
      '&lt;a> *&lt;b>*',
    );
  });
});
