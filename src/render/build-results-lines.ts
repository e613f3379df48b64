import type { ResultsAnswer } from '../answer/answer.js';
import { formatNumber } from './format-count.js';

/**
 * The template lines of a `/reports` answer that both renderers print, in order, before and after
 * the numbered reports, so the terminal and Slack say the same:
 * - `count`: "Reports 1–5 of 23 for “storm shadow” · terms: storm, shadow" (and the terms too
 *   common to search);
 * - `notes`: the framing words not searched, and the near spellings matched (named, not marked);
 * - `narrow`: how many matching reports are not shown and how to narrow, or null on the last page.
 * Plain text, not escaped. Deterministic.
 */
export type ResultsLines = {
  readonly count: string;
  readonly notes: readonly string[];
  readonly narrow: string | null;
};

/** The shared lines of a `/reports` answer (see `ResultsLines`). */
export function buildResultsLines(answer: ResultsAnswer): ResultsLines {
  const first = answer.offset + 1;
  const last = answer.offset + answer.results.length;
  const terms = answer.terms.length > 0 ? ` · terms: ${answer.terms.join(', ')}` : '';
  const skipped = answer.skippedTerms.length > 0 ? ` · too common to search: ${answer.skippedTerms.join(', ')}` : '';
  const notes: string[] = [];
  const ignored = answer.ignoredWords ?? [];
  if (ignored.length > 0) notes.push(`Not searched (they only frame the question): ${ignored.join(', ')}`);
  const near = answer.nearSpellings ?? [];
  if (near.length > 0) {
    notes.push(
      answer.isNearOnly === true
        ? `No report has these words as written; only near spellings matched: ${near.join(', ')}`
        : `Near spellings also matched (not marked): ${near.join(', ')}`,
    );
  }
  const unshown = answer.total - last;
  const narrow =
    answer.nextCursor !== null && unshown > 0
      ? `${formatNumber(unshown)} more matching ${unshown === 1 ? 'report is' : 'reports are'} not shown: add words to narrow the search.`
      : null;
  return {
    count: `Reports ${first}–${last} of ${formatNumber(answer.total)} for “${answer.query}”${terms}${skipped}`,
    notes,
    narrow,
  };
}
