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
    const type = /^\d/.test(word) ? 'digits' : /^\p{L}/u.test(word) ? 'word' : 'mark';
    tokens.push({ text: word, lower: word.toLowerCase().replace(/’/g, "'"), start, end: start + word.length, type });
  }
  return tokens;
}
