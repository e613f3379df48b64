import { describe, expect, it } from 'vitest';
import { renderMarkedMrkdwn } from '../../../../src/render/blocks/render-marked-mrkdwn.js';

describe('renderMarkedMrkdwn', () => {
  it.each([
    ['marks a figure in bold', 'Some 500 soldiers died.', [{ start: 5, end: 8 }], ['Some *500* soldiers died.']],
    [
      'escapes report text around the mark',
      'A <!here> & 3 more',
      [{ start: 12, end: 13 }],
      ['A &lt;!here&gt; &amp; *3* more'],
    ],
    [
      'merges overlapping marks',
      'over 3,000 killed',
      [
        { start: 0, end: 6 },
        { start: 5, end: 10 },
      ],
      ['*over 3,000* killed'],
    ],
    ['keeps the spaces at the edge of a mark outside it', 'at  500  today', [{ start: 2, end: 9 }], ['at *500* today']],
    ['collapses line breaks to one space', 'one\n\n two', [], ['one two']],
    ['neutralises formatting characters of the report', 'a *b* c', [{ start: 6, end: 7 }], ['a ∗b∗ *c*']],
    ['keeps an underscore inside a word', 'file_name _x_', [], ['file_name ˍxˍ']],
    ['ignores marks outside the text', 'short', [{ start: 10, end: 20 }], ['short']],
  ])('%s', (_name, text, marks, expected) => {
    expect(renderMarkedMrkdwn(text, marks, 3000)).toEqual(expected);
  });

  it('splits at spaces into pieces no longer than the limit, closing and reopening the bold', () => {
    expect(renderMarkedMrkdwn('aaaa bbbb cccc dddd', [{ start: 5, end: 14 }], 10)).toEqual([
      'aaaa',
      '*bbbb*',
      '*cccc*',
      'dddd',
    ]);
  });

  it('never splits an escaped character', () => {
    expect(renderMarkedMrkdwn('&&&&&', [], 11)).toEqual(['&amp;&amp;', '&amp;&amp;', '&amp;']);
  });

  it('splits a word longer than the limit between characters, never inside a surrogate pair', () => {
    expect(renderMarkedMrkdwn('😀😀😀😀😀', [], 8)).toEqual(['😀😀😀😀', '😀']);
  });

  it('keeps every character of a long sentence across the pieces', () => {
    const sentence = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const pieces = renderMarkedMrkdwn(sentence, [{ start: 0, end: sentence.length }], 3000);
    expect(pieces.every((piece) => piece.length <= 3000)).toBe(true);
    expect(pieces.map((piece) => piece.replace(/^\*|\*$/g, '')).join(' ')).toBe(sentence);
  });

  it('shows direction and zero-width controls, the byte-order mark included, instead of passing them raw', () => {
    expect(renderMarkedMrkdwn('pay \u202E001$\uFEFF now', [{ start: 4, end: 9 }], 3000)).toEqual([
      'pay *&lt;U+202E&gt;001$*&lt;U+FEFF&gt; now',
    ]);
  });

  it('refuses a limit too small to hold a marked character', () => {
    expect(() => renderMarkedMrkdwn('text', [], 4)).toThrow(RangeError);
  });
});
