import type { SpeakerPhrase } from '../people/classify-speaker-run.js';
import { readSpeakerPhrase } from '../people/read-speaker-phrase.js';
import { isAdverb, readVerbSubject } from '../people/read-verb-subject.js';
import type { SentenceBounds } from '../words/find-sentence-bounds.js';
import { findSpeechVerbs, type SpeechVerb } from '../words/find-speech-verbs.js';

/**
 * Who a passage is attributed to, as the report writes it. `speaker` is null for an implied
 * subject ("…, remarking, “…”"), which the caller resolves to the subject named earlier.
 * Offsets point into the text that was searched.
 */
export type Attribution = {
  readonly speaker: SpeakerPhrase | null;
  /** The speech verb ("said", "according to"), or null for a colon after a name ("Kirby: “…”"). */
  readonly verb: SpeechVerb | null;
  /**
   * Where the attribution stands: right after the passage, before it, as a name and a colon
   * before it, or later in the sentence (which attributes the sentence rather than the quote).
   */
  readonly place: 'after' | 'before' | 'colon' | 'later';
  /** The extent of the attribution (speaker and verb). */
  readonly start: number;
  readonly end: number;
};

/** The attributed passage: a quote with its marks, or a figure. */
export type AttributedRange = { readonly start: number; readonly end: number };

/** Options for `findAttribution`. */
export type FindAttributionOptions = {
  /**
   * The passage ends in "?" or "!" inside its marks: the words after it may still be its attribution
   * sentence even when they run longer ("“Why now?” Jane Roe, a historian, asked in a column on Sunday.").
   */
  readonly isExclaimed?: boolean;
};

const AFTER_PUNCTUATION = /^[\s,;:.!?]*(?:[—–-]+\s*)?/;
/** After a quote that ends its sentence, only a short attribution sentence belongs to it ("Kirby said."). */
const MAX_WORDS_AFTER_BARE = 4;
/** After a quote that ends in "?" or "!", the sentence that follows may be its attribution at greater length. */
const MAX_WORDS_AFTER_EXCLAIMED = 12;
/** The longest appositive read between a name and its verb ("Jane Roe, a historian at X, wrote"). */
const MAX_APPOSITIVE = 120;
/** An appositive opens with a determiner, a possessive or a relative ("a historian", "Ford's attorney", "who …"). */
const APPOSITIVE_OPENER = /^(?:a|an|the|his|her|their|its|one|former|then|now|who|whose|also)\s/i;

/**
 * Finds the attribution of a passage in a paragraph whose quotes are masked (`maskQuoteSpans`),
 * within the passage's sentence. In order:
 * 1. right after it: "“…,” Kirby said", "“…,” said analyst Oleh Saakyan", "“…,” according to X",
 *    "“…” he stated"; after a quote that ends its sentence, only a short sentence ("He said.");
 * 2. a name and a colon right before it: "Kirby: “…”";
 * 3. the nearest speech verb before it in the sentence, with its subject: "Kirby said: “…”",
 *    "According to Kirby, “…”", "Zelensky called it a “…”", or an implied subject for
 *    "…, remarking, “…”" and "…, and added: “…”";
 * 4. a speech verb later in the sentence: "“…” and “…,” Kirby said".
 * Returns null when the sentence attributes it to no one. Pure.
 */
export function findAttribution(
  masked: string,
  range: AttributedRange,
  sentences: readonly SentenceBounds[],
  options: FindAttributionOptions = {},
): Attribution | null {
  const first = sentences.find((sentence) => sentence.end > range.start) ?? { start: 0, end: masked.length };
  const last = sentences.find((sentence) => sentence.end >= range.end) ?? first;
  const next = sentences.find((sentence) => sentence.start >= range.end);
  const isBare = last.end <= range.end && next !== undefined;
  const tail = isBare ? (options.isExclaimed === true ? MAX_WORDS_AFTER_EXCLAIMED : MAX_WORDS_AFTER_BARE) : null;
  const after =
    isBare && next ? findAfter(masked, next.start, next.end, tail) : findAfter(masked, range.end, last.end, null);
  return (
    after ??
    findColon(masked, range, first.start) ??
    findBefore(masked, range, first.start) ??
    findLater(masked, range, last.end)
  );
}

/** `tail`: the most words allowed after the verb when the attribution is a sentence of its own, else null. */
function findAfter(masked: string, from: number, to: number, tail: number | null): Attribution | null {
  const at = from + (AFTER_PUNCTUATION.exec(masked.slice(from, to))?.[0].length ?? 0);
  const verbs = findSpeechVerbs(masked, at, to);
  const inverted = verbs[0]?.start === at ? verbs[0] : undefined;
  if (inverted && (inverted.kind === 'finite' || inverted.kind === 'according')) {
    const speaker = readSpeakerPhrase(masked, inverted.end, { direction: 'forward', limit: to });
    if (speaker && isShortTail(masked, speaker.end, to, tail)) return build(speaker, inverted, 'after');
  }
  const speaker = readSpeakerPhrase(masked, at, { direction: 'forward', limit: to });
  if (!speaker) return null;
  // "Jane Roe, a historian, said": the comma that closes the phrase's own appositive.
  const closing = speaker.text.includes(',') ? (/^\s*,/.exec(masked.slice(speaker.end, to))?.[0].length ?? 0) : 0;
  const verbAt = skipAdverbs(masked, speaker.end + closing, to);
  // In a sentence of its own, an appositive is read only after "?”" or "!”" ("“Why?” Jane Roe, a
  // historian, asked"): after a full stop, "Jane Roe, who …, said she “…”" is a statement of its own.
  const mayReadAppositive = speaker.kind === 'named' && (tail === null || tail === MAX_WORDS_AFTER_EXCLAIMED);
  const verb =
    verbs.find((candidate) => candidate.start === verbAt && candidate.kind === 'finite') ??
    (mayReadAppositive ? findVerbPastAppositive(masked, speaker.end, verbs) : undefined);
  if (!verb || !isShortTail(masked, verb.end, to, tail)) return null;
  return build(speaker, verb, 'after');
}

/**
 * "“…,” Jane Roe, a historian at X, wrote" and "“…,” Debra Katz, Ms. Ford's attorney wrote": the verb
 * after an appositive that opens with a determiner, a possessive or a relative, within one clause (no
 * semicolon, colon or quote in between). A list of names ("Kirby, Austin and Yoon said") is no appositive.
 */
function findVerbPastAppositive(masked: string, from: number, verbs: readonly SpeechVerb[]): SpeechVerb | undefined {
  const comma = /^\s*,\s*/.exec(masked.slice(from, from + 4));
  if (!comma) return undefined;
  const start = from + comma[0].length;
  const verb = verbs.find((candidate) => candidate.start > start && candidate.kind === 'finite');
  if (!verb || verb.start - start > MAX_APPOSITIVE) return undefined;
  const between = masked.slice(start, verb.start);
  if (/[;:\uFFFC]/.test(between)) return undefined;
  const isAppositive = APPOSITIVE_OPENER.test(between) || /^[^,]*\p{L}['’]s\s+\p{Ll}/u.test(between);
  return isAppositive ? verb : undefined;
}

function findColon(masked: string, range: AttributedRange, floor: number): Attribution | null {
  const before = masked.slice(floor, range.start).trimEnd();
  if (!before.endsWith(':')) return null;
  const speaker = readSpeakerPhrase(masked, floor + before.length - 1, { direction: 'backward', limit: floor });
  if (!speaker || speaker.kind === 'pronoun') return null;
  return { speaker, verb: null, place: 'colon', start: speaker.start, end: floor + before.length };
}

function findBefore(masked: string, range: AttributedRange, floor: number): Attribution | null {
  const verb = findSpeechVerbs(masked, floor, range.start).at(-1);
  if (!verb) return null;
  if (verb.kind === 'according') {
    const speaker = readSpeakerPhrase(masked, verb.end, { direction: 'forward', limit: range.start });
    return speaker ? build(speaker, verb, 'before') : null;
  }
  const speaker = verb.kind === 'participle' ? null : readVerbSubject(masked, verb.start, floor);
  if (speaker) return build(speaker, verb, 'before');
  // An implied subject only where the verb plainly shares the clause's subject: "…, remarking", "and added".
  const lead = masked.slice(Math.max(floor, verb.start - 12), verb.start);
  if (!/(?:^|,|\(|\band|\bbut|\bthen)\s*$/.test(lead)) return null;
  return build(readSentenceSubject(masked, floor, verb.start), verb, 'before');
}

/**
 * The subject the sentence opens with, when it is a person or a pronoun ("He promised …, calling him a
 * “…”"): the implied subject of a participle is the sentence's subject, not whoever is named nearest
 * to the verb ("Trump, a fellow New Yorker,"). Null when the sentence opens otherwise.
 */
function readSentenceSubject(masked: string, floor: number, to: number): SpeakerPhrase | null {
  const at = floor + (/^\s*/.exec(masked.slice(floor, to))?.[0].length ?? 0);
  const subject = readSpeakerPhrase(masked, at, { direction: 'forward', limit: to });
  return subject?.kind === 'pronoun' && !subject.isPlural ? subject : null;
}

function findLater(masked: string, range: AttributedRange, to: number): Attribution | null {
  for (const verb of findSpeechVerbs(masked, range.end, to)) {
    if (verb.kind !== 'finite') continue;
    const speaker = readVerbSubject(masked, verb.start, range.end);
    if (speaker) return build(speaker, verb, 'later');
  }
  return null;
}

function build(speaker: SpeakerPhrase | null, verb: SpeechVerb, place: Attribution['place']): Attribution {
  const start = Math.min(verb.start, speaker?.start ?? verb.start);
  const end = Math.max(verb.end, speaker?.end ?? verb.end);
  return { speaker, verb, place, start, end };
}

function skipAdverbs(masked: string, from: number, to: number): number {
  let at = from;
  for (let skipped = 0; skipped < 3; skipped++) {
    const word = /^\s+([\p{L}]+)/u.exec(masked.slice(at, Math.min(to, at + 40)));
    if (!word?.[1] || !isAdverb(word[1])) break;
    at += word[0].length;
  }
  return at + (/^\s*/.exec(masked.slice(at, to))?.[0].length ?? 0);
}

/** In a bare attribution sentence, the verb may be followed by a few words only ("told CNN on Sunday."). */
function isShortTail(masked: string, from: number, to: number, tail: number | null): boolean {
  if (tail === null) return true;
  // A sentence of its own that quotes again ("Roe said she “…”") attributes its own quote.
  if (masked.slice(from, to).includes('\uFFFC')) return false;
  const words = masked.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= tail;
}
