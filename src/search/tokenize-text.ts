import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stop-words.js';

/** One word of a text, with its exact position and its normalised forms. */
export type WordToken = {
  /** `text.slice(start, end) === raw`. */
  readonly start: number;
  readonly end: number;
  /** The word as written ("Russia’s", "U.S.", "10,000"). */
  readonly raw: string;
  /**
   * The folded word: lower case, diacritics stripped, a possessive "'s" and other apostrophes removed,
   * the dots of an abbreviation and the thousands separators of a number removed ("russia", "us", "10000").
   */
  readonly word: string;
  /** The index term: the Porter stem of `word`; words with digits or non-Latin letters are kept whole. */
  readonly stem: string;
  readonly isStopWord: boolean;
};

/**
 * A token is either a dotted abbreviation ("U.S.", "e.g.") or a run of letters and digits that may
 * hold an apostrophe before a letter ("Russia's", "don't") or a dot or comma between digits
 * ("10,000", "3.5"). Everything else separates words, hyphens included: "Jong-un" is "Jong" and
 * "un", so "Kim Jong-un" and "Kim Jong Un" are the same three words.
 */
const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’](?=\p{L})|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;
const ASCII = /^[\x20-\x7e]*$/;
const LATIN_WORD = /^[a-z]+$/;
const THOUSANDS_SEPARATOR = /(?<=\d),(?=\d{3}(?!\d))/g;
/** Letters that Unicode decomposition does not reduce to ASCII. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
/** Porter stems that would merge unrelated words ("news" would become "new"). */
const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([['news', 'news']]);
/**
 * Memo of `normalizeWord`, a pure function: the same few thousand spellings make up most of any
 * text, and stemming dominates indexing time without it. Bounded, and cleared when full, so it can
 * neither grow without limit nor change any result.
 */
const NORMALIZED = new Map<string, Normalized>();
const MAX_MEMO_SIZE = 200_000;

type Normalized = Pick<WordToken, 'word' | 'stem' | 'isStopWord'>;

/**
 * Splits a text into words with exact offsets and normalises each one. Pure and deterministic:
 * case folding uses `toLowerCase` (locale-independent), diacritics are removed by NFKD
 * decomposition (which also maps ligatures and full-width forms) and stripping combining marks.
 *
 * @example
 * tokenizeText('Russia’s U.S.-made missiles').map((token) => token.stem); // ['russia', 'us', 'made', 'missil']
 */
export function tokenizeText(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const { word, stem, isStopWord } = normalizeWord(raw);
    if (word !== '') tokens.push({ start: match.index, end: match.index + raw.length, raw, word, stem, isStopWord });
  }
  return tokens;
}

function normalizeWord(raw: string): Normalized {
  const known = NORMALIZED.get(raw);
  if (known !== undefined) return known;
  const word = foldWord(raw);
  const normalized = { word, stem: stemWord(word), isStopWord: STOP_WORDS.has(word) };
  if (NORMALIZED.size >= MAX_MEMO_SIZE) NORMALIZED.clear();
  NORMALIZED.set(raw, normalized);
  return normalized;
}

function foldWord(raw: string): string {
  let word = ASCII.test(raw) ? raw.toLowerCase() : foldUnicode(raw);
  word = word.replace(/’/g, "'").replace(/'s$/, '').replace(/'/g, '');
  if (ABBREVIATION.test(raw)) return word.replace(/\./g, '');
  return word.replace(THOUSANDS_SEPARATOR, '');
}

function foldUnicode(raw: string): string {
  // NFKD first so compatibility forms lower-case correctly, then again because lower-casing
  // some letters ("İ") adds a combining mark.
  const lower = raw
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  return lower.replace(/[ßæœøłđðþı]/g, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

function stemWord(word: string): string {
  if (!LATIN_WORD.test(word)) return word;
  return STEM_EXCEPTIONS.get(word) ?? stemmer(word);
}
