import { findQuoteSpans } from './find-quote-spans.js';
import { classifyAbbreviation, isSentenceStarter } from './sentence-abbreviations.js';
import { splitAtHardBreaks, type TextRange } from './split-at-hard-breaks.js';
import { isLineBreakCode, isWhiteSpaceCode } from './white-space-codes.js';

/** A sentence as offsets: `text.slice(start, end)` is trimmed and not empty. */
export type SentenceSpan = { readonly start: number; readonly end: number };

// A run of sentence terminators: ".", "...", "?!", "…".
const TERMINATORS_SOURCE = '[.!?\\u2026\\u203C\\u2047-\\u2049]+';
const STRONG = /[!?\u203C\u2047-\u2049]/;
const CLOSERS = '"\'\u201D\u2019\u00BB\u203A)]}*_';
const QUOTE_OPENERS = '"\u201C\u00AB';
const OPENERS = '"\'\u201C\u2018\u00AB\u2039([{*_\u00BF\u00A1';
// After a terminator and a space, these continue the sentence: "U.S. , which" or "(approx. )".
const CONTINUATIONS = ',;:%)]}';
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const DIGIT = /[0-9]/;
// Words are looked at only this far, so a long run of letters and dots costs linear time.
const MAX_WORD_LENGTH = 40;

/**
 * Finds the sentences of `text` between `range.start` and `range.end`.
 *
 * The range is cut into pieces and each piece is trimmed, so the sentences cover every
 * non-space character of the range, in order, without overlap. A cut falls:
 * - at a hard line break (see `splitAtHardBreaks`); any other line break is white space;
 * - after a terminator run and its closing quotes and brackets, when what follows starts a new
 *   sentence (see `breaksAfter`), unless the terminator is inside a quotation that closes later
 *   in the paragraph (see `findQuoteSpans`), and only if the piece before it holds a letter (so
 *   "... And then" and "1. Item" stay whole).
 *
 * Pure and deterministic: the same text and range give the same spans.
 *
 * @example
 * findSentenceSpans('Gen. Kim left.Next day.', { start: 0, end: 23 });
 * // [{ start: 0, end: 14 }, { start: 14, end: 23 }]
 */
export function findSentenceSpans(text: string, range: TextRange): SentenceSpan[] {
  const local = text.slice(range.start, range.end);
  const paragraphs = splitAtHardBreaks(local);
  const quotes = findQuoteSpans(local, paragraphs);
  const spans: SentenceSpan[] = [];
  const terminators = new RegExp(TERMINATORS_SOURCE, 'g');
  let cut = 0;
  let paragraphIndex = 0;
  let quoteIndex = 0;
  let hasLetter = false;
  let scanned = 0;
  for (let found = terminators.exec(local); found !== null; found = terminators.exec(local)) {
    const at = found.index;
    const after = at + found[0].length;
    let paragraph = paragraphs[paragraphIndex];
    while (paragraph !== undefined && paragraph.end <= at) {
      cut = pushSpan(spans, local, cut, paragraph.end, range.start);
      hasLetter = false;
      paragraphIndex++;
      paragraph = paragraphs[paragraphIndex];
    }
    const paragraphEnd = paragraph?.end ?? local.length;
    let closed = after;
    while (closed < paragraphEnd && CLOSERS.includes(local[closed] ?? '')) closed++;
    terminators.lastIndex = closed;
    while ((quotes[quoteIndex]?.end ?? Number.POSITIVE_INFINITY) <= at) quoteIndex++;
    const quote = quotes[quoteIndex];
    const isInsideQuote = quote !== undefined && quote.start < at && closed < quote.end;
    // The letter check scans each character once, whatever the number of terminators.
    if (!hasLetter) hasLetter = LETTER.test(local.slice(Math.max(cut, scanned), at));
    scanned = at;
    if (isInsideQuote || !hasLetter) continue;
    if (breaksAfter(local.slice(0, paragraphEnd), at, after, closed)) {
      cut = pushSpan(spans, local, cut, closed, range.start);
      hasLetter = false;
    }
  }
  for (const paragraph of paragraphs.slice(paragraphIndex))
    cut = pushSpan(spans, local, cut, paragraph.end, range.start);
  return spans;
}

/**
 * Decides whether a sentence ends after the terminator run `text[at, after)` and its closers
 * `text[after, closed)`. The next sentence must look like one: it does not start with a
 * lower-case letter (so `"We will fight." he said` stays one sentence) or a comma.
 */
function breaksAfter(text: string, at: number, after: number, closed: number): boolean {
  let next = closed;
  let hasLineBreak = false;
  while (next < text.length && isWhiteSpaceCode(text.charCodeAt(next))) {
    if (isLineBreakCode(text.charCodeAt(next))) hasLineBreak = true;
    next++;
  }
  if (next >= text.length) return false;
  let first = next;
  while (first < text.length && OPENERS.includes(text[first] ?? '')) first++;
  const letter = text[first] ?? '';
  if (next === closed) return breaksWithoutSpace(text, at, after, first);
  if (CONTINUATIONS.includes(text[next] ?? '') || LOWER.test(letter)) return false;
  const run = text.slice(at, after);
  if (STRONG.test(run)) return true;
  if (run !== '.') return hasLineBreak || UPPER.test(letter);
  const word = wordBefore(text, at);
  switch (classifyAbbreviation(word)) {
    case 'title':
      return false;
    case 'number-prefix':
      return !DIGIT.test(letter);
    case 'ambiguous':
      return breaksAfterAmbiguous(text, word, { next, first, hasLineBreak });
    case 'word':
      return true;
  }
}

/**
 * Rule: "U.S. Army" and "Inc. (HUM)" go on; "the U.S. The", "U.S. \"We" (an opening double quote) and
 * "U.S.\nOfficials" (a new line) end. After an initial ("F.") only a starter word ends the sentence.
 */
function breaksAfterAmbiguous(
  text: string,
  word: string,
  at: { readonly next: number; readonly first: number; readonly hasLineBreak: boolean },
): boolean {
  const nextWord = wordAt(text, at.first);
  const isInitialNext = nextWord.length === 1 && text[at.first + 1] === '.';
  if (word.length === 1) return isSentenceStarter(nextWord) && !isInitialNext;
  if (QUOTE_OPENERS.includes(text[at.next] ?? '')) return true;
  if (at.hasLineBreak && UPPER.test(text[at.first] ?? '')) return true;
  return isSentenceStarter(nextWord) && !isInitialNext;
}

/** Rule: "they left.Next day" ends; "www.rfa.org", "U.S.-led", "No.1", "3.5" and "St.Petersburg" do not. */
function breaksWithoutSpace(text: string, at: number, after: number, first: number): boolean {
  const isCapitalWord = UPPER.test(text[first] ?? '') && LOWER.test(text[first + 1] ?? '');
  if (!isCapitalWord) return false;
  if (text.slice(at, after) !== '.') return true;
  const before = text[at - 1] ?? '';
  if (!(LOWER.test(before) || DIGIT.test(before) || CLOSERS.includes(before))) return false;
  const word = wordBefore(text, at);
  return !word.includes('.') && classifyAbbreviation(word) === 'word';
}

/** The letters and inner full stops just before `at`: "U.S" before the last stop of "U.S.". */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < MAX_WORD_LENGTH) {
    const char = text[start - 1] ?? '';
    if (char !== '.' && !LETTER.test(char)) break;
    start--;
  }
  while (text[start] === '.') start++;
  return text.slice(start, at);
}

function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < MAX_WORD_LENGTH && LETTER.test(text[end] ?? '')) end++;
  return text.slice(at, end);
}

function pushSpan(spans: SentenceSpan[], text: string, from: number, to: number, offset: number): number {
  let start = from;
  let end = to;
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start: start + offset, end: end + offset });
  return to;
}
