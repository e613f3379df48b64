import { escapeHref } from './escape-html.js';

/**
 * Verbatim's own mrkdwn (as its block renderers write it) as HTML, so the playground shows the
 * answers Slack shows: `<url|label>` links (http and https only), `*bold*`, `_italic_` and
 * `` `code` `` become elements, `> ` at a line start a quotation mark, line breaks `<br>`.
 *
 * Safe for any input: the block renderers escape `&`, `<` and `>` as entities already, and
 * whatever else is left (a stray `<` or `>`, an `&` that starts no entity, a quote) is escaped
 * here, so text can never open an element or an attribute. Deterministic.
 *
 * @example
 * renderMrkdwnHtml('*3,000* &lt;b&gt; <https://x.org/r?a=1&amp;b=2|x.txt:1-9>');
 * // '<b>3,000</b> &lt;b&gt; <a href="https://x.org/r?a=1&amp;b=2">x.txt:1-9</a>'
 */
export function renderMrkdwnHtml(mrkdwn: string): string {
  let html = '';
  let last = 0;
  for (const match of mrkdwn.matchAll(LINK)) {
    html += renderText(mrkdwn.slice(last, match.index));
    html += renderLink(match[1] ?? '', match[2] ?? '');
    last = match.index + match[0].length;
  }
  return html + renderText(mrkdwn.slice(last));
}

const LINK = /<([^<>|\s]+)\|([^<>]*)>/g;

function renderLink(url: string, label: string): string {
  // The URL arrives with `&` as `&amp;` (Slack's form); undo that before checking and escaping it once.
  const href = escapeHref(url.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  const text = renderText(label);
  return href === null ? text : `<a href="${href}">${text}</a>`;
}

function renderText(text: string): string {
  return text
    .replace(/&(?!(amp|lt|gt|quot|#39);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/^>\s?/gm, '\u275D ')
    .replace(/>/g, '&gt;')
    .replace(/\*([^*\n]+)\*/g, '<b>$1</b>')
    .replace(/(^|[^\p{L}\p{N}])_([^_\n]+)_(?![\p{L}\p{N}])/gu, '$1<i>$2</i>')
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/\n/g, '<br>\n');
}
