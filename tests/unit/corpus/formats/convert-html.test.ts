import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../../../src/corpus/formats/convert-html.js';

const ARTICLE = readFileSync(new URL('../../../fixtures/intake/harbour-strike.html', import.meta.url), 'utf8');

function page(
  head: string,
  body = '<article><h1>Tide Gauge Fails</h1><p>The tide gauge at the north pier stopped reporting on Sunday, the harbour office said in a statement.</p><p>Engineers expect to replace it within a week, weather permitting, the office added.</p></article>',
): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

describe('convertHtml', () => {
  it('keeps the article paragraphs and the page metadata, leaving out navigation, asides and footer', () => {
    expect(convertHtml(ARTICLE)).toEqual({
      ok: true,
      report: {
        title: 'Dock workers strike at Northport harbour',
        byline: 'Mira Okafor',
        outlet: 'Harbour Gazette',
        date: '2024-11-05',
        url: 'https://gazette.example/news/northport-strike?ref=canonical',
        paragraphs: [
          'By Mira Okafor',
          'About 1,200 dock workers walked off the job at Northport harbour on Monday, leaving 14 cargo ships waiting at anchor outside the breakwater.',
          '"We will stay out until the night shift is paid what the day shift is paid," said Dana Lowe, who chairs the harbour branch of the transport union.',
          'The port authority said the stoppage had cost local exporters about 3 million euros by the evening, and that perishable cargo was being diverted to Southport.',
          'Talks between the union and the three largest terminal operators are due to resume on Thursday, according to a statement from the regional labour office.',
        ],
      },
    });
  });

  it.each([
    [
      'JSON-LD datePublished and publisher when there is no meta tag',
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-03-02T23:30:00-05:00","publisher":{"name":"Pier Post"}}]}</script>',
      { date: '2024-03-02', outlet: 'Pier Post', url: null },
    ],
    [
      'the first <time datetime> last',
      '',
      { date: '2024-02-29', outlet: null, url: null },
      '<time datetime="2024-02-29">29 Feb</time>',
    ],
    [
      'og:url when there is no canonical link',
      '<meta property="og:url" content="https://pier.example/gauge">',
      { date: null, outlet: null, url: 'https://pier.example/gauge' },
    ],
    [
      'no date from an impossible day, no address that is not http(s)',
      '<meta property="article:published_time" content="2024-02-30"><link rel="canonical" href="javascript:alert(1)">',
      { date: null, outlet: null, url: null },
    ],
  ])('reads %s', (_name, head, expected, extraBody = '') => {
    const result = convertHtml(
      page(
        head,
        `${extraBody}<article><h1>Tide Gauge Fails</h1><p>The tide gauge at the north pier stopped reporting on Sunday, the harbour office said in a statement.</p></article>`,
      ),
    );
    expect(result.ok && { date: result.report.date, outlet: result.report.outlet, url: result.report.url }).toEqual(
      expected,
    );
  });

  it('refuses a page with no article text', () => {
    expect(convertHtml('<html><head><title>Login</title></head><body></body></html>')).toEqual({
      ok: false,
      reason: 'page has no article text',
    });
  });
});
