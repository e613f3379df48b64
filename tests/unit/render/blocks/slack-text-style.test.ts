import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../../../src/answer/answer.js';
import { renderFallbackText } from '../../../../src/render/blocks/render-fallback-text.js';
import { SLACK_TEXT_STYLE } from '../../../../src/render/blocks/slack-text-style.js';
import { renderExcerptText } from '../../../../src/render/text/render-citation-text.js';

const EXCERPT = {
  citation: {
    reportId: 'r',
    file: 'r.txt',
    title: 'T',
    outlet: 'O',
    date: '2025-01-05',
    url: null,
    start: 0,
    end: 50,
    sentence: 'A *stray* star & <b>, then about_300 died.',
  },
  marks: [{ start: 27, end: 36 }],
} as unknown as Excerpt;

describe('SLACK_TEXT_STYLE', () => {
  it('marks in mrkdwn bold and shows the report’s formatting characters as look-alikes, leaving & < > to the fallback', () => {
    const text = renderExcerptText(EXCERPT, '', SLACK_TEXT_STYLE);
    expect(text.split('\n')[0]).toBe('“A ∗stray∗ star & <b>, then *about_300* died.”');
    expect(renderFallbackText(text).split('\n')[0]).toBe('“A ∗stray∗ star &amp; &lt;b&gt;, then *about_300* died.”');
  });

  it('leaves the terminal style as it was', () => {
    expect(renderExcerptText(EXCERPT, '').split('\n')[0]).toBe('“A *stray* star & <b>, then **about_300** died.”');
  });
});
