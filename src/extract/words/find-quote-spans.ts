/**
 * One pair of quote marks in a text. Offsets are relative to the text searched.
 * `text.slice(start, end)` is the quoted words, trimmed of white space and of a trailing comma.
 */
export type QuoteSpan = {
  /** Offset of the opening mark. */
  readonly open: number;
  readonly start: number;
  readonly end: number;
  /** Offset just after the closing mark; the end of the text when the quote is cut. */
  readonly close: number;
  /** True when the quote was opened and never closed before the end of the text. */
  readonly isCut: boolean;
  readonly marks: 'double' | 'single';
};

const DOUBLE_OPENERS = '“„«';
const DOUBLE_CLOSERS = '”»';
const DOUBLE_MARKS = `"${DOUBLE_OPENERS}${DOUBLE_CLOSERS}`;
const SINGLE_MARKS = "'‘’";
const DOUBLE_MARK = new RegExp(`[${DOUBLE_MARKS}]`, 'g');
const SINGLE_MARK = new RegExp(`[${SINGLE_MARKS}]`, 'g');
/** Elisions that begin with an apostrophe: "'90s", "'em", "rock 'n' roll". */
const ELISION = /^(?:\d\d(?:s|\b)|em\b|tis\b|twas\b|til\b|cause\b|n\b)/i;
const MAX_SINGLE_QUOTE = 600;

/**
 * Finds quoted passages in a paragraph: straight, curly and single marks, mixed straight and
 * curly pairs ("…” or “…"), and a quote opened and never closed (a truncated copy: `isCut`).
 *
 * Rules, in order:
 * 1. Double marks pair by position: a mark after white space (or at the start) and before a word
 *    opens; a mark after a word and before white space or punctuation closes; curly shapes break
 *    ties. An opening mark met while a quote is open means the open quote was cut there.
 * 2. Single marks are quotes only outside double quotes and only when both ends are found: a mark
 *    between two letters ("it’s", "Russia’s") is an apostrophe, and a closing candidate after an
 *    "s" followed by a word ("soldiers’ lives") is passed over while a better close follows. An
 *    unpaired single mark is never a cut quote: it is far more often an apostrophe.
 * 3. A quote inside another quote is part of it, not a quote of its own.
 *
 * Returns spans in text order; `[]` when there are none. Pure.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = findDoubleSpans(text);
  const singles = findSingleSpans(text, doubles);
  const all = [...doubles, ...singles].sort((a, b) => a.open - b.open || b.close - a.close);
  return all.filter(
    (span) => !all.some((other) => other !== span && other.open <= span.open && other.close >= span.close),
  );
}

function findDoubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt: number | null = null;
  // Jump from mark to mark: most of a paragraph is words.
  for (const found of text.matchAll(DOUBLE_MARK)) {
    const i = found.index;
    const mark = found[0];
    const side = flank(text, i);
    if (openAt === null) {
      if (side !== 'right') openAt = i;
    } else if (DOUBLE_OPENERS.includes(mark) || mark === '"' ? side === 'left' : false) {
      pushSpan(spans, text, openAt, i, true);
      openAt = i;
    } else {
      pushSpan(spans, text, openAt, i, false);
      openAt = null;
    }
  }
  if (openAt !== null) pushSpan(spans, text, openAt, text.length, true);
  return spans;
}

function findSingleSpans(text: string, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const isInsideDouble = (i: number) => doubles.some((span) => i > span.open && i < span.close);
  const openers: number[] = [];
  const closers: { at: number; isWeak: boolean }[] = [];
  for (const found of text.matchAll(SINGLE_MARK)) {
    const i = found.index;
    if (isInsideDouble(i)) continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (isWordChar(before) && isWordChar(after)) continue;
    if (text[i] !== '’' && !isWordChar(before) && isWordChar(after) && !ELISION.test(text.slice(i + 1, i + 6))) {
      openers.push(i);
    } else if (text[i] !== '‘' && (isWordChar(before) || /[.,!?…]/.test(before)) && !isWordChar(after)) {
      closers.push({ at: i, isWeak: /[sS]/.test(before) && /^\s+\p{L}/u.test(text.slice(i + 1, i + 4)) });
    }
  }
  const spans: QuoteSpan[] = [];
  let after = -1;
  for (const [index, open] of openers.entries()) {
    if (open <= after) continue;
    const bound = Math.min(open + MAX_SINGLE_QUOTE, openers[index + 1] ?? text.length);
    const candidates = closers.filter((closer) => closer.at > open + 1 && closer.at <= bound);
    const closer = candidates.find((candidate) => !candidate.isWeak) ?? candidates[0];
    if (!closer) continue;
    pushSpan(spans, text, open, closer.at, false, 'single');
    after = closer.at;
  }
  return spans;
}

/** Which side of a word a mark sits on: `left` opens, `right` closes, `both`/`none` are ambiguous. */
function flank(text: string, i: number): 'left' | 'right' | 'both' | 'none' {
  const isSpaceBefore = i === 0 || /[\s([{—–-]/.test(text[i - 1] as string);
  const isSpaceAfter = i + 1 >= text.length || /[\s)\]}.,;:!?—–…]/.test(text[i + 1] as string);
  if (isSpaceBefore && !isSpaceAfter) return 'left';
  if (!isSpaceBefore && isSpaceAfter) return 'right';
  return isSpaceBefore ? 'none' : 'both';
}

function pushSpan(
  spans: QuoteSpan[],
  text: string,
  open: number,
  closeMark: number,
  isCut: boolean,
  marks: QuoteSpan['marks'] = 'double',
): void {
  let start = open + 1;
  let end = closeMark;
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1] as string)) end -= 1;
  if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;
  spans.push({ open, start, end, close: isCut ? closeMark : closeMark + 1, isCut, marks });
}

function isWordChar(char: string): boolean {
  // Plain ASCII (nearly every character around a mark) without the regex.
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(char);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
