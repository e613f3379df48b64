import { MAX_FALLBACK_TEXT } from './block-limits.js';
import { escapeSlackText } from './escape-mrkdwn.js';

const SHORTENED_NOTE = ' … (shortened here; the message shows the whole answer)';

/**
 * A message's plain-text fallback (what notifications and screen readers use) from a text
 * rendering: `&`, `<`, `>` escaped, and shortened past 3,000 characters with a note saying so; the
 * blocks always carry the whole answer.
 */
export function renderFallbackText(text: string): string {
  const escaped = escapeSlackText(text.trim() === '' ? 'Verbatim' : text);
  if (escaped.length <= MAX_FALLBACK_TEXT) return escaped;
  let cut = MAX_FALLBACK_TEXT - SHORTENED_NOTE.length;
  const amp = escaped.lastIndexOf('&', cut - 1);
  if (amp !== -1 && escaped.indexOf(';', amp) >= cut) cut = amp;
  const code = escaped.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${escaped.slice(0, cut)}${SHORTENED_NOTE}`;
}
