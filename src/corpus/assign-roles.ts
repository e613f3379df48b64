import type { ParagraphKind } from './classify-paragraph.js';
import type { BlockKind } from './report.js';

/** What a paragraph becomes in the report: a kept block, or dropped as not part of the report. */
export type ParagraphRole = BlockKind | 'dropped';

const TITLE_KINDS: ReadonlySet<ParagraphKind> = new Set(['heading', 'headline', 'truncated']);
const DATE_KINDS: ReadonlySet<ParagraphKind> = new Set(['date', 'published-date', 'copy-date']);
/** The parts of a teaser list: headlines, cut-short lines and date stamps. */
const TEASER_KINDS: ReadonlySet<ParagraphKind> = new Set(['headline', 'truncated', ...DATE_KINDS]);

/**
 * Decides, from the sequence of paragraph kinds, which paragraph is the title, which is the
 * dateline, which are the body, and which are dropped.
 *
 * Rule 1: the header is everything before the first prose paragraph; the title is its first
 * headline (or Markdown heading, or cut-short headline). Other headlines are dropped wherever they are.
 * Rule 2: the dateline is the first date labelled as the publication date anywhere, or else the
 * first bare date in the header. A copy date ("Today : …") is never the dateline.
 * Rule 3: the tail is the run of non-prose paragraphs at the end; an author bio is dropped there
 * and kept as prose anywhere else (a report may describe a journalist).
 * Rule 4: a cut-short line is dropped in the header or next to a headline or a date stamp (a teaser
 * list); after the first prose paragraph, a prose paragraph between a headline and a date stamp is a
 * teaser too.
 * Returns one role per kind, in order. Pure and deterministic.
 *
 * @example
 * assignRoles(['chrome', 'headline', 'prose', 'bio']) // ['dropped', 'title', 'body', 'dropped']
 */
export function assignRoles(kinds: readonly ParagraphKind[]): ParagraphRole[] {
  const firstProse = kinds.indexOf('prose');
  const headerEnd = firstProse === -1 ? kinds.length : firstProse;
  let tailStart = kinds.length;
  while (tailStart > 0 && kinds[tailStart - 1] !== 'prose') tailStart -= 1;
  const title = kinds.findIndex((kind, index) => index < headerEnd && TITLE_KINDS.has(kind));
  const published = kinds.indexOf('published-date');
  const dateline =
    published !== -1 ? published : kinds.findIndex((kind, index) => index < headerEnd && kind === 'date');
  return kinds.map((kind, index): ParagraphRole => {
    if (index === title) return 'title';
    if (index === dateline) return 'dateline';
    const before = kinds[index - 1];
    const after = kinds[index + 1];
    switch (kind) {
      case 'prose':
        return index > headerEnd && before === 'headline' && after !== undefined && DATE_KINDS.has(after)
          ? 'dropped'
          : 'body';
      case 'bio':
        return index >= tailStart ? 'dropped' : 'body';
      case 'truncated': {
        const isInTeaserList = [before, after].some((kind) => kind !== undefined && TEASER_KINDS.has(kind));
        return index < headerEnd || isInTeaserList ? 'dropped' : 'body';
      }
      default:
        return 'dropped';
    }
  });
}
