import { describe, expect, it } from 'vitest';
import { renderPlaygroundPage } from '../../../../src/render/html/render-playground-page.js';

describe('renderPlaygroundPage', () => {
  it('shows a GET form holding the escaped question, the examples as links, then the answer', () => {
    const html = renderPlaygroundPage({ question: '"><script>', answerHtml: '<p>answer</p>', examples: ['/a b&c'] });
    expect(html).toContain('<form method="get" action="/" role="search">');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('<a href="/?q=%2Fa%20b%26c">/a b&amp;c</a>');
    expect(html).toContain('<main>\n<p>answer</p>\n</main>');
    expect(html).toContain('<title>&quot;&gt;&lt;script&gt; · Verbatim</title>');
    expect(html).not.toContain('<script>');
  });

  it('shows only the form before a question is asked', () => {
    const html = renderPlaygroundPage({ question: '', answerHtml: null, examples: [] });
    expect(html).toContain('value=""');
    expect(html).not.toContain('<main>');
    expect(html).toContain('<title>Verbatim</title>');
  });
});
