import type { Citation, Excerpt } from '../../answer/answer.js';
import { markExcerpt } from './mark-excerpt.js';

/** Opening and closing marker for highlighted words in plain text. */
export const TEXT_MARK = { open: '**', close: '**' } as const;

/**
 * The citation line of an excerpt: title (or file), outlet, date, then `file:start-end`.
 * Unknown values are said so ("undated", "outlet unknown"), never guessed.
 */
export function renderCitationText(citation: Citation): string {
  const title = citation.title ?? '(untitled)';
  const outlet = citation.outlet ?? 'outlet unknown';
  const date = citation.date ?? 'undated';
  return `${title} · ${outlet} · ${date} · ${citation.file}:${citation.start}-${citation.end}`;
}

/** An excerpt as two lines: the quoted sentence with its marks, then its citation. */
export function renderExcerptText(excerpt: Excerpt, indent = '  '): string {
  const marked = markExcerpt(excerpt.citation.sentence, excerpt.marks, TEXT_MARK);
  return `${indent}“${collapseSpace(marked)}”\n${indent}  — ${renderCitationText(excerpt.citation)}`;
}

/** Line breaks inside a cited sentence are shown as spaces; the citation offsets still point at the file. */
function collapseSpace(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
