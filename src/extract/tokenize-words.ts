/** A word of a text with its offsets: `text.slice(start, end) === word`. */
export type WordToken = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
};

/** Abbreviations that keep their trailing period as part of the word ("Gen.", "Mr."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'adm',
  'capt',
  'col',
  'dr',
  'gen',
  'gov',
  'jr',
  'lt',
  'maj',
  'mr',
  'mrs',
  'ms',
  'prof',
  'rep',
  'sen',
  'sgt',
  'sr',
  'st',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
]);

const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu;

/**
 * Splits `text.slice(from, to)` into words, keeping offsets into `text`. A word is letters and
 * digits joined by inner apostrophes, hyphens or periods ("Russia’s", "Jean-Pierre", "U.S").
 * The period after an initial, an abbreviation or a dotted word is kept ("F.", "Gen.", "U.S.").
 * Deterministic; returns `[]` for a range without words.
 */
export function tokenizeWords(text: string, from = 0, to = text.length): WordToken[] {
  const tokens: WordToken[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    const start = from + match.index;
    let end = start + match[0].length;
    if (text[end] === '.' && end < to && keepsPeriod(match[0])) end += 1;
    tokens.push({ text: text.slice(start, end), start, end });
  }
  return tokens;
}

function keepsPeriod(word: string): boolean {
  if (/^\p{L}$/u.test(word)) return true;
  if (word.includes('.')) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
