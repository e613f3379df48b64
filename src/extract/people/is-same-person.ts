import { measureEditDistance } from '../words/measure-edit-distance.js';
import { normalisePersonName } from './normalise-person-name.js';

/**
 * True when two names can be the same person: the surnames agree after folding (one typo allowed
 * in a surname of five letters or more) and every given name or initial of the shorter name fits
 * one of the longer, in order ("Kirby" ~ "John F. Kirby" ~ "J. Kirby"; "Zelenskyy" ~ "Volodymyr
 * Zelensky"). A single word also matches a name that starts with it, for names written surname
 * first ("Yoon" ~ "Yoon Suk Yeol"). Symmetric and pure.
 */
export function isSamePerson(a: string, b: string): boolean {
  return isSameFoldedPerson(normalisePersonName(a), normalisePersonName(b));
}

/** `isSamePerson` on names already folded by `normalisePersonName`, for callers that compare one name many times. */
export function isSameFoldedPerson(left: readonly string[], right: readonly string[]): boolean {
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  const shortLast = short.at(-1);
  const longLast = long.at(-1);
  if (shortLast === undefined || longLast === undefined) return false;
  if (isSimilarWord(shortLast, longLast)) return fitsGivenNames(short.slice(0, -1), long.slice(0, -1));
  return short.length === 1 && long.length > 1 && isSimilarWord(shortLast, long[0] as string);
}

/**
 * Keys for finding candidates without comparing every pair of names: two folded names for which
 * `isSameFoldedPerson` is true always share at least one key. A name's keys are those of its first
 * and last words; a word's keys are the word itself and, from five letters on, the word with any
 * one letter removed (words one typo apart share such a deletion). Sorted and without repeats.
 *
 * @example
 * personMatchKeys(['john', 'kirby']); // ['irby', 'john', 'kiby', 'kirb', 'kirby', 'kiry', 'krby']
 */
export function personMatchKeys(words: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const word of [words[0], words.at(-1)]) {
    if (word === undefined) continue;
    keys.add(word);
    if (word.length < 5) continue;
    for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  }
  return [...keys].sort();
}

/** True for equal folded words, or one typo apart in words of five letters or more. */
export function isSimilarWord(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && measureEditDistance(a, b, 1) <= 1;
}

function fitsGivenNames(short: readonly string[], long: readonly string[]): boolean {
  let from = 0;
  for (const word of short) {
    const index = long.findIndex((other, i) => i >= from && fitsGivenName(word, other));
    if (index < 0) return false;
    from = index + 1;
  }
  return true;
}

function fitsGivenName(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return isSimilarWord(a, b);
}
