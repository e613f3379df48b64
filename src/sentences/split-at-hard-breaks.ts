import { isHorizontalSpace, isLineBreakCode } from './white-space-codes.js';

/** A part of a text, as offsets. */
export type TextRange = { readonly start: number; readonly end: number };

/** Where a single line break sits in a text: the line before it, the break itself, and where the text ends. */
type LineBreakAt = {
  /** Offset of the first character of the line before the break. */
  readonly lineStart: number;
  /** Offset of the line-break character(s). */
  readonly breakStart: number;
  /** Offset just after the line-break character(s). */
  readonly nextStart: number;
  /** Offset where the text being split ends. */
  readonly end: number;
};

/** A line longer than this is a whole paragraph on one line, not a line of a hard-wrapped paragraph. */
const MAX_WRAPPED_LINE_LENGTH = 200;

// Rule 2: a list item starts a new sentence: "- ", "* ", "• ", "1. ", "2) ", "# " (a Markdown heading).
const LIST_MARKER = /^(?:[-*•‣◦▪·]|\d{1,3}[.)]|#{1,6})[ \t]/;
const TERMINATORS = '.!?\u2026\u203C\u2047\u2048\u2049';
const CLOSERS = '"\'\u201D\u2019\u00BB\u203A)]}*_';
// Lower-case words allowed inside a title-case heading.
const MINOR_WORDS: ReadonlySet<string> = new Set(
  'a an the and or nor but of in on at to for from by with as vs via into onto over amid after per than up off out de von van al bin da la du'.split(
    ' ',
  ),
);
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const FIRST_LETTER = /\p{L}/u;
const NON_LETTERS = /\P{L}+/gu;

// One line break; CRLF counts as one.
const LINE_BREAK_SOURCE = '\\r\\n?|[\\n\\u2028\\u2029]';

/**
 * Cuts a text into paragraphs at its hard line breaks: the ranges cover the whole text, in order,
 * and each range after the first starts at the line break that ends the one before. No sentence
 * crosses a hard break. Every other line break is white space, so a hard-wrapped paragraph keeps a
 * sentence across lines. Pure; a text without hard breaks is one range.
 *
 * @example
 * splitAtHardBreaks('World News\nKim left.'); // [{ start: 0, end: 10 }, { start: 10, end: 20 }]
 */
export function splitAtHardBreaks(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const lineBreaks = new RegExp(LINE_BREAK_SOURCE, 'g');
  let start = 0;
  let lineStart = 0;
  for (let found = lineBreaks.exec(text); found !== null; found = lineBreaks.exec(text)) {
    const nextStart = found.index + found[0].length;
    if (isHardLineBreak(text, { lineStart, breakStart: found.index, nextStart, end: text.length })) {
      ranges.push({ start, end: found.index });
      start = found.index;
    }
    lineStart = nextStart;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

/**
 * Decides whether a single line break ends a sentence even though no full stop ends the line.
 * Hard breaks, in order:
 *
 * 1. a blank line (only white space between two line breaks) or U+2029 PARAGRAPH SEPARATOR;
 * 2. the next line starts a list item or a Markdown heading;
 * 3. the line before ends with a colon ("Related links:");
 * 4. the next line starts with a lower-case letter: never a hard break (the sentence goes on);
 * 5. the line before ends with a full stop, "?" or "!" (with closing quotes): the sentence rules decide;
 * 6. the line before is longer than {@link MAX_WRAPPED_LINE_LENGTH}: one paragraph per line;
 * 7. the line before reads as a heading: Title Case without closing punctuation ("World News").
 */
function isHardLineBreak(text: string, at: LineBreakAt): boolean {
  if (text[at.breakStart] === '\u2029') return true;
  let next = at.nextStart;
  while (next < at.end && isHorizontalSpace(text.charCodeAt(next))) next++;
  if (next >= at.end) return false;
  if (isLineBreakCode(text.charCodeAt(next))) return true;
  if (LIST_MARKER.test(text.slice(next, next + 8))) return true;
  let last = at.breakStart - 1;
  while (last >= at.lineStart && isHorizontalSpace(text.charCodeAt(last))) last--;
  if (last < at.lineStart) return false;
  if (text[last] === ':') return true;
  if (LOWER.test(text[next] ?? '')) return false;
  let beforeClosers = last;
  while (beforeClosers >= at.lineStart && CLOSERS.includes(text[beforeClosers] ?? '')) beforeClosers--;
  if (beforeClosers >= at.lineStart && TERMINATORS.includes(text[beforeClosers] ?? '')) return false;
  let first = at.lineStart;
  while (first < last && isHorizontalSpace(text.charCodeAt(first))) first++;
  if (last + 1 - first > MAX_WRAPPED_LINE_LENGTH) return true;
  return isTitleCase(text.slice(first, last + 1));
}

function isTitleCase(line: string): boolean {
  let hasCapital = false;
  for (const word of line.split(/\s+/)) {
    const found = FIRST_LETTER.exec(word);
    if (found === null) continue;
    const letter = found[0];
    if (UPPER.test(letter)) hasCapital = true;
    else if (!MINOR_WORDS.has(word.replace(NON_LETTERS, '').toLowerCase())) return false;
  }
  return hasCapital;
}
