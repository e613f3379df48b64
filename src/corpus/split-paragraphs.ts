import { endsSentence } from './ends-sentence.js';

/** A region of a text as offsets: `text.slice(start, end)`, without leading or trailing white space. */
export type TextSpan = { readonly start: number; readonly end: number };

/** A trimmed non-blank line and how far it is indented. */
type Line = TextSpan & { readonly indent: number };

/** A paragraph being built: its span, its last line, and whether it is a list item. */
type OpenParagraph = {
  readonly span: TextSpan;
  readonly last: Line;
  readonly lineCount: number;
  readonly isListItem: boolean;
};

const LIST_ITEM = /^(?:[-*•–]\s|\d{1,3}[.)]\s|\(?[a-z\d]{1,4}\)\s)/iu;
/** A Markdown heading or a separator line is a paragraph of its own. */
const OWN_LINE = /^#{1,6}\s|^[^\p{L}\p{N}]+$/u;
/** The first letter, after opening brackets, quotes or Markdown emphasis, is lower case. */
/** A labelled line ("Published: …", "Source: …", "MR. SMITH: …") starts a paragraph of its own. */
const LABELLED_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,2}:\s/u;
const STARTS_LOWER_CASE = /^[[(*_"'“‘]*\p{Ll}/u;
/** A line ending like this goes on: a comma, a dash, an open bracket or a word that needs a next one. */
const CONTINUES =
  /(?:[,;(\-–—]|\b(?:the|a|an|of|to|in|and|or|but|nor|for|with|by|on|at|from|as|that|which|who|whose|its|their|his|her|our|is|are|was|were|has|have|had|be|been|will|would|than))$/iu;
/** Short words that stay lower case in a title-case headline. */
const MINOR_WORD = /^(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|as|into|over|amid|after|vs?\.?)$/iu;

/**
 * Splits a text into paragraphs, as trimmed spans of its unchanged text.
 *
 * A blank line always ends a paragraph. A single line break ends one too (web copies often put one
 * paragraph per line), unless the next line continues the same paragraph: it starts in lower case;
 * the line ends with a comma, a dash or a word such as "the"; it is the indented continuation of a
 * list item; or, in a hard-wrapped file, the line stops mid-sentence where the next word would not
 * have fitted (a line broken early on purpose, such as a headline, stays apart). A list item, a
 * Markdown heading and a separator line always start a new paragraph. Starts reading at `from`
 * (the end of the front matter). Returns an empty list for a blank text. Pure and deterministic.
 *
 * @example
 * splitParagraphs('Headline\nFirst line\nwraps here.\n\nNext.') // [{0,8}, {9,30}, {32,37}]
 */
export function splitParagraphs(text: string, from = 0): TextSpan[] {
  const lines = readLines(text, from);
  const wrapWidth = findWrapWidth(lines);
  const paragraphs: OpenParagraph[] = [];
  let isAfterBlank = true;
  for (const line of lines) {
    if (line === null) {
      isAfterBlank = true;
      continue;
    }
    const open = isAfterBlank ? undefined : paragraphs.at(-1);
    if (open && continuesParagraph(text, open, line, wrapWidth)) {
      const span = { start: open.span.start, end: line.end };
      paragraphs[paragraphs.length - 1] = { ...open, span, last: line, lineCount: open.lineCount + 1 };
    } else {
      const isListItem = LIST_ITEM.test(text.slice(line.start, line.end));
      paragraphs.push({ span: { start: line.start, end: line.end }, last: line, lineCount: 1, isListItem });
    }
    isAfterBlank = false;
  }
  return paragraphs.map((paragraph) => paragraph.span);
}

/** The trimmed non-blank lines from `from` on; `null` stands for a blank line. */
function readLines(text: string, from: number): (Line | null)[] {
  const lines: (Line | null)[] = [];
  const breaks = /\r\n|\r|\n/gu;
  breaks.lastIndex = from;
  let start = from;
  while (start <= text.length) {
    const match = breaks.exec(text);
    const end = match ? match.index : text.length;
    const raw = text.slice(start, end);
    const indent = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    lines.push(raw.trim() === '' ? null : { start: start + indent, end: end - trail, indent });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return lines;
}

/**
 * The column a hard-wrapped file is wrapped at, or null when it is not hard-wrapped. Rule: most
 * lines longer than 40 characters fit in 100 (a long link may not), and the wrap column is the 75th
 * percentile of their lengths: wrapped lines fill the width up to a word that did not fit.
 */
function findWrapWidth(lines: readonly (Line | null)[]): number | null {
  const long = lines.flatMap((line) => (line && line.end - line.start > 40 ? [line.end - line.start] : []));
  const fitting = long.filter((length) => length <= 100).sort((a, b) => a - b);
  if (fitting.length < 3 || fitting.length * 2 < long.length) return null;
  return fitting[Math.floor(fitting.length * 0.75)] ?? null;
}

function continuesParagraph(text: string, open: OpenParagraph, line: Line, wrapWidth: number | null): boolean {
  const previous = text.slice(open.last.start, open.last.end);
  const next = text.slice(line.start, line.end);
  if (LIST_ITEM.test(next) || OWN_LINE.test(next) || OWN_LINE.test(previous) || LABELLED_LINE.test(next)) return false;
  if (STARTS_LOWER_CASE.test(next)) return true;
  if (open.isListItem && line.indent >= 2) return true;
  if (endsSentence(previous)) return false;
  if (CONTINUES.test(previous)) return true;
  // A headline is the first line of its paragraph: further down, capitals are names, not a headline.
  if (wrapWidth === null || (open.lineCount === 1 && isTitleCase(previous))) return false;
  // A wrapped line ends where the next word would not fit; a shorter line was broken on purpose.
  const nextWord = next.split(/\s/u, 1)[0] ?? '';
  return previous.length + 1 + nextWord.length > wrapWidth;
}

/** True when (nearly) every word that matters starts with a capital letter, as in a headline. */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/u).filter((word) => /\p{L}/u.test(word) && !MINOR_WORD.test(word));
  const capitalised = words.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised / words.length >= 0.9;
}
