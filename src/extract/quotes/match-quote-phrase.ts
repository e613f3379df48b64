import { measureEditDistance } from '../words/measure-edit-distance.js';

/** A quote to match a phrase against: one part, or the parts of a quote split around its attribution. */
export type PhraseTarget = {
  readonly parts: readonly { readonly start: number; readonly end: number; readonly text: string }[];
};

/** A quote that matches the phrase, with the offsets of the matched words (same frame as the parts). */
export type PhraseMatch = {
  /** Index of the target in the list given. */
  readonly target: number;
  readonly match: 'exact' | 'near';
  readonly marks: readonly { readonly start: number; readonly end: number }[];
  /** For near matches: the phrase's words the quote lacks, as typed (lowercase), in phrase order. */
  readonly differingWords: readonly string[];
  /** Phrase words found, times 100, plus the longest run found in the phrase's order: higher is closer. */
  readonly score: number;
};

type Word = { readonly norm: string; readonly start: number; readonly end: number; readonly part: number };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Words too common to tell quotes apart; a phrase made only of them is matched on all its words. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `
  a about an and are as at be been but by did do does for from had has have he her him his i if in into is it its
  me my of on or our she so than that the their them there these they this those to us was we were what which who
  will with you
`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * Matches a phrase against direct quotes.
 * - Exact: the phrase's words appear in a quote in a row, ignoring quote marks, case, accents,
 *   apostrophes, spacing and punctuation ("meat-grinder" = “meat grinder”). All exact matches
 *   are returned.
 * - Otherwise near: at least two thirds of the phrase's content words (stop words set aside)
 *   appear in the quote, compared after a light suffix folding ("grinders" = "grinder") or one
 *   typo in words of five letters or more. Below that threshold a quote never shows.
 * Returns matches in target order; `[]` when nothing matches or the phrase has no words. Pure.
 *
 * @example
 * matchQuotePhrase('Meat grinder', [{ parts: [{ start: 0, end: 22, text: 'into a meat grinder now' }] }]);
 * // [{ target: 0, match: 'exact', marks: [{ start: 7, end: 19 }], differingWords: [], score: … }]
 */
export function matchQuotePhrase(phrase: string, targets: readonly PhraseTarget[]): PhraseMatch[] {
  const asked = [...phrase.matchAll(WORD)].map((match) => ({
    typed: match[0].toLowerCase(),
    norm: normalise(match[0]),
  }));
  if (asked.length === 0) return [];
  const words = targets.map((target) => target.parts.flatMap((part, index) => readWords(part.text, part.start, index)));
  const exact = words.flatMap((quoteWords, target) => {
    const at = findRun(
      quoteWords,
      asked.map((word) => word.norm),
    );
    if (at < 0) return [];
    const marks = markRun(quoteWords.slice(at, at + asked.length));
    return [{ target, match: 'exact' as const, marks, differingWords: [], score: asked.length * 101 }];
  });
  if (exact.length > 0) return exact;
  const content = asked.filter((word) => !STOP_WORDS.has(word.norm));
  const wanted = content.length > 0 ? content : asked;
  const needed = Math.ceil((wanted.length * 2) / 3);
  return words.flatMap((quoteWords, target) => {
    const found = wanted.map((word) => quoteWords.find((quoteWord) => isNear(word.norm, quoteWord.norm)));
    const count = found.filter((word) => word !== undefined).length;
    if (count < needed || count === 0) return [];
    const differingWords = [...new Set(wanted.filter((_, i) => found[i] === undefined).map((word) => word.typed))];
    const marks = found
      .filter((word) => word !== undefined)
      .sort((a, b) => a.start - b.start)
      .map(({ start, end }) => ({ start, end }));
    return [{ target, match: 'near' as const, marks, differingWords, score: count * 100 + longestRun(found) }];
  });
}

/** The words of a text as `matchQuotePhrase` compares them (accents, case and apostrophes folded). */
export function readQuoteWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => normalise(match[0]));
}

/**
 * The words a quote must hold for `matchQuotePhrase` to find it: for an exact match, every one of
 * `exact`; for a near match, at least `needed` of `near`, each compared with `isNearQuoteWord`.
 * Lets a caller pick candidate quotes from a word index instead of scanning every quote.
 */
export function describePhraseNeeds(phrase: string): {
  readonly exact: readonly string[];
  readonly near: readonly string[];
  readonly needed: number;
} {
  const asked = readQuoteWords(phrase);
  const content = asked.filter((word) => !STOP_WORDS.has(word));
  const near = content.length > 0 ? content : asked;
  return { exact: asked, near, needed: Math.max(1, Math.ceil((near.length * 2) / 3)) };
}

/** Whether two normalised words count as the same word in a near match (suffix folding, one typo). */
export function isNearQuoteWord(a: string, b: string): boolean {
  return isNear(a, b);
}

/**
 * Keys for finding near words without comparing every pair: two words that `isNearQuoteWord`
 * calls near always share a key. A word's keys are its suffix-folded form and, from five letters
 * on, the word itself and the word with any one letter removed (words one typo apart share such a
 * deletion). Without repeats, in a fixed order.
 *
 * @example
 * nearQuoteWordKeys('cats'); // ['f:cat']
 */
export function nearQuoteWordKeys(word: string): string[] {
  const keys = new Set([`f:${fold(word)}`]);
  if (word.length >= 5) {
    keys.add(`d:${word}`);
    for (let i = 0; i < word.length; i++) keys.add(`d:${word.slice(0, i)}${word.slice(i + 1)}`);
  }
  return [...keys];
}

function readWords(text: string, offset: number, part: number): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    norm: normalise(match[0]),
    start: offset + match.index,
    end: offset + match.index + match[0].length,
    part,
  }));
}

function normalise(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '');
}

function findRun(words: readonly Word[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((norm, j) => words[i + j]?.norm === norm)) return i;
  }
  return -1;
}

function isNear(a: string, b: string): boolean {
  if (a === b || fold(a) === fold(b)) return true;
  return Math.min(a.length, b.length) >= 5 && measureEditDistance(a, b, 1) <= 1;
}

/** A light suffix folding for English: plurals, -ed and -ing ("grinders", "throwing"). */
function fold(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** One mark per part for a run of words (a run may cross the parts of a split quote). */
function markRun(words: readonly Word[]): { start: number; end: number }[] {
  const marks: { start: number; end: number; part: number }[] = [];
  for (const word of words) {
    const last = marks.at(-1);
    if (last && last.part === word.part) last.end = word.end;
    else marks.push({ start: word.start, end: word.end, part: word.part });
  }
  return marks.map(({ start, end }) => ({ start, end }));
}

/** The longest stretch of consecutive phrase words found in the quote in the same order. */
function longestRun(found: readonly (Word | undefined)[]): number {
  let best = 0;
  let run = 0;
  found.forEach((word, i) => {
    const previous = found[i - 1];
    run = word && (run === 0 || (previous && previous.start < word.start)) ? run + 1 : word ? 1 : 0;
    best = Math.max(best, run);
  });
  return best;
}
