import { readTokenFacts, readWordFacts, type WordFacts } from '../words/read-word-facts.js';
import { HONORIFICS, NAME_PARTICLES, ORGANISATION_WORDS, TITLE_WORDS } from '../words/speaker-words.js';
import type { WordToken } from '../words/tokenize-words.js';

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

/** Options for `classifySpeakerRun`. */
export type ClassifySpeakerOptions = {
  /** `readWordFacts` of each token, when the caller has them already (`readSpeakerPhrase` in `findMentions`). */
  readonly facts?: readonly WordFacts[];
};

/**
 * Classifies a run of adjacent words (already cut at punctuation) as a speaker phrase, or null
 * when the run names nobody ("the war", "Recent updates"). The name is the longest tail of
 * capitalised words that are not titles, institutions, places or sentence openers; what comes
 * before it is the role, kept only when it holds a title ("Ukrainian President").
 */
export function classifySpeakerRun(
  text: string,
  tokens: readonly WordToken[],
  options: ClassifySpeakerOptions = {},
): SpeakerPhrase | null {
  // Read by index into the tokens and their facts: no copies of the run as it is cut.
  const facts = options.facts ?? tokens.map((token) => readTokenFacts(text, token));
  const count = tokens.length;
  const only = count === 1 ? tokens[0] : undefined;
  if (only && (facts[0] as WordFacts).isPronoun) {
    const head = only.text.toLowerCase();
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
  const from = skipLeadingOpeners(facts);
  const first = tokens[from];
  const last = tokens[count - 1];
  if (!first || !last) return null;
  // Written out, not spread: spreading and then adding keys is slow in V8, and this runs for every capitalised word.
  const start = first.start;
  const end = last.end;
  const written = text.slice(start, end);
  const firstFacts = facts[from] as WordFacts;
  const hasDeterminer = firstFacts.isDeterminer;
  // The words of the phrase after its determiner: `tokens[wordsFrom..count)`.
  const wordsFrom = hasDeterminer ? from + 1 : from;
  const isDefinite = firstFacts.isThe;
  if (wordsFrom >= count) return null;

  const nameStart = findNameStart(tokens, facts, wordsFrom);
  const lastFacts = facts[count - 1] as WordFacts;
  // "the chief of Russia's general staff": the head is the word before "of".
  let ofIndex = -1;
  for (let index = wordsFrom; index < count && ofIndex < 0; index++) {
    if ((tokens[index] as WordToken).text === 'of') ofIndex = index;
  }
  // "Senator Lindsey Graham of South Carolina": a whole name before "of" keeps it; the place is not the name.
  if (ofIndex > wordsFrom + 1 && (facts[ofIndex - 1] as WordFacts).isNameWord) {
    const named = classifySpeakerRun(text, tokens.slice(0, ofIndex), { facts: facts.slice(0, ofIndex) });
    if (named?.kind === 'named' && (named.name ?? '').includes(' ')) return { ...named, end, text: written };
  }
  const headWord = ofIndex > wordsFrom ? (tokens[ofIndex - 1] as WordToken) : last;
  const head = withoutPossessive(headWord.text.toLowerCase());
  // "mayor of South Bend": a lowercase title and "of" before the capitals name a place it governs, not a person.
  const isTitleOfPlace =
    ofIndex > wordsFrom && nameStart > ofIndex && (facts[ofIndex - 1] as WordFacts).isTitle && isLowerWord(headWord);
  if (nameStart < count && !isTitleOfPlace && (!hasDeterminer || hasRoleWord(facts, wordsFrom, nameStart))) {
    const nameFirst = tokens[nameStart] as WordToken;
    let roleFirst: WordToken | undefined;
    let roleLast: WordToken | undefined;
    let hasTitle = false;
    for (let index = wordsFrom; index < nameStart; index++) {
      const wordFacts = facts[index] as WordFacts;
      if (wordFacts.isHonorific) continue;
      roleFirst ??= tokens[index];
      roleLast = tokens[index];
      hasTitle ||= wordFacts.isTitle;
    }
    return {
      start,
      end,
      text: written,
      kind: 'named',
      name: text.slice(nameFirst.start, last.end),
      role: hasTitle && roleFirst && roleLast ? text.slice(roleFirst.start, roleLast.end) : null,
      head: last.text.toLowerCase(),
      isDefinite: false,
      isPlural: false,
    };
  }
  const wordsFirst = tokens[wordsFrom] as WordToken;
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
  const isInstitution = ORGANISATION_WORDS.has(head) || lastFacts.isAcronym || namesPlace(facts, wordsFrom);
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

/** True when a word starts with a lowercase letter ("mayor", not "Mayor"). */
function isLowerWord(token: WordToken): boolean {
  const code = token.text.charCodeAt(0);
  return code >= 97 && code <= 122;
}

/** `word.replace(/['’]s$/, '')` without the regex: "ministry’s" → "ministry". */
function withoutPossessive(word: string): string {
  const length = word.length;
  if (length < 2 || word.charCodeAt(length - 1) !== 115) return word;
  const mark = word[length - 2];
  return mark === "'" || mark === '’' ? word.slice(0, length - 2) : word;
}

/** True when a word before the name is not an honorific: with a determiner, only a role makes it a named phrase. */
function hasRoleWord(facts: readonly WordFacts[], from: number, nameStart: number): boolean {
  for (let index = from; index < nameStart; index++) if (!(facts[index] as WordFacts).isHonorific) return true;
  return false;
}

/** True when a capitalised word from `from` on is a place or an institution ("Ukraine's", "Pentagon"). */
function namesPlace(facts: readonly WordFacts[], from: number): boolean {
  for (let index = from; index < facts.length; index++) {
    const wordFacts = facts[index] as WordFacts;
    if (wordFacts.isProperInstitution) return true;
  }
  return false;
}

/** Where the phrase starts once sentence openers and dates are dropped: "On Monday Kirby" → "Kirby". */
function skipLeadingOpeners(facts: readonly WordFacts[]): number {
  let from = 0;
  for (let index = 0; index < facts.length; index++) {
    const wordFacts = facts[index] as WordFacts;
    if (wordFacts.isOpener && !(index === 0 && wordFacts.isDeterminer)) from = index + 1;
  }
  return from;
}

/** True for a capitalised word that can be part of a person's name. */
export function isNameWord(token: WordToken): boolean {
  return readWordFacts(token.text).isNameWord;
}

/** Index where the name tail of `tokens[from..]` begins; `tokens.length` when there is no name. */
function findNameStart(tokens: readonly WordToken[], facts: readonly WordFacts[], from: number): number {
  const count = tokens.length;
  const lastFacts = facts[count - 1];
  if (count <= from || !lastFacts || !lastFacts.isNameWord || lastFacts.isInitial) return count;
  let index = count - 1;
  while (index > from) {
    if ((facts[index - 1] as WordFacts).isNameWord) {
      index -= 1;
      continue;
    }
    // Particles, one or several ("de Blasio", "van der Leyen"), inside a name that goes on before them.
    let first = index - 1;
    while (first > from && NAME_PARTICLES.has((tokens[first - 1] as WordToken).text)) first -= 1;
    const isParticleRun =
      NAME_PARTICLES.has((tokens[index - 1] as WordToken).text) &&
      first - 1 >= from &&
      (facts[first - 1] as WordFacts).isNameWord;
    if (!isParticleRun) break;
    index = first;
  }
  return index;
}
