import { escapeHtml } from './escape-html.js';

/** A page's title (plain text, escaped here) and body (HTML the caller has escaped). */
export type HtmlPage = { readonly title: string; readonly body: string };

/**
 * A whole HTML document around `page.body`: UTF-8, a viewport for phones, and a small inline style
 * sheet (readable line length, large enough type, marks that stand out). No script, no external
 * resource, so the page reads the same with JavaScript off. Deterministic.
 */
export function renderHtmlPage(page: HtmlPage): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    page.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const PAGE_STYLE = [
  'html{-webkit-text-size-adjust:100%}',
  'body{margin:0 auto;max-width:42rem;padding:1rem;font:1.0625rem/1.6 Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fdfdfb}',
  'h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}',
  'h2{font-size:1.2rem;margin:1.5rem 0 .5rem}',
  'a{color:#0b57d0;overflow-wrap:anywhere}',
  'mark{background:#ffe066;padding:.1em 0;scroll-margin:30vh 0}',
  'p{margin:0 0 1rem}',
  '.meta,.context,.dateline,footer{font:.875rem/1.5 system-ui,sans-serif;color:#555}',
  '.context{margin-top:-.5rem}',
  '.section{white-space:pre-line}',
  'form{display:flex;gap:.5rem;margin:1rem 0}',
  'input[type=search]{flex:1;min-width:0;font:inherit;padding:.4rem}',
  'button{font:inherit;padding:.4rem .8rem}',
  'hr{border:0;border-top:1px solid #ddd;margin:1.5rem 0}',
  'code{font-size:.9em}',
].join('');
