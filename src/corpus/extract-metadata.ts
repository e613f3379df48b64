import type { ParagraphRole } from './assign-roles.js';
import { parseDateline } from './parse-dateline.js';
import { parseSourceLine } from './parse-source-line.js';
import type { TextSpan } from './split-paragraphs.js';

/** The metadata a report's own text gives. Every field is null when the text does not say. */
export type ReportMetadata = {
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
};

/** A paragraph with the role `assignRoles` gave it. */
export type PlacedParagraph = TextSpan & { readonly role: ParagraphRole };

/**
 * Reads the title, publication date, outlet and source address from a report's paragraphs, once
 * their roles are known.
 *
 * The title is the text of the `title` paragraph (a Markdown "#" marker removed, line breaks made
 * spaces); the date comes from the `dateline` paragraph only, so a date is never guessed from the
 * body, the copy-date banner or the file; outlet and url come from the first source lines that give
 * them ("Source: …", "Original Source: …"). Pure and deterministic.
 *
 * @example
 * extractMetadata('Headline\n\nBody.', [{ start: 0, end: 8, role: 'title' }, { start: 10, end: 15, role: 'body' }])
 * // { title: 'Headline', date: null, outlet: null, url: null }
 */
export function extractMetadata(text: string, paragraphs: readonly PlacedParagraph[]): ReportMetadata {
  let title: string | null = null;
  let date: string | null = null;
  let outlet: string | null = null;
  let url: string | null = null;
  for (const { start, end, role } of paragraphs) {
    const slice = text.slice(start, end);
    if (role === 'title') title = slice.replace(/^#{1,6}\s+/u, '').replace(/\s+/gu, ' ');
    if (role === 'dateline') date = parseDateline(slice)?.date ?? null;
    if (role !== 'dropped') continue;
    const source = parseSourceLine(slice);
    outlet ??= source?.outlet ?? null;
    url ??= source?.url ?? null;
  }
  return { title, date, outlet, url };
}
