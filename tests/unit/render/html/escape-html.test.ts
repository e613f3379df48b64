import { describe, expect, it } from 'vitest';
import { escapeHref, escapeHtml } from '../../../../src/render/html/escape-html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('shows direction and zero-width controls as their code points, so a report cannot reorder a page', () => {
    expect(escapeHtml('fired \u202Esnoissim\u202C at \u200Bdawn')).toBe(
      'fired &lt;U+202E&gt;snoissim&lt;U+202C&gt; at &lt;U+200B&gt;dawn',
    );
  });
});

describe('escapeHref', () => {
  it.each([
    ['https://x.example/a?b=1&c="2"', 'https://x.example/a?b=1&amp;c=&quot;2&quot;'],
    ['HTTP://x.example/', 'HTTP://x.example/'],
    ['/read?report=a&sig=b#s1-2', '/read?report=a&amp;sig=b#s1-2'],
  ])('keeps %s, escaped', (url, href) => {
    expect(escapeHref(url)).toBe(href);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '//evil.example/', 'https://x.example/a b', 'read?x'])(
    'refuses %s',
    (url) => {
      expect(escapeHref(url)).toBeNull();
    },
  );
});
