import type { SpeakerPhrase } from './classify-speaker-run.js';
import { findSpeechVerbs } from './find-speech-verbs.js';
import { readSpeakerPhrase } from './read-speaker-phrase.js';
import { isAdverb } from './read-verb-subject.js';
import { DETERMINERS, ORGANISATION_WORDS, TITLE_WORDS } from './speaker-words.js';
import { tokenizeWords } from './tokenize-words.js';

/** A person, role or institution named in a report's own words. */
export type Mention = SpeakerPhrase & {
  /** True when the mention speaks: the subject of a speech verb ("Berg also said") or after one ("said Berg"). */
  readonly isSpeaking: boolean;
};

/** A lone name after one of these is a place ("in Lviv", "to Kharkiv"), never a person to point back at. */
const LOCATIVE =
  /\b(?:in|at|to|from|near|into|toward|towards|across|through|around|outside|inside|via|within|along|over|under)\s+$/i;

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
  for (const token of tokenizeWords(masked)) {
    if (token.start < after || !canStartPhrase(token.text)) continue;
    const phrase = readSpeakerPhrase(masked, token.start, { direction: 'forward', limit: masked.length });
    if (!phrase || phrase.kind === 'pronoun') continue;
    const isLoneName = phrase.kind === 'named' && phrase.role === null && !/\s/.test(phrase.text);
    const isPlace = isLoneName && LOCATIVE.test(masked.slice(0, phrase.start));
    mentions.push({
      ...phrase,
      kind: isPlace ? 'organisation' : phrase.kind,
      name: isPlace ? phrase.text : phrase.name,
      start: phrase.start + offset,
      end: phrase.end + offset,
      isSpeaking: isFollowedBySpeechVerb(masked, phrase.end) || isAfterSpeechVerb(masked, phrase.start),
    });
    after = phrase.end;
  }
  return mentions;
}

function isFollowedBySpeechVerb(masked: string, from: number): boolean {
  let at = from;
  for (let skipped = 0; skipped <= 3; skipped++) {
    const word = /^\s+([\p{L}]+)/u.exec(masked.slice(at, at + 40));
    if (!word?.[1]) return false;
    const verb = findSpeechVerbs(masked, at + word[0].length - word[1].length, at + 40)[0];
    if (verb?.start === at + word[0].length - word[1].length) return verb.kind === 'finite' || verb.kind === 'naming';
    if (!isAdverb(word[1])) return false;
    at += word[0].length;
  }
  return false;
}

/** "said Berg", "according to Berg": the mention is the speaker of an inverted attribution. */
function isAfterSpeechVerb(masked: string, at: number): boolean {
  const from = Math.max(0, at - 24);
  const verb = findSpeechVerbs(masked, from, at).at(-1);
  return verb !== undefined && verb.kind !== 'naming' && /^\s+$/.test(masked.slice(verb.end, at));
}

function canStartPhrase(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}/u.test(word) || DETERMINERS.has(lower) || TITLE_WORDS.has(lower) || ORGANISATION_WORDS.has(lower);
}
