import type { Citation, Excerpt } from '../../answer/answer.js';
import { hasOwnQuoteMarks } from '../has-own-quote-marks.js';
import { markExcerpt } from './mark-excerpt.js';

/** Opening and closing marker for highlighted words in plain text. */
export const TEXT_MARK = { open: '**', close: '**' } as const;

/**
 * How a text rendering marks the highlighted words and escapes the report's words around them:
 * `**…**` and nothing escaped for a terminal; the Slack fallback passes mrkdwn's `*…*` and an
 * escape for mrkdwn's formatting characters.
 */
export type TextStyle = {
  readonly mark: { readonly open: string; readonly close: string };
  readonly escape?: (piece: string) => string;
};

/** The terminal's style (`npm run ask`, the digest's text): `**` marks, report text as it is. */
export const PLAIN_TEXT_STYLE: TextStyle = { mark: TEXT_MARK };

/**
 * The citation line of an excerpt: title (or file), outlet, date, then `file:start-end`, and, when
 * the citation is linked (`PUBLIC_URL`), the reader URL and the original's URL where there is one.
 * Unknown values are said so ("undated", "outlet unknown"), never guessed.
 */
export function renderCitationText(citation: Citation): string {
  const line = `${renderCitationSource(citation)} · ${renderCitationSpan(citation)}`;
  if (citation.link === undefined) return line;
  const { reader, original } = citation.link;
  return original === null ? `${line} · ${reader}` : `${line} · ${reader} · original: ${original}`;
}

/** The first part of a citation line: title (or "(untitled)"), outlet, date. */
export function renderCitationSource(citation: Citation): string {
  return `${citation.title ?? '(untitled)'} · ${citation.outlet ?? 'outlet unknown'} · ${citation.date ?? 'undated'}`;
}

/** Where the sentence is: `file:start-end`. */
export function renderCitationSpan(citation: Citation): string {
  return `${citation.file}:${citation.start}-${citation.end}`;
}

/**
 * An excerpt as two lines: the sentence with its marks, in one pair of quotation marks (or after
 * `> ` when it has its own, as in Slack: `hasOwnQuoteMarks`), then its citation.
 */
export function renderExcerptText(excerpt: Excerpt, indent = '  ', style: TextStyle = PLAIN_TEXT_STYLE): string {
  const marked = markExcerpt(excerpt.citation.sentence, excerpt.marks, {
    ...style.mark,
    ...(style.escape === undefined ? {} : { escape: style.escape }),
  });
  const shown = hasOwnQuoteMarks(excerpt.citation.sentence)
    ? `> ${collapseSpace(marked)}`
    : `“${collapseSpace(marked)}”`;
  return `${indent}${shown}\n${indent}  — ${renderCitationText(excerpt.citation)}`;
}

/** Line breaks inside a cited sentence are shown as spaces; the citation offsets still point at the file. */
function collapseSpace(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
