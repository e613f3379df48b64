import type { TextRange } from './split-at-hard-breaks.js';

/** A quotation longer than this is more likely a missing quote mark than one quotation, so it is ignored. */
export const MAX_QUOTE_LENGTH = 600;

const QUOTE_MARKS = /["\u201C\u201D\u00AB\u00BB]/g;

/**
 * Finds the double-quoted passages of each paragraph, from the opening mark to just after the
 * closing one, so the sentence splitter can keep a quotation of several sentences whole.
 *
 * Rules: “ and « open, ” and » close. A straight " opens when it follows white space (or an
 * opening bracket or a dash) and comes before a word, closes when it follows a word or punctuation
 * and comes before white space or punctuation, and otherwise closes an open quotation or opens one.
 * A closing mark with no open quotation is ignored. An opening mark inside an open quotation starts again from there; a quotation never crosses
 * a paragraph, and one left open at a paragraph's end is dropped (a truncated or multi-paragraph
 * quote), as is one longer than {@link MAX_QUOTE_LENGTH}. Single quotes are not paired: they are
 * too often apostrophes. Returns the passages in text order, never overlapping. Pure.
 *
 * @example
 * findQuoteSpans('He said "Go. Now." Then', [{ start: 0, end: 23 }]); // [{ start: 8, end: 18 }]
 */
export function findQuoteSpans(text: string, paragraphs: readonly TextRange[]): TextRange[] {
  const spans: TextRange[] = [];
  const marks = new RegExp(QUOTE_MARKS);
  let paragraphIndex = 0;
  let open = -1;
  for (let found = marks.exec(text); found !== null; found = marks.exec(text)) {
    const at = found.index;
    while ((paragraphs[paragraphIndex]?.end ?? Number.POSITIVE_INFINITY) <= at) {
      paragraphIndex++;
      open = -1;
    }
    const mark = found[0];
    const isOpening = mark === '\u201C' || mark === '\u00AB' || (mark === '"' && isStraightOpening(text, at, open));
    if (isOpening) {
      open = at;
    } else if (open >= 0) {
      if (at + 1 - open <= MAX_QUOTE_LENGTH) spans.push({ start: open, end: at + 1 });
      open = -1;
    }
  }
  return spans;
}

const SPACE_BEFORE_OPENING = /[\s([{\u2014\u2013-]/;
const SPACE_OR_PUNCTUATION = /[\s.,;:!?)\]}\u2014\u2013-]/;

function isStraightOpening(text: string, at: number, open: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  const isAfterSpace = before === undefined || SPACE_BEFORE_OPENING.test(before);
  const isBeforeSpace = after === undefined || SPACE_OR_PUNCTUATION.test(after);
  if (isAfterSpace && !isBeforeSpace) return true;
  if (!isAfterSpace && isBeforeSpace) return false;
  return open < 0;
}
