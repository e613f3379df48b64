import { showInvisibleControls } from '../show-invisible-controls.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values: `&`, `<`, `>`, `"` and `'`;
 * direction and zero-width controls are shown as their code points (`<U+202E>`), as in every
 * other surface, so a report cannot reorder or hide what the reader and the playground show.
 * Every value they show passes through it. Total and deterministic.
 *
 * @example
 * escapeHtml('<script>"x"</script>'); // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 * escapeHtml('a\u202Eb'); // 'a&lt;U+202E&gt;b'
 */
export function escapeHtml(text: string): string {
  return showInvisibleControls(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * An `href` value for a link taken from data (a report's URL, a link in an answer): escaped, and
 * only for `http:` and `https:` URLs and same-site paths (`/read?…`), so a report cannot carry a
 * `javascript:` or `data:` link into a page. Returns null otherwise.
 */
export function escapeHref(url: string): string | null {
  return /^(https?:\/\/|\/(?!\/))\S*$/i.test(url) ? escapeHtml(url) : null;
}
