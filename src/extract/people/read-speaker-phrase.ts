import { readTokenFacts, type WordFacts } from '../words/read-word-facts.js';
import { NAME_PARTICLES } from '../words/speaker-words.js';
import { tokenizeWords, type WordToken } from '../words/tokenize-words.js';
import { classifySpeakerRun, type SpeakerPhrase } from './classify-speaker-run.js';

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
  /** `readTokenFacts(text, token)` of each of `tokens`, when the caller has them too. */
  readonly facts?: readonly WordFacts[];
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
    const { limit, tokens, facts } = options;
    const phrase = readForward(text, at, limit, tokens, facts);
    return phrase?.kind === 'named' ? withAppositiveAfter(text, phrase, limit, tokens, facts) : phrase;
  }
  return readBackwardWithAppositive(text, at, options.limit);
}

function readForward(
  text: string,
  at: number,
  limit: number,
  known?: readonly WordToken[],
  knownFacts?: readonly WordFacts[],
): SpeakerPhrase | null {
  const to = Math.min(limit, at + WINDOW);
  // The caller's words are read in place, not copied: the window's words are those from `at` that end by `to`.
  const tokens = known ?? tokenizeWords(text, at, to);
  const facts = known ? knownFacts : undefined;
  const offset = known ? firstIndexFrom(tokens, at) : 0;
  const first = tokenWithin(tokens, offset, to);
  if (!first || !isBlank(text, at, first.start)) return null;
  const hasDeterminer = factsAt(text, tokens, facts, offset).isDeterminer;
  let freeWords = 0;
  let hasHead = false;
  let hasPhraseWord = false;
  // The run is `tokens[offset..last]`: found by index, copied once it names someone.
  let last = offset;
  for (let i = offset + 1; ; i++) {
    const token = tokenWithin(tokens, i, to);
    if (!token || !isBlank(text, (tokens[last] as WordToken).end, token.start)) break;
    const next = tokenWithin(tokens, i + 1, to);
    const afterNext = tokenWithin(tokens, i + 2, to);
    if (
      token.text === 'of' &&
      next?.text === 'the' &&
      afterNext &&
      isPhraseWord(factsAt(text, tokens, facts, i + 2), tokenWithin(tokens, i + 3, to))
    ) {
      // "the chief of the general staff": "of the" joins two parts of one role.
      last = i + 1;
      i += 1;
      continue;
    }
    const wordFacts = factsAt(text, tokens, facts, i);
    if (isPhraseWord(wordFacts, next)) {
      hasHead ||= isHeadWord(wordFacts);
      hasPhraseWord = true;
    } else if (hasDeterminer && !hasHead && freeWords < MAX_FREE_WORDS && wordFacts.isLowercase) {
      freeWords += 1;
    } else break;
    last = i;
  }
  // "the war", "a few days": a determiner and plain words name no one, so skip classifying them.
  if (hasDeterminer && !hasPhraseWord) return null;
  const run = tokens.slice(offset, last + 1);
  return classifyLongest(text, run, 'forward', facts?.slice(offset, last + 1));
}

/** The facts of `tokens[index]`: the caller's, else read. */
function factsAt(
  text: string,
  tokens: readonly WordToken[],
  facts: readonly WordFacts[] | undefined,
  index: number,
): WordFacts {
  return facts?.[index] ?? readTokenFacts(text, tokens[index] as WordToken);
}

/** The token at `index` when it lies in the window (it ends by `to`; tokens are in text order), else undefined. */
function tokenWithin(tokens: readonly WordToken[], index: number, to: number): WordToken | undefined {
  const token = tokens[index];
  return token !== undefined && token.end <= to ? token : undefined;
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

function readBackward(text: string, at: number, limit: number): SpeakerPhrase | null {
  const tokens = tokenizeWords(text, Math.max(limit, at - WINDOW), at);
  const last = tokens.at(-1);
  if (!last || !isBlank(text, last.end, at)) return null;
  const lastFacts = readTokenFacts(text, last);
  if (!isPhraseWord(lastFacts, undefined) && !lastFacts.isPronoun) return null;
  const run: WordToken[] = [last];
  let confirmed = 1;
  let freeWords = 0;
  for (let i = tokens.length - 2; i >= 0; i--) {
    const token = tokens[i] as WordToken;
    if (!isBlank(text, token.end, (run[0] as WordToken).start)) break;
    const facts = readTokenFacts(text, token);
    if (facts.isDeterminer) {
      run.unshift(token);
      confirmed = run.length;
      break;
    }
    if (isPhraseWord(facts, run[0])) {
      if (freeWords > 0) break;
      run.unshift(token);
      confirmed = run.length;
    } else if (isHeadWord(lastFacts) && freeWords < MAX_FREE_WORDS && facts.isLowercase) {
      freeWords += 1;
      run.unshift(token);
    } else break;
  }
  return classifyLongest(text, run.slice(run.length - confirmed), 'backward');
}

/** Tries the whole run, then shorter runs from the far end, so "Zelensky On" still yields "Zelensky". */
function classifyLongest(
  text: string,
  run: WordToken[],
  direction: 'forward' | 'backward',
  runFacts?: readonly WordFacts[],
): SpeakerPhrase | null {
  for (let length = run.length; length > 0; length--) {
    const from = direction === 'forward' ? 0 : run.length - length;
    const part = length === run.length ? run : run.slice(from, from + length);
    const facts = runFacts && (length === run.length ? runFacts : runFacts.slice(from, from + length));
    const phrase = classifySpeakerRun(text, part, facts ? { facts } : {});
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
  knownFacts?: readonly WordFacts[],
): SpeakerPhrase {
  // `/^\s*,\s*/` on `text.slice(named.end, limit)`, read by character code: most names have no comma after them.
  let at = named.end;
  while (at < limit && isSpace(text.charCodeAt(at))) at += 1;
  if (at >= limit || text.charCodeAt(at) !== COMMA) return named;
  at += 1;
  while (at < limit && isSpace(text.charCodeAt(at))) at += 1;
  const to = Math.min(limit, at + WINDOW);
  // The caller's words serve only when they are the words of the window: none cut at either end.
  const isWindowWhole = known !== undefined && !cutsToken(known, at) && !cutsToken(known, to);
  const role = isWindowWhole ? readForward(text, at, limit, known, knownFacts) : readForward(text, at, limit);
  if (role?.kind !== 'descriptor' || role.isPlural) return named;
  if (!/^\s*(?:[,.;:!?]|$)/.test(text.slice(role.end, limit))) return named;
  return { ...named, end: role.end, text: text.slice(named.start, role.end), role: longerRole(named.role, role.role) };
}

/** A name's own title and its appositive can both give a role: keep the fuller ("chief of the general staff" over "General"). */
function longerRole(own: string | null, appositive: string | null): string | null {
  if (own === null) return appositive;
  return appositive !== null && appositive.length > own.length ? appositive : own;
}

function isPhraseWord(facts: WordFacts, next: WordToken | undefined): boolean {
  if (facts.isCapitalised || facts.isNameWord) return true;
  if (facts.isTitle || facts.isRoleModifier || facts.isOrganisation) return true;
  const isNextCapitalised = next !== undefined && isCapitalised(next.text);
  // "van der Leyen": a particle before another particle goes on into the name.
  const isNextParticle = facts.isParticle && next !== undefined && NAME_PARTICLES.has(next.text);
  return ((facts.isOf || facts.isParticle) && isNextCapitalised) || isNextParticle;
}

function isHeadWord(facts: WordFacts): boolean {
  return facts.isTitle || facts.isOrganisation;
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
const COMMA = 44;

function trimEndAt(text: string, at: number, limit: number): number {
  let end = at;
  while (end > limit && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return end;
}

/** `/^\p{Lu}/u.test(word)`, without the regex for plain ASCII. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITAL.test(word);
}

const CAPITAL = /^\p{Lu}/u;
