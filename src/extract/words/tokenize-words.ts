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

/**
 * Splits `text.slice(from, to)` into words, keeping offsets into `text`. A word is letters and
 * digits joined by inner apostrophes, hyphens or periods ("Russia’s", "Jean-Pierre", "U.S").
 * The period after an initial, an abbreviation or a dotted word is kept ("F.", "Gen.", "U.S.").
 * Deterministic; returns `[]` for a range without words.
 */
export function tokenizeWords(text: string, from = 0, to = text.length): WordToken[] {
  // Read by character code rather than with `/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu` on the slice:
  // the same words (the slice's bounds as `slice` takes them), without a regex match per word.
  const base = from < 0 ? Math.max(text.length + from, 0) : Math.min(from, text.length);
  const bound = to < 0 ? Math.max(text.length + to, 0) : Math.min(to, text.length);
  const tokens: WordToken[] = [];
  let at = base;
  while (at < bound) {
    // Plain ASCII is told apart inline: this loop sees every character of every paragraph.
    const code = text.charCodeAt(at);
    const width = code < 128 ? (ASCII_WORD_CHARS[code] as number) : wordCharWidth(text, at, bound);
    if (width === 0) {
      at += code < 128 ? 1 : codePointWidth(text, at, bound);
      continue;
    }
    const matchStart = at;
    at = skipWordChars(text, at + width, bound);
    // An inner apostrophe, hyphen or period joins two runs of letters and digits.
    while (at + 1 < bound && isJoiner(text.charCodeAt(at))) {
      const next = wordCharWidth(text, at + 1, bound);
      if (next === 0) break;
      at = skipWordChars(text, at + 1 + next, bound);
    }
    const start = from + (matchStart - base);
    let end = start + (at - matchStart);
    if (text[end] === '.' && end < to && keepsPeriod(text.slice(matchStart, at))) end += 1;
    tokens.push({ text: text.slice(start, end), start, end });
  }
  return tokens;
}

function keepsPeriod(word: string): boolean {
  if (word.length <= 2 && /^\p{L}$/u.test(word)) return true;
  if (word.includes('.')) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function isJoiner(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019 || code === 45;
}

function skipWordChars(text: string, from: number, bound: number): number {
  let at = from;
  while (at < bound) {
    const code = text.charCodeAt(at);
    const width = code < 128 ? (ASCII_WORD_CHARS[code] as number) : wordCharWidth(text, at, bound);
    if (width === 0) break;
    at += width;
  }
  return at;
}

/** Code units of the letter or digit (`[\p{L}\p{N}]`, by code point) at `at` before `bound`; 0 when it is none. */
function wordCharWidth(text: string, at: number, bound: number): number {
  if (at >= bound) return 0;
  const code = text.charCodeAt(at);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code < 0xd800 || code > 0xdfff) return isBmpWordChar(code) ? 1 : 0;
  if (code <= 0xdbff && at + 1 < bound) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return 0;
}

/** Code units of the code point at `at` before `bound` (a surrogate pair counts as one). */
function codePointWidth(text: string, at: number, bound: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= bound) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** 1 for the ASCII letters and digits, else 0. */
const ASCII_WORD_CHARS = Uint8Array.from({ length: 128 }, (_, code) =>
  WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0,
);
/** Whether each code unit outside the surrogates is a letter or digit: 0 not known yet, 1 yes, 2 no. */
const BMP_WORD_CHARS = new Uint8Array(0x10000);

function isBmpWordChar(code: number): boolean {
  let known = BMP_WORD_CHARS[code] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_WORD_CHARS[code] = known;
  }
  return known === 1;
}
