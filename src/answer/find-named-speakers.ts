import type { Speaker, SpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import { buildSpeakerNameWords, findSpeakerByName } from '../extract/people/find-speaker-by-name.js';
import { foldNameWord } from '../extract/people/normalise-person-name.js';
import { DETERMINERS, HONORIFICS, PLACE_WORDS, ROLE_MODIFIERS, TITLE_WORDS } from '../extract/words/speaker-words.js';
import type { QuoteCatalog } from '../index/build-quote-catalog.js';

/** The people a `/who-said` question names, and the words it asks about beyond the name. */
export type NamedSpeakers = {
  /** One speaker, or several when the name fits several people equally; most quotes first, then key. */
  readonly speakers: readonly Speaker[];
  /** The question's words that name the person ("Kirby" in "Kirby casualties"), as written. */
  readonly name: string;
  /** The question's words that are not the name ("casualties" in "Kirby casualties"), as written; '' when none. */
  readonly topic: string;
};

/** Words around a name that ask for quotes rather than name anyone (as `findSpeakerByName` drops them). */
const IGNORED = new Set(['said', 'says', 'say', 'quotes', 'quote', 'statements', 'by', 'from', 'of']);
/** A name asked for has at most this many words (as `findSpeakerByName` reads it). */
const MAX_NAME_WORDS = 4;

/**
 * Reads who a `/who-said` question names, with fixed rules:
 * 1. The whole question resolves to a speaker (`findSpeakerByName`: any spelling, a surname, a
 *    typo): that speaker, no topic.
 * 2. Else the longest run of words at its start (then at its end) that names a speaker exactly
 *    (every word a folded word of the speaker's names, or a title): that speaker, and the other
 *    words are the topic ("Kirby casualties", "casualties Kirby"). No typo is allowed here, so a
 *    phrase whose first word is one letter from a name ("peace talks", Pence) stays a phrase.
 * 3. The speaker found, every other speaker whose names hold the same asked name words is listed
 *    too ("Kim" fits Kim Jong Un and Kim Yo Jong): a surname shared by several people is never
 *    silently given to one of them.
 * Returns null when no speaker fits. Pure and deterministic.
 *
 * @example
 * findNamedSpeakers(catalog, speakers, 'Kirby casualties'); // { speakers: [kirby], topic: 'casualties' }
 */
export function findNamedSpeakers(
  catalog: QuoteCatalog,
  directory: SpeakerDirectory,
  question: string,
): NamedSpeakers | null {
  const find = (text: string) =>
    findSpeakerByName(directory, text, catalog.speakerNameWords, catalog.speakersByNameWord);
  const whole = find(question);
  if (whole) return { speakers: withNamesakes(catalog, whole, question), name: question.trim(), topic: '' };
  const words = question.trim().split(/\s+/);
  for (let size = Math.min(MAX_NAME_WORDS, words.length - 1); size >= 1; size--) {
    for (const [name, rest] of [
      [words.slice(0, size), words.slice(size)],
      [words.slice(words.length - size), words.slice(0, words.length - size)],
    ]) {
      const text = (name ?? []).join(' ');
      const speaker = find(text);
      if (speaker && isExactName(catalog, speaker, text)) {
        return {
          speakers: withNamesakes(catalog, speaker, text),
          name: text,
          topic: (rest ?? []).join(' '),
        };
      }
    }
  }
  return null;
}

/** True when every asked word is a folded word of the speaker's names, or a title or filler word. */
function isExactName(catalog: QuoteCatalog, speaker: Speaker, text: string): boolean {
  const nameWords = new Set(catalog.speakerNameWords.get(speaker.key) ?? buildSpeakerNameWords(speaker));
  const asked = readNameWords(text);
  return asked.named.length > 0 && asked.named.every((word) => nameWords.has(word));
}

/**
 * The found speaker and every other speaker whose names hold all the asked name words as written
 * (folded): most quotes first, then key. A typo'd name ("kirbi") fits only the speaker found.
 */
function withNamesakes(catalog: QuoteCatalog, found: Speaker, text: string): readonly Speaker[] {
  const { named } = readNameWords(text);
  const ownWords = new Set(catalog.speakerNameWords.get(found.key) ?? buildSpeakerNameWords(found));
  if (named.length === 0 || !named.every((word) => ownWords.has(word))) return [found];
  // The speakers holding every asked word: those listed under the rarest word that hold the others.
  const lists = named.map((word) => catalog.speakersByNameWord.get(word) ?? []);
  const rarest = lists.reduce((fewest, list) => (list.length < fewest.length ? list : fewest));
  const fits = rarest.filter((speaker) => {
    const nameWords = new Set(catalog.speakerNameWords.get(speaker.key) ?? buildSpeakerNameWords(speaker));
    return named.every((word) => nameWords.has(word));
  });
  return fits.sort((a, b) => b.quoteCount - a.quoteCount || compareCodeUnits(a.key, b.key));
}

/** The folded name words of asked text, titles, places, determiners and honorifics left out. */
function readNameWords(text: string): { readonly named: readonly string[] } {
  const named = text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter((word) => word !== '' && !IGNORED.has(word.toLowerCase()) && !isFiller(word.toLowerCase()))
    .map(foldNameWord)
    .filter((word) => word !== '');
  return { named };
}

function isFiller(word: string): boolean {
  return [TITLE_WORDS, ROLE_MODIFIERS, HONORIFICS, PLACE_WORDS, DETERMINERS].some((set) => set.has(word));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
