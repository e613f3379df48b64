import { HONORIFICS, NAME_PARTICLES } from './speaker-words.js';

/**
 * Folds a name into comparable words: lowercase, accents and punctuation removed, honorifics and
 * particles dropped, and common transliteration variants made equal, so "Zelenskyy",
 * "Zelenskiy", "Zelenski" and "Zelensky" all give "zelensky", and "Wolodymyr" gives "volodymyr".
 * Initials keep their letter ("John F. Kirby" → ["john", "f", "kirby"]). Deterministic; `[]` for
 * a text without letters.
 *
 * @example
 * normalisePersonName('Ukrainian President Volodymyr Zelenskyy'); // [..., 'volodymyr', 'zelensky']
 */
export function normalisePersonName(name: string): string[] {
  let words = NORMALISED.get(name);
  if (words === undefined) {
    words = name
      .split(/[\s]+/)
      .filter((word) => !HONORIFICS.has(word.toLowerCase()) && !NAME_PARTICLES.has(word))
      .map(foldNameWord)
      .filter((word) => word !== '');
    if (NORMALISED.size >= MAX_FOLDED) NORMALISED.clear();
    NORMALISED.set(name, words);
  }
  // A copy, so a caller that changes its array never changes the memo.
  return words.slice();
}

const NORMALISED = new Map<string, readonly string[]>();

/** Folds one word of a name (see `normalisePersonName`). */
export function foldNameWord(word: string): string {
  const known = FOLDED.get(word);
  if (known !== undefined) return known;
  const folded = foldUncached(word);
  // Memoised: names repeat across paragraphs and reports. Bounded so a long run never grows it without end.
  if (FOLDED.size >= MAX_FOLDED) FOLDED.clear();
  FOLDED.set(word, folded);
  return folded;
}

const FOLDED = new Map<string, string>();
const MAX_FOLDED = 50_000;

function foldUncached(word: string): string {
  const letters = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  const folded = letters
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/(?!^)j/g, 'y')
    .replace(/(.)\1+/g, '$1');
  return folded.length > 2 ? folded.replace(/(?:iy|yi|ii|i)$/, 'y') : folded;
}
