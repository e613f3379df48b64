import { HONORIFICS, NAME_PARTICLES } from '../words/speaker-words.js';

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
  // A copy, so a caller that changes its array never changes the memo.
  return readFoldedName(name).words.slice();
}

/** A name folded by `normalisePersonName`: its words, and the words joined by one space. */
export type FoldedName = { readonly words: readonly string[]; readonly key: string };

/**
 * `normalisePersonName(name)` and its words joined by a space, memoised and shared: for callers
 * that fold the same names again and again and only read the result (the words are frozen).
 * Deterministic.
 *
 * @example
 * readFoldedName('John F. Kirby'); // { words: ['john', 'f', 'kirby'], key: 'john f kirby' }
 */
export function readFoldedName(name: string): FoldedName {
  // The names of a report come back again and again: a small table indexed by the name's letters
  // answers those without hashing the name's own string or reaching into the memo.
  let hash = 0x811c9dc5;
  for (let at = 0; at < name.length; at++) hash = Math.imul(hash ^ name.charCodeAt(at), 0x01000193);
  const slot = (hash ^ (hash >>> 15)) & (RECENT_SLOTS - 1);
  let folded = RECENT_NAMES[slot] === name ? RECENT_FOLDED[slot] : NORMALISED.get(name);
  if (folded === undefined) {
    const words = name
      .split(/[\s]+/)
      .filter(
        (word, index, all) =>
          !HONORIFICS.has(word.toLowerCase()) && !NAME_PARTICLES.has(word) && !isOpeningParticle(word, index, all),
      )
      .map(foldNameWord)
      .filter((word) => word !== '');
    folded = { words: Object.freeze(words), key: words.join(' ') };
    if (NORMALISED.size >= MAX_FOLDED) NORMALISED.clear();
    NORMALISED.set(name, folded);
  }
  RECENT_NAMES[slot] = name;
  RECENT_FOLDED[slot] = folded;
  return folded;
}

const NORMALISED = new Map<string, FoldedName>();
const RECENT_SLOTS = 4096;
const RECENT_NAMES: (string | undefined)[] = new Array(RECENT_SLOTS).fill(undefined);
const RECENT_FOLDED: (FoldedName | undefined)[] = new Array(RECENT_SLOTS).fill(undefined);

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

/**
 * "De Blasio" at the start of a sentence is "de Blasio": a particle capitalised as the name's first
 * word, with more of the name after it. "Al" is left alone: it is as often a given name ("Al Gore").
 */
function isOpeningParticle(word: string, index: number, all: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return index === 0 && all.length > 1 && lower !== 'al' && lower !== word && NAME_PARTICLES.has(lower);
}
