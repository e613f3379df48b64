import type { SpeakerPhrase } from './classify-speaker-run.js';
import { readSpeakerPhrase } from './read-speaker-phrase.js';

/** Words that may stand between a speaker and the verb: "Kirby also said", "she has repeatedly warned". */
export const VERB_ADVERBS: ReadonlySet<string> = new Set([
  'again',
  'also',
  'earlier',
  'further',
  'had',
  'has',
  'have',
  'is',
  'later',
  'once',
  'previously',
  'then',
  'was',
  'will',
  'would',
  'separately',
  'subsequently',
  'meanwhile',
  'likewise',
  'similarly',
  'already',
  'even',
  'just',
  'recently',
  'repeatedly',
  'reportedly',
  'publicly',
  'explicitly',
  'specifically',
  'initially',
  'first',
  'last',
]);
const MAX_ADVERBS = 3;

/**
 * Reads the subject of a speech verb that starts at `verbStart`: the speaker phrase just before
 * it, past up to three adverbs or auxiliaries ("Kirby has also said", "John Kirby, the White House
 * spokesman, said"). Does not read before `floor`. Returns null when the verb has no subject
 * there ("…, and added"). Pure.
 */
export function readVerbSubject(text: string, verbStart: number, floor: number): SpeakerPhrase | null {
  let at = verbStart;
  for (let skipped = 0; skipped < MAX_ADVERBS; skipped++) {
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(floor, at - 40), at));
    const word = before?.[1];
    if (!before || !word || !isAdverb(word)) break;
    at -= before[0].length;
  }
  return readSpeakerPhrase(text, at, { direction: 'backward', limit: floor });
}

/** True for a word that may stand between a speaker and a verb. */
export function isAdverb(word: string): boolean {
  return VERB_ADVERBS.has(word) || /^\p{Ll}{4,}ly$/u.test(word);
}
