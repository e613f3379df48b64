import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/corpus/report.js';
import { renderReaderPage } from '../../../../src/render/html/render-reader-page.js';
import { buildTestReport } from '../../../support/build-test-corpus.js';

const TEXT = '# Storm <b>"Report"</b>\nFirst & only <script>.\nSecond sentence.\nThird one.';

function makeReport(overrides: Partial<Report> = {}): Report {
  return { ...buildTestReport('storm', TEXT, { outlet: 'Gazette & Co', date: '2025-01-02' }).report, ...overrides };
}

function bodyOf(html: string): string {
  return html.slice(html.indexOf('<body>') + 7, html.indexOf('</body>') - 1);
}

describe('renderReaderPage', () => {
  it('shows the headline, outlet, date, original link and paragraphs, escaped, with the range marked', () => {
    const report = makeReport({ url: 'https://x.example/a?b=1&c=2' });
    const start = TEXT.indexOf('Second');
    const html = renderReaderPage(report, { start, end: start + 16, anchor: 's1-2' });
    expect(bodyOf(html)).toBe(
      [
        '<header>',
        '<p class="meta">Gazette &amp; Co · 2025-01-02</p>',
        '<h1>Storm &lt;b&gt;&quot;Report&quot;&lt;/b&gt;</h1>',
        '<p class="meta">Original: <a href="https://x.example/a?b=1&amp;c=2" rel="noopener noreferrer">https://x.example/a?b=1&amp;c=2</a></p>',
        '</header>',
        '<main>',
        '<p>First &amp; only &lt;script&gt;.</p>',
        '<p><mark id="s1-2">Second sentence.</mark></p>',
        '<p>Third one.</p>',
        '</main>',
        `<footer>storm.txt:${start}-${start + 16} · the report's text as Verbatim read it, word for word; the highlight is the cited sentence.</footer>`,
      ].join('\n'),
    );
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Storm &lt;b&gt;&quot;Report&quot;&lt;/b&gt;</title>');
    expect(html).not.toContain('<script');
  });

  it('marks a range over two paragraphs in each, the id on the first, and shows no link that is not http', () => {
    const report = makeReport({ url: 'javascript:alert(1)', title: null });
    const start = TEXT.indexOf('only');
    const end = TEXT.indexOf('sentence.');
    const main = bodyOf(renderReaderPage(report, { start, end, anchor: 'a' }));
    expect(main).toContain('<h1>storm.txt</h1>');
    expect(main).not.toContain('javascript');
    expect(main).toContain(
      '<p>First &amp; <mark id="a">only &lt;script&gt;.</mark></p>\n<p><mark>Second </mark>sentence.</p>',
    );
  });
});
