import { classifySpeakerRun, type SpeakerPhrase } from './classify-speaker-run.js';
import {
  DETERMINERS,
  NAME_PARTICLES,
  ORGANISATION_WORDS,
  ROLE_MODIFIERS,
  SPEAKER_PRONOUNS,
  TITLE_WORDS,
} from './speaker-words.js';
import { tokenizeWords, type WordToken } from './tokenize-words.js';

/** Read the phrase that starts at `at` (`forward`) or ends at `at` (`backward`), not past `limit`. */
export type ReadSpeakerOptions = {
  readonly direction: 'forward' | 'backward';
  /** The far end of the text to read: an upper bound going forward, a lower bound going backward. */
  readonly limit: number;
  /**
   * `tokenizeWords(text)`, when the caller reads many phrases from one text (`findMentions`):
   * reading forward then takes its words from them instead of splitting the text again.
   */
  readonly tokens?: readonly WordToken[];
};

/** Free adjectives allowed between a determiner and a title ("a top-ranking official"). */
const MAX_FREE_WORDS = 2;
const MAX_APPOSITIVE = 120;
/** How far to look for the words of a phrase: longer than any speaker phrase, so reading stays linear. */
const WINDOW = 160;

/**
 * Reads the speaker phrase next to a position: "Kirby", "he", "Ukrainian President Volodymyr
 * Zelensky", "a senior official", "the agency", including an appositive role around a name
 * ("John F. Kirby, the White House spokesman,") or a clause to skip ("Kirby, who …,", "Kirby, speaking …,").
 * Only white space may separate `at` from the phrase. Returns null when no speaker phrase is
 * there. Pure.
 *
 * @example
 * readSpeakerPhrase('“No,” said analyst Oleh Saakyan.', 10, { direction: 'forward', limit: 32 });
 * // { kind: 'named', name: 'Oleh Saakyan', role: 'analyst', … }
 */
export function readSpeakerPhrase(text: string, at: number, options: ReadSpeakerOptions): SpeakerPhrase | null {
  if (options.direction === 'forward') {
    const phrase = readForward(text, at, options.limit, options.tokens);
    return phrase?.kind === 'named' ? withAppositiveAfter(text, phrase, options.limit, options.tokens) : phrase;
  }
  return readBackwardWithAppositive(text, at, options.limit);
}

function readForward(text: string, at: number, limit: number, known?: readonly WordToken[]): SpeakerPhrase | null {
  const to = Math.min(limit, at + WINDOW);
  const tokens = known ? sliceTokens(known, at, to) : tokenizeWords(text, at, to);
  const first = tokens[0];
  if (!first || !isBlank(text, at, first.start)) return null;
  const run: WordToken[] = [first];
  const hasDeterminer = DETERMINERS.has(first.text.toLowerCase());
  let freeWords = 0;
  let hasHead = false;
  let hasPhraseWord = false;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as WordToken;
    const previous = run.at(-1) as WordToken;
    if (!isBlank(text, previous.end, token.start)) break;
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    if (token.text === 'of' && next?.text === 'the' && afterNext && isPhraseWord(afterNext, tokens[i + 3])) {
      // "the chief of the general staff": "of the" joins two parts of one role.
      run.push(token, next);
      i += 1;
      continue;
    }
    if (isPhraseWord(token, next)) {
      hasHead ||= isHeadWord(token);
      hasPhraseWord = true;
    } else if (hasDeterminer && !hasHead && freeWords < MAX_FREE_WORDS && /^\p{Ll}/u.test(token.text)) {
      freeWords += 1;
    } else break;
    run.push(token);
  }
  // "the war", "a few days": a determiner and plain words name no one, so skip classifying them.
  if (hasDeterminer && !hasPhraseWord) return null;
  return classifyLongest(text, run, 'forward');
}

/** True when a token of `tokens` starts before `at` and ends after it (a window from or to `at` would cut it). */
function cutsToken(tokens: readonly WordToken[], at: number): boolean {
  const index = firstIndexFrom(tokens, at);
  const before = tokens[index - 1];
  return before !== undefined && before.end > at;
}

/** Index of the first token that starts at or after `from` (binary search in tokens sorted by offset). */
function firstIndexFrom(tokens: readonly WordToken[], from: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as WordToken).start < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The tokens that lie within `from..to`, found by binary search in tokens sorted by offset. */
function sliceTokens(tokens: readonly WordToken[], from: number, to: number): readonly WordToken[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as WordToken).start < from) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < tokens.length && (tokens[end] as WordToken).end <= to) end += 1;
  return tokens.slice(low, end);
}

function readBackward(text: string, at: number, limit: number): SpeakerPhrase | null {
  const tokens = tokenizeWords(text, Math.max(limit, at - WINDOW), at);
  const last = tokens.at(-1);
  if (!last || !isBlank(text, last.end, at)) return null;
  if (!isPhraseWord(last, undefined) && !SPEAKER_PRONOUNS.has(last.text.toLowerCase())) return null;
  const run: WordToken[] = [last];
  let confirmed = 1;
  let freeWords = 0;
  for (let i = tokens.length - 2; i >= 0; i--) {
    const token = tokens[i] as WordToken;
    if (!isBlank(text, token.end, (run[0] as WordToken).start)) break;
    const word = token.text.toLowerCase();
    if (DETERMINERS.has(word)) {
      run.unshift(token);
      confirmed = run.length;
      break;
    }
    if (isPhraseWord(token, run[0])) {
      if (freeWords > 0) break;
      run.unshift(token);
      confirmed = run.length;
    } else if (isHeadWord(last) && freeWords < MAX_FREE_WORDS && /^\p{Ll}/u.test(token.text)) {
      freeWords += 1;
      run.unshift(token);
    } else break;
  }
  return classifyLongest(text, run.slice(run.length - confirmed), 'backward');
}

/** Tries the whole run, then shorter runs from the far end, so "Zelensky On" still yields "Zelensky". */
function classifyLongest(text: string, run: WordToken[], direction: 'forward' | 'backward'): SpeakerPhrase | null {
  for (let length = run.length; length > 0; length--) {
    const part = direction === 'forward' ? run.slice(0, length) : run.slice(run.length - length);
    const phrase = classifySpeakerRun(text, part);
    if (phrase) return phrase;
  }
  return null;
}

function readBackwardWithAppositive(text: string, at: number, limit: number): SpeakerPhrase | null {
  const end = trimEndAt(text, at, limit);
  if (text[end - 1] !== ',') return readBackward(text, end, limit);
  const comma = text.lastIndexOf(',', end - 2);
  const segmentStart = comma >= limit ? comma + 1 : limit;
  if (end - segmentStart > MAX_APPOSITIVE || comma < limit) return null;
  const segment = text.slice(segmentStart, end - 1);
  const named = readBackward(text, trimEndAt(text, comma, limit), limit);
  if (named?.kind !== 'named') return null;
  if (/^\s*(?:who|which|\p{Ll}+ing)\b/u.test(segment)) return named;
  const role = readForward(text, segmentStart + (segment.length - segment.trimStart().length), end - 1);
  if (role?.kind !== 'descriptor' || !isBlank(text, role.end, end - 1)) return null;
  return { ...named, end: role.end, text: text.slice(named.start, role.end), role: longerRole(named.role, role.role) };
}

function withAppositiveAfter(
  text: string,
  named: SpeakerPhrase,
  limit: number,
  known?: readonly WordToken[],
): SpeakerPhrase {
  const comma = /^\s*,\s*/.exec(text.slice(named.end, limit));
  if (!comma) return named;
  const at = named.end + comma[0].length;
  const to = Math.min(limit, at + WINDOW);
  // The caller's words serve only when they are the words of the window: none cut at either end.
  const role = readForward(
    text,
    at,
    limit,
    known && !cutsToken(known, at) && !cutsToken(known, to) ? known : undefined,
  );
  if (role?.kind !== 'descriptor' || role.isPlural) return named;
  if (!/^\s*(?:[,.;:!?]|$)/.test(text.slice(role.end, limit))) return named;
  return { ...named, end: role.end, text: text.slice(named.start, role.end), role: longerRole(named.role, role.role) };
}

/** A name's own title and its appositive can both give a role: keep the fuller ("chief of the general staff" over "General"). */
function longerRole(own: string | null, appositive: string | null): string | null {
  if (own === null) return appositive;
  return appositive !== null && appositive.length > own.length ? appositive : own;
}

function isPhraseWord(token: WordToken, next: WordToken | undefined): boolean {
  const word = token.text.toLowerCase();
  if (isCapitalised(token.text)) return true;
  if (TITLE_WORDS.has(word) || ROLE_MODIFIERS.has(word) || ORGANISATION_WORDS.has(word)) return true;
  const isNextCapitalised = next !== undefined && isCapitalised(next.text);
  return (word === 'of' || NAME_PARTICLES.has(word)) && isNextCapitalised;
}

function isHeadWord(token: WordToken): boolean {
  const word = token.text.toLowerCase();
  return TITLE_WORDS.has(word) || ORGANISATION_WORDS.has(word);
}

function isBlank(text: string, from: number, to: number): boolean {
  if (from > to) return false;
  for (let at = from; at < to; at++) if (!isSpace(text.charCodeAt(at))) return false;
  return true;
}

/** True for the code units `\s` matches (ASCII fast path, the regex for the rest). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

const SPACE = /\s/;

/** `/^\p{Lu}/u.test(word)`, without the regex for plain ASCII. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITAL.test(word);
}

const CAPITAL = /^\p{Lu}/u;

function trimEndAt(text: string, at: number, limit: number): number {
  let end = at;
  while (end > limit && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return end;
}
