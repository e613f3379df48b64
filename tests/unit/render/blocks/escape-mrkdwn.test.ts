import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, escapeMrkdwnAt, escapeSlackText } from '../../../../src/render/blocks/escape-mrkdwn.js';

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel> and <!here>', '&lt;!channel&gt; and &lt;!here&gt;'],
    ['ask <@U123>', 'ask &lt;@U123&gt;'],
    ['<https://example.com|click>', '&lt;https://example.com|click&gt;'],
    ['salt & pepper &amp;', 'salt &amp; pepper &amp;amp;'],
    ['*bold* _it_ ~gone~ `code`', '∗bold∗ ˍitˍ ∼gone∼ ˋcodeˋ'],
    ['plain words, 3,000 troops.', 'plain words, 3,000 troops.'],
    ['000_8ca8.txt and snake_case', '000_8ca8.txt and snake_case'],
    ['_lead trail_ a_ _b', 'ˍlead trailˍ aˍ ˍb'],
    [
      'pay \u202E001$ \u2066x\u2069 zero\u200Bwidth\uFEFF',
      'pay &lt;U+202E&gt;001$ &lt;U+2066&gt;x&lt;U+2069&gt; zero&lt;U+200B&gt;width&lt;U+FEFF&gt;',
    ],
  ])('escapes %j', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });
});

describe('escapeSlackText', () => {
  it('escapes only the control characters and keeps formatting characters', () => {
    expect(escapeSlackText('<!channel> *now* & _then_')).toBe('&lt;!channel&gt; *now* &amp; _then_');
  });

  it('shows direction and zero-width controls, so a fallback cannot reorder text', () => {
    expect(escapeSlackText('a\u202Eb\u200Dc')).toBe('a&lt;U+202E&gt;b&lt;U+200D&gt;c');
  });
});

describe('escapeMrkdwnAt', () => {
  it.each([
    ['a_b', 1, '_'],
    ['a _b', 2, 'ˍ'],
    ['x<y', 1, '&lt;'],
    ['x😀y', 1, '😀'],
    ['x\u202Ey', 1, '&lt;U+202E&gt;'],
  ])('escapes the character of %j at %i by its neighbours', (text, offset, expected) => {
    expect(escapeMrkdwnAt(text, offset, text.codePointAt(offset) === 0x1f600 ? 2 : 1)).toBe(expected);
  });
});
