import { findSpeechVerbs, type SpeechVerb } from '../words/find-speech-verbs.js';
import { readTokenFacts, type WordFacts } from '../words/read-word-facts.js';
import { tokenizeWords, type WordToken } from '../words/tokenize-words.js';
import type { SpeakerPhrase } from './classify-speaker-run.js';
import { readSpeakerPhrase } from './read-speaker-phrase.js';
import { isAdverb } from './read-verb-subject.js';

/** A person, role or institution named in a report's own words. */
export type Mention = SpeakerPhrase & {
  /** True when the mention speaks: the subject of a speech verb ("Berg also said") or after one ("said Berg"). */
  readonly isSpeaking: boolean;
  /**
   * True for a role set off by a comma right after or before a name ("Jane Roe, a senior fellow,"
   * or "the Kremlin's spokesman, Dmitry Peskov"): the same person again, not another one.
   */
  readonly isAppositive: boolean;
  /**
   * True for an unnamed person after a preposition ("chatting with a member of the staff"): the object
   * of a clause, never the subject a later "he" points back at.
   */
  readonly isObject: boolean;
};

/** "with a member of the staff", "to a witness": an unnamed person here is an object. */
const PREPOSITION = /\b(?:with|to|from|by|for|of|at|among|between|against|toward|towards|beside|behind)\s+$/i;

/** A lone name after one of these is a place ("in Lviv", "to Kharkiv"), never a person to point back at. */
const LOCATIVE =
  /\b(?:in|at|to|from|near|into|toward|towards|across|through|around|outside|inside|via|within|along|over|under)\s+$/i;

/** A name of several words after "at" is an institution ("a fellow at Defense Priorities"). */
const AT = /\bat\s+$/;
/** ", a senior fellow at the institute," right after a name. */
const APPOSITIVE = /^,\s+[^.,;:!?\uFFFC]{1,120},(?=\s)/;

/**
 * Finds every person, role and institution a paragraph names in its own words, in text order:
 * "Ukrainian President Volodymyr Zelensky", "a senior official", "the Pentagon". Run it on the
 * masked paragraph (`maskQuoteSpans`), so people named inside quotes are left out. Pronouns are
 * not mentions: they point back at one. A lone name after "in", "to", "near" and the like is
 * taken for a place (an institution-like mention), so "he" never points back at it. Offsets
 * are shifted by `offset`. Pure.
 */
export function findMentions(masked: string, offset = 0): Mention[] {
  const mentions: Mention[] = [];
  let after = 0;
  const tokens = tokenizeWords(masked);
  // Each word's facts once: every phrase read from here takes them by position.
  const facts = tokens.map((token) => readTokenFacts(masked, token));
  const verbs = indexVerbs(masked);
  const reading = { direction: 'forward', limit: masked.length, tokens, facts } as const;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as WordToken;
    if (token.start < after || !canStartPhrase(facts[index] as WordFacts)) continue;
    const phrase = readSpeakerPhrase(masked, token.start, reading);
    if (!phrase || phrase.kind === 'pronoun') continue;
    const isLoneName = phrase.kind === 'named' && phrase.role === null && !/\s/.test(phrase.text);
    const lead = () => masked.slice(Math.max(0, phrase.start - 16), phrase.start);
    const isPlace =
      (isLoneName && LOCATIVE.test(lead())) || (phrase.kind === 'named' && phrase.role === null && AT.test(lead()));
    // Written out in the phrase's key order, not spread: spreading and then adding keys is slow in V8.
    mentions.push({
      start: phrase.start + offset,
      end: phrase.end + offset,
      text: phrase.text,
      kind: isPlace ? 'organisation' : phrase.kind,
      name: isPlace ? phrase.text : phrase.name,
      role: phrase.role,
      head: phrase.head,
      isDefinite: phrase.isDefinite,
      isPlural: phrase.isPlural,
      isSpeaking:
        isFollowedBySpeechVerb(masked, phrase.end, verbs) ||
        isAfterSpeechVerb(masked, phrase.start, verbs) ||
        isSpeakingAfterAppositive(masked, phrase, verbs) ||
        isSpeakingAfterOwnAppositive(masked, phrase, verbs),
      isAppositive: false,
      isObject: phrase.kind === 'descriptor' && !phrase.isDefinite && PREPOSITION.test(lead()),
    });
    after = phrase.end;
  }
  return mentions.map((mention, index) =>
    mention.kind === 'descriptor' && isBesideName(masked, offset, mentions[index - 1], mention, mentions[index + 1])
      ? { ...mention, isAppositive: true }
      : mention,
  );
}

function isBesideName(
  masked: string,
  offset: number,
  previous: Mention | undefined,
  mention: Mention,
  next: Mention | undefined,
): boolean {
  const gap = (from: number, to: number) => /^\s*,\s*$/.test(masked.slice(from - offset, to - offset));
  return (
    (previous?.kind === 'named' && gap(previous.end, mention.start)) ||
    (next?.kind === 'named' && gap(mention.end, next.start))
  );
}

/** "Jane Roe, a fellow at the institute, said": the verb comes after a role set off by commas. */
/** The speech verbs of a paragraph by where they start and end, found once per paragraph. */
type VerbIndex = { readonly byStart: ReadonlyMap<number, SpeechVerb>; readonly byEnd: ReadonlyMap<number, SpeechVerb> };

function indexVerbs(masked: string): VerbIndex {
  const verbs = findSpeechVerbs(masked);
  return {
    byStart: new Map(verbs.map((verb) => [verb.start, verb])),
    byEnd: new Map(verbs.map((verb) => [verb.end, verb])),
  };
}

function isSpeakingAfterAppositive(masked: string, phrase: SpeakerPhrase, verbs: VerbIndex): boolean {
  // The pattern opens with a comma: most names are followed by none, and need no slice and no match.
  if (phrase.kind !== 'named' || masked.charCodeAt(phrase.end) !== COMMA) return false;
  const appositive = APPOSITIVE.exec(masked.slice(phrase.end, phrase.end + 140));
  return appositive !== null && isFollowedBySpeechVerb(masked, phrase.end + appositive[0].length, verbs);
}

/** "Henry Olsen, director of the institute, said": the phrase holds its appositive, and the verb follows its closing comma. */
function isSpeakingAfterOwnAppositive(masked: string, phrase: SpeakerPhrase, verbs: VerbIndex): boolean {
  if (phrase.kind !== 'named' || masked.charCodeAt(phrase.end) !== COMMA || !phrase.text.includes(',')) return false;
  return isFollowedBySpeechVerb(masked, phrase.end + 1, verbs);
}

function isFollowedBySpeechVerb(masked: string, from: number, verbs: VerbIndex): boolean {
  let at = from;
  for (let skipped = 0; skipped <= 3; skipped++) {
    // The pattern opens with white space: without it there is no match to try.
    if (!isSpace(masked.charCodeAt(at))) return false;
    const word = /^\s+([\p{L}]+)/u.exec(masked.slice(at, at + 40));
    if (!word?.[1]) return false;
    const verb = verbs.byStart.get(at + word[0].length - word[1].length);
    if (verb) return verb.kind === 'finite' || verb.kind === 'naming';
    if (!isAdverb(word[1])) return false;
    at += word[0].length;
  }
  return false;
}

/** "“…,” said Berg", "according to Berg": the mention is the speaker of an inverted attribution. */
function isAfterSpeechVerb(masked: string, at: number, verbs: VerbIndex): boolean {
  // The white space before `at`, at most 24 characters back (as `/\s+$/` on those 24 finds it).
  let gapStart = at;
  while (gapStart > Math.max(0, at - 24) && isSpace(masked.charCodeAt(gapStart - 1))) gapStart -= 1;
  const verb = gapStart < at ? verbs.byEnd.get(gapStart) : undefined;
  if (verb === undefined || verb.kind === 'naming') return false;
  // Inverted only after a quote or a comma ("“…,” said Berg"); "Berg said Kowalczyk left" makes Kowalczyk no speaker.
  return verb.kind === 'according' || /[,\uFFFC]\s*$/.test(masked.slice(Math.max(0, verb.start - 4), verb.start));
}

const COMMA = 44;

/** `/\s/` on one code unit (NaN, past the end, reads as U+0000: none), with plain ASCII told apart without the regex. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

const SPACE = /\s/;

function canStartPhrase(facts: WordFacts): boolean {
  return facts.isCapitalised || facts.isDeterminer || facts.isTitle || facts.isOrganisation;
}
