import {
  DETERMINERS,
  HONORIFICS,
  NAME_PARTICLES,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  ROLE_MODIFIERS,
  SPEAKER_PRONOUNS,
  STOP_CAPITALS,
  TITLE_WORDS,
} from './speaker-words.js';
import type { WordToken } from './tokenize-words.js';

/**
 * What a speaker phrase names: a person by name, a person by role only ("a senior official",
 * "the minister"), an institution or place ("the Pentagon", "the agency"), or a pronoun.
 */
export type SpeakerPhraseKind = 'named' | 'descriptor' | 'organisation' | 'pronoun';

/** A speaker phrase as written, with offsets into the text it was read from. */
export type SpeakerPhrase = {
  readonly kind: SpeakerPhraseKind;
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)`: the phrase as written ("Ukrainian President Volodymyr Zelensky"). */
  readonly text: string;
  /** `named`: the person's name as written; `organisation`: the phrase without its determiner; else null. */
  readonly name: string | null;
  /** The role as written ("Ukrainian President", "White House spokesperson"), or null. */
  readonly role: string | null;
  /** Lowercase head word: the surname, title ("minister"), institution noun ("agency") or pronoun ("he"). */
  readonly head: string;
  /** True for "the …" phrases, which point back at someone named earlier. */
  readonly isDefinite: boolean;
  /** True for plural speakers ("officials", "they"). */
  readonly isPlural: boolean;
};

const PLURAL_TITLES: ReadonlySet<string> = new Set([
  'analysts',
  'diplomats',
  'experts',
  'lawmakers',
  'officials',
  'researchers',
  'sources',
  'spokesmen',
]);

/**
 * Classifies a run of adjacent words (already cut at punctuation) as a speaker phrase, or null
 * when the run names nobody ("the war", "Recent updates"). The name is the longest tail of
 * capitalised words that are not titles, institutions, places or sentence openers; what comes
 * before it is the role, kept only when it holds a title ("Ukrainian President").
 */
export function classifySpeakerRun(text: string, tokens: readonly WordToken[]): SpeakerPhrase | null {
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only && SPEAKER_PRONOUNS.has(lower(only))) {
    const head = lower(only);
    const { start, end, text: written } = only;
    return {
      start,
      end,
      text: written,
      kind: 'pronoun',
      name: null,
      role: null,
      head,
      isDefinite: true,
      isPlural: head === 'they',
    };
  }
  const run = dropLeadingOpeners(tokens);
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return null;
  // Written out, not spread: spreading and then adding keys is slow in V8, and this runs for every capitalised word.
  const start = first.start;
  const end = last.end;
  const written = text.slice(start, end);
  const firstWord = lower(first);
  const hasDeterminer = DETERMINERS.has(firstWord);
  const words = hasDeterminer ? run.slice(1) : run;
  const isDefinite = firstWord === 'the';
  if (words.length === 0) return null;

  const nameStart = findNameStart(words);
  const nameWords = words.slice(nameStart);
  const roleWords = words.slice(0, nameStart).filter((word) => !HONORIFICS.has(lower(word)));
  // "the chief of Russia's general staff": the head is the word before "of".
  const ofIndex = words.findIndex((word) => word.text === 'of');
  const headWord = ofIndex > 0 ? (words[ofIndex - 1] as WordToken) : last;
  const head = lower(headWord).replace(/['’]s$/, '');
  if (nameWords.length > 0 && (!hasDeterminer || roleWords.length > 0)) {
    const nameFirst = nameWords[0] as WordToken;
    const hasTitle = roleWords.some((word) => TITLE_WORDS.has(lower(word)));
    const roleFirst = roleWords[0];
    const roleLast = roleWords.at(-1);
    return {
      start,
      end,
      text: written,
      kind: 'named',
      name: text.slice(nameFirst.start, last.end),
      role: hasTitle && roleFirst && roleLast ? text.slice(roleFirst.start, roleLast.end) : null,
      head: lower(last),
      isDefinite: false,
      isPlural: false,
    };
  }
  const wordsFirst = words[0] as WordToken;
  const phraseWithoutDeterminer = text.slice(wordsFirst.start, last.end);
  if (TITLE_WORDS.has(head) && !HONORIFICS.has(head)) {
    return {
      start,
      end,
      text: written,
      kind: 'descriptor',
      name: null,
      role: phraseWithoutDeterminer,
      head,
      isDefinite,
      isPlural: PLURAL_TITLES.has(head) || (head.endsWith('s') && TITLE_WORDS.has(head.slice(0, -1))),
    };
  }
  const isInstitution =
    ORGANISATION_WORDS.has(head) ||
    isAcronym(last.text) ||
    words.some(
      (word) => isCapitalised(word.text) && (PLACE_WORDS.has(lower(word)) || ORGANISATION_WORDS.has(lower(word))),
    );
  if (isInstitution) {
    return {
      start,
      end,
      text: written,
      kind: 'organisation',
      name: phraseWithoutDeterminer,
      role: null,
      head,
      isDefinite,
      isPlural: false,
    };
  }
  return null;
}

/** Drops sentence openers and dates before the phrase: "On Monday Kirby" → "Kirby". */
function dropLeadingOpeners(words: readonly WordToken[]): readonly WordToken[] {
  let from = 0;
  words.forEach((word, index) => {
    const lowered = lower(word);
    const isOpener = isCapitalised(word.text) && STOP_CAPITALS.has(lowered);
    if (isOpener && !(index === 0 && DETERMINERS.has(lowered))) from = index + 1;
  });
  return words.slice(from);
}

/** True for a capitalised word that can be part of a person's name. */
export function isNameWord(token: WordToken): boolean {
  const word = lower(token);
  if (!isCapitalised(token.text) || /['’]s$/.test(token.text)) return false;
  // "I’ve", "Doesn’t": a contraction is never part of a name.
  if (/['’](?:ve|re|ll|d|m|t)$/i.test(token.text)) return false;
  // "Advisors", "Ministers": the plural of a title is not a name.
  if (word.endsWith('s') && TITLE_WORDS.has(word.slice(0, -1))) return false;
  if (/^\p{Lu}\.$/u.test(token.text)) return true;
  if (isAcronym(token.text)) return false;
  return ![STOP_CAPITALS, TITLE_WORDS, ORGANISATION_WORDS, PLACE_WORDS, ROLE_MODIFIERS].some((set) => set.has(word));
}

/** Index where the name tail of the run begins; `words.length` when there is no name. */
function findNameStart(words: readonly WordToken[]): number {
  const last = words.at(-1);
  if (!last || !isNameWord(last) || /^\p{Lu}\.$/u.test(last.text)) return words.length;
  let index = words.length - 1;
  while (index > 0) {
    const previous = words[index - 1] as WordToken;
    const beforePrevious = words[index - 2];
    const isParticle = NAME_PARTICLES.has(previous.text) && beforePrevious !== undefined && isNameWord(beforePrevious);
    if (!isNameWord(previous) && !isParticle) break;
    index -= 1;
  }
  return index;
}

/** `/^\p{Lu}/u.test(word)`, without the regex for plain ASCII. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITAL.test(word);
}

const CAPITAL = /^\p{Lu}/u;

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word);
}

function lower(token: WordToken): string {
  return token.text.toLowerCase();
}
