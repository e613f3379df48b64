/**
 * One token of a sentence for the figure rules: a run of digits (with inner separators), a word
 * (with inner apostrophes), a dotted acronym ("U.S."), or a single other character. Offsets are
 * relative to the tokenised text: `text.slice(start, end) === token.text`.
 */
export type FigureToken = {
  readonly text: string;
  /** Lower-cased text, curly apostrophes made straight. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly type: 'digits' | 'word' | 'mark';
};

// Dotted acronyms first so "U.S." stays one token; digits keep "3,000" and "1.5" whole.
const LETTER = /^\p{L}/u;

/** Digits, a word or a mark, read from the first character (a regular expression only beyond ASCII). */
function typeOf(word: string): FigureToken['type'] {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return 'digits';
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return 'word';
  return first < 128 || !LETTER.test(word) ? 'mark' : 'word';
}
const TOKEN = /(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S/gu;

/**
 * Splits a sentence into figure tokens. Unlike the search tokeniser, it keeps "3,000", "1.5" and
 * "U.S." whole and keeps punctuation as tokens, because the figure rules read hyphens, currency
 * signs and commas. Deterministic; returns `[]` for blank text.
 *
 * @example
 * tokenizeFigureText('over 3,000 killed').map((t) => t.text); // ['over', '3,000', 'killed']
 */
export function tokenizeFigureText(text: string): FigureToken[] {
  const tokens: FigureToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    const type = typeOf(word);
    const lower = word.toLowerCase();
    tokens.push({
      text: word,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start,
      end: start + word.length,
      type,
    });
  }
  return tokens;
}
