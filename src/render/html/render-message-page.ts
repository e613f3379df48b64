import { escapeHtml } from './escape-html.js';
import { renderHtmlPage } from './render-html-page.js';

/** A plain page with a heading and one sentence (a refused link, a missing page). Escaped; deterministic. */
export function renderMessagePage(title: string, message: string): string {
  return renderHtmlPage({ title, body: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>` });
}
