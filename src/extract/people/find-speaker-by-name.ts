import { measureEditDistance } from '../words/measure-edit-distance.js';
import {
  DETERMINERS,
  HONORIFICS,
  NAME_PARTICLES,
  PLACE_WORDS,
  ROLE_MODIFIERS,
  TITLE_WORDS,
} from '../words/speaker-words.js';
import type { Speaker, SpeakerDirectory } from './build-speaker-directory.js';
import { foldNameWord, normalisePersonName } from './normalise-person-name.js';

/** A name asked for has at most this many words once titles are dropped; longer text is a phrase. */
const MAX_NAME_WORDS = 4;
const IGNORED = new Set(['said', 'says', 'say', 'quotes', 'quote', 'statements', 'by', 'from', 'of']);

/**
 * Finds the speaker a user means: any spelling, a surname alone, a first name, with a title or
 * not ("president zelensky"), and a typo or a transliteration variant ("zelenski", "kirbi").
 * Each word of the name asked (titles, places and filler dropped) must fit a word of one of the
 * speaker's spellings: equal once folded (`foldNameWord`), or one edit apart for words of five
 * letters or more, two for eight or more. The best speaker has the fewest edits, then the most
 * quotes, then the first key. Returns null when no speaker fits, or when the text has more than
 * four name words (then it is a phrase). `nameWordsOf` (speaker key → `buildSpeakerNameWords`)
 * spares a caller that asks often from normalising every speaker's names on every call, and
 * `speakersByWord` (`buildSpeakersByNameWord`) from comparing every speaker when a name is
 * written as the reports write it; a typo still compares every speaker. Pure.
 *
 * @example
 * findSpeakerByName(directory, 'zelenski'); // { key: 'zelensky', name: 'Volodymyr Zelensky', … }
 */
export function findSpeakerByName(
  directory: SpeakerDirectory,
  query: string,
  nameWordsOf: ReadonlyMap<string, readonly string[]> = new Map(),
  speakersByWord: ReadonlyMap<string, readonly Speaker[]> = new Map(),
): Speaker | null {
  const all = query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter((word) => word !== '' && !IGNORED.has(word.toLowerCase()) && !DETERMINERS.has(word.toLowerCase()));
  // Titles and places are dropped ("president zelensky"), unless that leaves nothing ("pentagon", "ukraine").
  // Particles are dropped too, as the speakers' names drop them ("de blasio" → "blasio").
  const named = all.filter((word) => !isFiller(word.toLowerCase()) && !NAME_PARTICLES.has(word.toLowerCase()));
  const words = (named.length > 0 ? named : all).map(foldNameWord).filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  if (speakersByWord.size > 0) {
    // A word of two to four letters allows no edit, so only the speakers holding it can fit.
    const strict = words.filter((word) => word.length > 1 && allowedEdits(word) === 0);
    const needed = strict.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
    if (needed !== '') return pickBest(words, speakersByWord.get(needed) ?? [], nameWordsOf)?.speaker ?? null;
    // A speaker that fits with no edit holds the longest asked word exactly, and is the best fit
    // (the fewest edits), so the speakers holding that word are checked first.
    const anchor = words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
    const exact = anchor.length > 1 ? pickBest(words, speakersByWord.get(anchor) ?? [], nameWordsOf) : null;
    if (exact !== null && exact.cost === 0) return exact.speaker;
    // A speaker that fits at all has a name word within the allowed edits of the longest asked
    // word: only those speakers are compared, in directory order.
    if (anchor.length > 1) {
      const near = findNearSpeakers(anchor, speakersByWord);
      const candidates = near.size === 0 ? [] : directory.speakers.filter((speaker) => near.has(speaker));
      return pickBest(words, candidates, nameWordsOf)?.speaker ?? null;
    }
  }
  return pickBest(words, directory.speakers, nameWordsOf)?.speaker ?? null;
}

/** The speakers holding a name word within the allowed edits of `word` (one scan of the name words, not of every speaker). */
function findNearSpeakers(word: string, speakersByWord: ReadonlyMap<string, readonly Speaker[]>): Set<Speaker> {
  const allowed = allowedEdits(word);
  const near = new Set<Speaker>();
  for (const [nameWord, speakers] of speakersByWord) {
    if (Math.abs(nameWord.length - word.length) > allowed || measureEditDistance(word, nameWord, allowed) > allowed)
      continue;
    for (const speaker of speakers) near.add(speaker);
  }
  return near;
}

/** Edits a name word may differ by: none below five letters, one from five, two from eight. */
function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
}

/**
 * Folded name word → the speakers whose names hold it, in directory order: the index behind the
 * fast path of `findSpeakerByName`.
 */
export function buildSpeakersByNameWord(
  directory: SpeakerDirectory,
  nameWordsOf: ReadonlyMap<string, readonly string[]>,
): Map<string, Speaker[]> {
  const byWord = new Map<string, Speaker[]>();
  for (const speaker of directory.speakers) {
    for (const word of new Set(nameWordsOf.get(speaker.key) ?? buildSpeakerNameWords(speaker))) {
      const own = byWord.get(word);
      if (own === undefined) byWord.set(word, [speaker]);
      else own.push(speaker);
    }
  }
  return byWord;
}

/** The speaker with the fewest edits, then the most quotes, then the first given; null when none fits. */
function pickBest(
  words: readonly string[],
  speakers: readonly Speaker[],
  nameWordsOf: ReadonlyMap<string, readonly string[]>,
): { speaker: Speaker; cost: number } | null {
  let best: { speaker: Speaker; cost: number } | null = null;
  for (const speaker of speakers) {
    const nameWords = nameWordsOf.get(speaker.key) ?? buildSpeakerNameWords(speaker);
    const cost = costOfFit(words, nameWords);
    if (cost === null) continue;
    if (best === null || cost < best.cost || (cost === best.cost && speaker.quoteCount > best.speaker.quoteCount)) {
      best = { speaker, cost };
    }
  }
  return best;
}

/** The normalised words of every spelling of a speaker's name, as `findSpeakerByName` compares them. */
export function buildSpeakerNameWords(speaker: Speaker): string[] {
  return [speaker.name, ...speaker.spellings].flatMap(normalisePersonName);
}

/** Total edits for every asked word to fit some name word, or null when one does not fit. */
function costOfFit(words: readonly string[], nameWords: readonly string[]): number | null {
  let total = 0;
  for (const word of words) {
    if (word.length === 1) {
      // An initial fits a name word with that first letter ("J. Kirby").
      if (!nameWords.some((nameWord) => nameWord.startsWith(word))) return null;
      continue;
    }
    const allowed = allowedEdits(word);
    let cheapest = allowed + 1;
    for (const nameWord of nameWords) cheapest = Math.min(cheapest, measureEditDistance(word, nameWord, allowed));
    if (cheapest > allowed) return null;
    total += cheapest;
  }
  return total;
}

function isFiller(word: string): boolean {
  return [TITLE_WORDS, ROLE_MODIFIERS, HONORIFICS, PLACE_WORDS].some((set) => set.has(word));
}
