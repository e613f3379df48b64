import { INVISIBLE_CONTROL_CHARACTERS } from '../show-invisible-controls.js';

/**
 * A mrkdwn link `<url|label>`. `label` is mrkdwn the caller has already escaped. In the URL, `&`,
 * `<` and `>` become entities (as Slack requires) and `|`, white space and direction or zero-width
 * controls are percent-encoded, so a URL from a report can neither end the link early, nor open
 * another one, nor carry an invisible character. Deterministic.
 *
 * @example
 * renderMrkdwnLink('https://example.org/read?a=1&b=2', 'report.txt:1-9'); // '<https://example.org/read?a=1&amp;b=2|report.txt:1-9>'
 */
export function renderMrkdwnLink(url: string, label: string): string {
  const safeUrl = url.replace(URL_SPECIALS, (char) => URL_ESCAPES[char] ?? encodeURIComponent(char));
  return `<${safeUrl}|${label}>`;
}

/** Direction and zero-width controls are percent-encoded too: nothing invisible reaches Slack raw. */
const URL_SPECIALS = new RegExp(`[&<>|\\s${INVISIBLE_CONTROL_CHARACTERS}]`, 'g');

const URL_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '%7C' };
