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
 * What the word lists and the rules for names say about one word as written ("Kirby", "the",
 * "U.S."). Only yes-or-no facts, so words with the same answers share one object.
 */
export type WordFacts = {
  /** Starts with a capital (`\p{Lu}`). */
  readonly isCapitalised: boolean;
  /** Starts with a lowercase letter (`\p{Ll}`). */
  readonly isLowercase: boolean;
  /** `isNameWord`: a capitalised word that can be part of a person's name. */
  readonly isNameWord: boolean;
  /** A capital and a period: an initial ("F."). */
  readonly isInitial: boolean;
  /** Two to six capitals ("JCS", "NATO"). */
  readonly isAcronym: boolean;
  /** The lowercase word is in DETERMINERS, TITLE_WORDS, ROLE_MODIFIERS, ORGANISATION_WORDS, HONORIFICS, SPEAKER_PRONOUNS, NAME_PARTICLES. */
  readonly isDeterminer: boolean;
  readonly isTitle: boolean;
  readonly isRoleModifier: boolean;
  readonly isOrganisation: boolean;
  readonly isHonorific: boolean;
  readonly isPronoun: boolean;
  readonly isParticle: boolean;
  /** The lowercase word is "the" / "of". */
  readonly isThe: boolean;
  readonly isOf: boolean;
  /** Capitalised and in STOP_CAPITALS: a sentence opener or a date ("However", "On", "Monday"). */
  readonly isOpener: boolean;
  /** Capitalised and in PLACE_WORDS or ORGANISATION_WORDS ("Ukraine's", "Pentagon"). */
  readonly isProperInstitution: boolean;
};

/**
 * The facts about a word that reading speaker phrases asks again and again (its capital, the
 * word lists it is in), worked out once per distinct word and memoised: a report's words are read
 * for every phrase that might start near them. Pure: the same word always gives the same facts.
 *
 * @example
 * readWordFacts('Kirby'); // { isCapitalised: true, isNameWord: true, isTitle: false, … }
 */
export function readWordFacts(word: string): WordFacts {
  return readFactsAt(word, 0, word.length, word);
}

/**
 * `readWordFacts(token.text)` for a token of `text`, reading its letters from `text`: a plain
 * lowercase word (most of them) is told apart without touching the token's own string.
 */
export function readTokenFacts(text: string, token: WordToken): WordFacts {
  const { start, end } = token;
  // Most words are plain lowercase words on no list: told by their letters, without a lookup.
  if (isPlainUnlisted(text, start, end)) return PLAIN_FACTS;
  return readListedFacts(text, start, end, token.text);
}

function readFactsAt(text: string, start: number, end: number, word: string): WordFacts {
  if (isPlainUnlisted(text, start, end)) return PLAIN_FACTS;
  return readListedFacts(text, start, end, word);
}

/** The facts of a word that may be on a list or capitalised: from the table of recent words, else the memo. */
function readListedFacts(text: string, start: number, end: number, word: string): WordFacts {
  // A phrase's words are asked about several times in a row: a small table indexed by the word's
  // letters answers those without hashing the word's own string or reaching into the memo.
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  const slot = (hash ^ (hash >>> 15)) & (RECENT_SLOTS - 1);
  if (RECENT_WORDS[slot] === word) return RECENT_FACTS[slot] as WordFacts;
  let facts = WORD_FACTS.get(word);
  if (facts === undefined) {
    facts = factsOf(word);
    // Bounded, so a long run never grows it without end.
    if (WORD_FACTS.size >= MAX_WORD_FACTS) WORD_FACTS.clear();
    WORD_FACTS.set(word, facts);
  }
  RECENT_WORDS[slot] = word;
  RECENT_FACTS[slot] = facts;
  return facts;
}

const WORD_FACTS = new Map<string, WordFacts>();
const MAX_WORD_FACTS = 100_000;
const RECENT_SLOTS = 16_384;
const RECENT_WORDS: (string | undefined)[] = new Array(RECENT_SLOTS).fill(undefined);
const RECENT_FACTS: (WordFacts | undefined)[] = new Array(RECENT_SLOTS).fill(undefined);

const FACT_NAMES = [
  'isCapitalised',
  'isLowercase',
  'isNameWord',
  'isInitial',
  'isAcronym',
  'isDeterminer',
  'isTitle',
  'isRoleModifier',
  'isOrganisation',
  'isHonorific',
  'isPronoun',
  'isParticle',
  'isThe',
  'isOf',
  'isOpener',
  'isProperInstitution',
] as const;

/** One frozen object per combination of answers met so far (a few dozen), keyed by the answers as bits. */
const SHARED_FACTS = new Map<number, WordFacts>();

function factsOf(word: string): WordFacts {
  const lower = word.toLowerCase();
  const isCapital = isCapitalised(word);
  const answers = [
    isCapital,
    /^\p{Ll}/u.test(word),
    isNameWordAsWritten(word, lower),
    /^\p{Lu}\.$/u.test(word),
    isAcronym(word),
    DETERMINERS.has(lower),
    TITLE_WORDS.has(lower),
    ROLE_MODIFIERS.has(lower),
    isOrganisationWord(word, lower),
    HONORIFICS.has(lower),
    SPEAKER_PRONOUNS.has(lower),
    NAME_PARTICLES.has(lower),
    lower === 'the',
    lower === 'of',
    isCapital && STOP_CAPITALS.has(lower),
    isCapital && (PLACE_WORDS.has(lower) || isOrganisationWord(word, lower)),
  ];
  return sharedFacts(answers);
}

/** The shared object for these answers, in `FACT_NAMES` order. */
function sharedFacts(answers: readonly boolean[]): WordFacts {
  const key = answers.reduce((bits, answer, index) => (answer ? bits | (1 << index) : bits), 0);
  let facts = SHARED_FACTS.get(key);
  if (facts === undefined) {
    facts = Object.freeze(
      Object.fromEntries(FACT_NAMES.map((name, index) => [name, answers[index] === true])),
    ) as WordFacts;
    SHARED_FACTS.set(key, facts);
  }
  return facts;
}

/**
 * Every word of the lists that matter for a lowercase word, and "of": a plain lowercase word whose
 * length and first letters match none of them has the facts of any other (STOP_CAPITALS and
 * PLACE_WORDS count only for capitalised words).
 */
const LISTED_KEYS: ReadonlySet<number> = new Set(
  [
    ...DETERMINERS,
    ...TITLE_WORDS,
    ...ROLE_MODIFIERS,
    ...ORGANISATION_WORDS,
    ...HONORIFICS,
    ...SPEAKER_PRONOUNS,
    ...NAME_PARTICLES,
    'of',
  ].map((word) => plainKey(word, 0, word.length)),
);

/** The facts of a word of lowercase ASCII letters on no list ("troops"): it starts lowercase, nothing else. */
const PLAIN_FACTS: WordFacts = sharedFacts(FACT_NAMES.map((name) => name === 'isLowercase'));

/** True for `text.slice(start, end)` of lowercase ASCII letters only whose length and first three letters begin no listed word. */
function isPlainUnlisted(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  return !LISTED_KEYS.has(plainKey(text, start, end));
}

/** A word's length (up to 31) and the low seven bits of its first three code units, as one small number. */
function plainKey(text: string, start: number, end: number): number {
  let key = Math.min(end - start, 31);
  for (let at = start; at < start + 3; at++) key = key * 128 + (at < end ? text.charCodeAt(at) & 127 : 0);
  return key;
}

/**
 * True for an institution word as written. A short one that is an acronym ("UN", "EU", "TV") counts
 * only in capitals or in lower case: "Un" is the last word of "Kim Jong Un", not the United Nations.
 */
function isOrganisationWord(word: string, lower: string): boolean {
  if (!ORGANISATION_WORDS.has(lower)) return false;
  return lower.length > 3 || word === lower || word === word.toUpperCase();
}

/** An Arabic article or kinship word joined to a capitalised name ("al-Assad", "bin-Laden"): a name word. */
const JOINED_PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|an|ar|az|bin|ibn|abu|abd)-\p{Lu}/u;

function isNameWordAsWritten(text: string, word: string): boolean {
  if (JOINED_PARTICLE_NAME.test(text)) return !/['’]s$/.test(text);
  if (!isCapitalised(text) || /['’]s$/.test(text)) return false;
  // "I’ve", "Doesn’t": a contraction is never part of a name.
  if (/['’](?:ve|re|ll|d|m|t)$/i.test(text)) return false;
  // "Advisors", "Ministers": the plural of a title is not a name.
  if (word.endsWith('s') && TITLE_WORDS.has(word.slice(0, -1))) return false;
  if (/^\p{Lu}\.$/u.test(text)) return true;
  if (isAcronym(text)) return false;
  if (isOrganisationWord(text, word)) return false;
  return ![STOP_CAPITALS, TITLE_WORDS, PLACE_WORDS, ROLE_MODIFIERS].some((set) => set.has(word));
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
