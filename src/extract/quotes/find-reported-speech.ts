import type { SpeakerPhrase } from '../people/classify-speaker-run.js';
import { readSpeakerPhrase } from '../people/read-speaker-phrase.js';
import { readVerbSubject } from '../people/read-verb-subject.js';
import type { SentenceBounds } from '../words/find-sentence-bounds.js';
import { findSpeechVerbs, type SpeechVerb } from '../words/find-speech-verbs.js';
import { QUOTE_MASK } from '../words/mask-quote-spans.js';

/** A statement the report paraphrases, with the phrase that names its speaker. Offsets into the text searched. */
export type ReportedSpeech = {
  readonly speaker: SpeakerPhrase;
  readonly verb: SpeechVerb;
  /** Offsets of the statement: the clause after the verb, or the clause an "according to" frames. */
  readonly start: number;
  readonly end: number;
};

const MIN_STATEMENT_WORDS = 4;
/** Openers after which a later "that" introduces the statement: "said in a statement that …". */
const LEADS_TO_THAT = /^\s+(?:in|on|at|during|after|before|earlier|later|last|this|via)\b/;

/**
 * Finds reported speech in one sentence of a masked paragraph: a person's statement without
 * quote marks. Sentences holding any quote are left out (their quote is the statement). Forms:
 * "According to Kirby, <statement>", "<statement>, according to Kirby" (also "as reported by"),
 * and "<speaker> <verb> [that] <statement>" ("Austin noted that …", "Kirby mentioned earlier
 * figures …"; after "told" the statement starts after "that", and after an opener such as "in a
 * statement" or "on Monday" it starts after a "that" when one follows). The speaker phrase must name a
 * person or point at one (a name, "he", "the minister"); the caller resolves it and drops
 * statements by institutions and unnamed sources. The statement runs to the end of the sentence,
 * without its final punctuation, and has at least four words. Returns null otherwise. Pure.
 */
export function findReportedSpeech(masked: string, sentence: SentenceBounds): ReportedSpeech | null {
  const mask = masked.indexOf(QUOTE_MASK, sentence.start);
  if (mask >= 0 && mask + QUOTE_MASK.length <= sentence.end) return null;
  const end = trimStatementEnd(masked, sentence);
  for (const verb of findSpeechVerbs(masked, sentence.start, end)) {
    const found =
      verb.kind === 'according' ? readAccording(masked, verb, sentence, end) : readSaid(masked, verb, sentence, end);
    if (found && hasWords(masked.slice(found.start, found.end), MIN_STATEMENT_WORDS)) return found;
  }
  return null;
}

function readAccording(masked: string, verb: SpeechVerb, sentence: SentenceBounds, end: number): ReportedSpeech | null {
  const speaker = readSpeakerPhrase(masked, verb.end, { direction: 'forward', limit: end });
  if (speaker?.kind !== 'named') return null;
  if (verb.start === sentence.start) {
    const comma = /^\s*,\s*/.exec(masked.slice(speaker.end, end));
    if (!comma) return null;
    let start = speaker.end + comma[0].length;
    if (/^(?:who|which)\b/.test(masked.slice(start, end))) {
      const next = masked.indexOf(',', start);
      if (next < 0 || next >= end) return null;
      start = next + 1 + (/^\s*/.exec(masked.slice(next + 1, end))?.[0].length ?? 0);
    }
    return { speaker, verb, start, end };
  }
  const lead = masked.slice(sentence.start, verb.start);
  if (!/,\s*$/.test(lead) || !/^\s*$/.test(masked.slice(speaker.end, end))) return null;
  return { speaker, verb, start: sentence.start, end: sentence.start + lead.replace(/\s*,\s*$/, '').length };
}

function readSaid(masked: string, verb: SpeechVerb, sentence: SentenceBounds, end: number): ReportedSpeech | null {
  if (!verb.isReporting) return null;
  const speaker = readVerbSubject(masked, verb.start, sentence.start);
  const isPerson =
    speaker?.kind === 'named' ||
    (speaker?.kind === 'pronoun' && !speaker.isPlural) ||
    (speaker?.kind === 'descriptor' && speaker.isDefinite && !speaker.isPlural);
  if (!speaker || !isPerson) return null;
  const rest = masked.slice(verb.end, end);
  if (/^\s+(?:to|by)\b/.test(rest)) return null;
  const isTold = verb.verb === 'told' || verb.verb === 'tells';
  const lead = isTold || LEADS_TO_THAT.test(rest) ? /^\s+(?:\S+\s+){0,10}?that\s+/.exec(rest) : null;
  const that = lead ?? (isTold ? null : /^\s*(?:,\s*)?(?:that\s+)?/.exec(rest));
  if (!that) return null;
  return { speaker, verb, start: verb.end + that[0].length, end };
}

function trimStatementEnd(masked: string, sentence: SentenceBounds): number {
  let end = sentence.end;
  while (end > sentence.start && /[\s.!?…]/.test(masked[end - 1] as string)) end -= 1;
  return end;
}

/** True when `text` has at least `count` words: counted up to `count`, not collected. */
function hasWords(text: string, count: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < count && WORD.exec(text) !== null) found += 1;
  return found >= count;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
