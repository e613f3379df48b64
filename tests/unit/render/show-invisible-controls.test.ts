import { describe, expect, it } from 'vitest';
import { showInvisibleControls } from '../../../src/render/show-invisible-controls.js';

describe('showInvisibleControls', () => {
  it.each([
    ['U+202E reverses what follows', 'pay \u202E001$', 'pay <U+202E>001$'],
    ['embeddings and overrides', '\u202A\u202B\u202C\u202D', '<U+202A><U+202B><U+202C><U+202D>'],
    [
      'isolates and the Arabic letter mark',
      '\u2066a\u2069\u2067\u2068\u061C',
      '<U+2066>a<U+2069><U+2067><U+2068><U+061C>',
    ],
    [
      'zero-width characters and marks',
      'a\u200Bb\u200Cc\u200Dd\u200Ee\u200F',
      'a<U+200B>b<U+200C>c<U+200D>d<U+200E>e<U+200F>',
    ],
    ['the word joiner and the byte-order mark', '\uFEFFword\u2060joined', '<U+FEFF>word<U+2060>joined'],
  ])('shows %s', (_name, input, expected) => {
    expect(showInvisibleControls(input)).toBe(expected);
  });

  it('leaves other text, visible marks and the neighbouring code points alone', () => {
    const text = 'Ein Bericht – „Zitat“ · 3,000 😀 \u200A\u2010\u2011 \u202F\u2061';
    expect(showInvisibleControls(text)).toBe(text);
  });

  it('brackets with what it is given, for Slack text', () => {
    expect(showInvisibleControls('a\u202Eb', { open: '&lt;', close: '&gt;' })).toBe('a&lt;U+202E&gt;b');
  });
});
