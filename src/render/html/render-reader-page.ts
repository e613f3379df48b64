import type { Report } from '../../corpus/report.js';
import { escapeHref, escapeHtml } from './escape-html.js';
import { renderHtmlPage } from './render-html-page.js';

/** The range of `report.text` to highlight, and the id its `<mark>` carries (the link's fragment). */
export type ReaderHighlight = { readonly start: number; readonly end: number; readonly anchor: string };

/**
 * The reader page of a report: outlet and date, the headline, the original's link (when the
 * report has one), then the report's cleaned text paragraph by paragraph, exactly as the corpus
 * holds it, with `highlight` in `<mark id="{anchor}">` so the link's fragment scrolls to it with no
 * JavaScript. A highlight that spans paragraphs is marked in each (the first mark carries the id).
 * Every value is escaped; the original's link only when it is http or https. Deterministic.
 */
export function renderReaderPage(report: Report, highlight: ReaderHighlight): string {
  const title = report.title ?? report.file;
  const original = report.url === null ? null : escapeHref(report.url);
  const meta = `${report.outlet ?? 'outlet unknown'} · ${report.date ?? 'undated'}`;
  let isFirstMark = true;
  const paragraphs = report.blocks
    .filter((block) => block.kind !== 'title')
    .map((block) => {
      const from = Math.max(block.start, highlight.start);
      const to = Math.min(block.end, highlight.end);
      const text = report.text;
      const inner =
        from >= to
          ? escapeHtml(text.slice(block.start, block.end))
          : `${escapeHtml(text.slice(block.start, from))}<mark${isFirstMark ? ` id="${escapeHtml(highlight.anchor)}"` : ''}>${escapeHtml(text.slice(from, to))}</mark>${escapeHtml(text.slice(to, block.end))}`;
      if (from < to) isFirstMark = false;
      return `<p${block.kind === 'dateline' ? ' class="dateline"' : ''}>${inner}</p>`;
    });
  const body = [
    '<header>',
    `<p class="meta">${escapeHtml(meta)}</p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    original === null
      ? ''
      : `<p class="meta">Original: <a href="${original}" rel="noopener noreferrer">${escapeHtml(report.url ?? '')}</a></p>`,
    '</header>',
    '<main>',
    ...paragraphs,
    '</main>',
    `<footer>${escapeHtml(`${report.file}:${highlight.start}-${highlight.end}`)} · the report's text as Verbatim read it, word for word; the highlight is the cited sentence.</footer>`,
  ].filter((line) => line !== '');
  return renderHtmlPage({ title, body: body.join('\n') });
}
