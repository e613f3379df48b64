import { lookUpSideName, type SideLexicon, type SideName } from './side-lexicon.js';

/** A side's name found in a text: where, as written, and what it stands for. */
export type SideNameMatch = { readonly start: number; readonly end: number; readonly written: string } & SideName;

/** A run of capitalised words, with "of", "the" and "and" between them ("Democratic People's Republic of Korea"). */
const NAME_RUN = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:(?:of|the|and)\s+)*\p{Lu}[\p{L}\p{N}.'’-]*)*/gu;
const WORD = /\S+/g;
/** The most words a side's name has ("Hong Kong Special Administrative Region of the People's Republic of China"). */
const MAX_WORDS = 12;

/**
 * Finds the names of sides in a text, in text order, longest first at each place: a name is
 * written with capitals ("Russia", "North Koreans", "Pyongyang’s", "U.S."), as a whole word (not
 * "Russia-based"), with a plural or possessive ending. Case matters, so the pronoun "us" is not
 * "US". Pure.
 *
 * @example
 * findSideNames("North Korea's troops", lexicon); // [{ start: 0, end: 13, written: "North Korea's", side: { key: 'north_korean', … }, kind: 'name' }]
 */
export function findSideNames(text: string, lexicon: SideLexicon): SideNameMatch[] {
  const found: SideNameMatch[] = [];
  for (const run of text.matchAll(NAME_RUN)) {
    const words = [...run[0].matchAll(WORD)].map((word) => ({
      start: run.index + word.index,
      end: run.index + word.index + word[0].length,
    }));
    for (let i = 0; i < words.length; i++) {
      const match = matchAt(text, words, i, lexicon);
      if (match === null) continue;
      found.push(match.found);
      i = match.last;
    }
  }
  return found;
}

function matchAt(
  text: string,
  words: readonly { readonly start: number; readonly end: number }[],
  first: number,
  lexicon: SideLexicon,
): { readonly found: SideNameMatch; readonly last: number } | null {
  const start = words[first]?.start ?? 0;
  for (let last = Math.min(words.length, first + MAX_WORDS) - 1; last >= first; last--) {
    const end = words[last]?.end ?? start;
    // A sentence's full stop is not part of the name; "U.S." keeps its own.
    const full = text.slice(start, end);
    const trimmed = full.replace(/[.,]$/, '');
    for (const written of trimmed === full ? [full] : [full, trimmed]) {
      const name = lookUpSideName(lexicon, written.replace(/\s+/g, ' '));
      if (name !== null) return { found: { start, end: start + written.length, written, ...name }, last };
    }
  }
  return null;
}
