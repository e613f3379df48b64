import { COUNTRY_NAME_WORDS, COUNTRY_WORD_KEYS } from '../sides/side-lexicon.js';
import type { FigureToken } from '../words/tokenize-figure-text.js';

/**
 * A name phrase next to an attribution word: who says something, as written.
 * - `person`: ends in a proper name ("Ukrainian President Volodymyr Zelensky")
 * - `institution`: a proper name of a body ("The Joint Chiefs of Staff (JCS)", "South Korea's spy agency")
 * - `source`: an unnamed source ("U.S. officials", "estimates", "recent reports")
 * - `pronoun`: "he", "she", "they", "it", "him", "her", "them"
 * - `description`: a definite description to resolve ("the agency", "the spokesman")
 */
export type NamePhrase = {
  /** Offsets relative to the tokenised text. */
  readonly start: number;
  readonly end: number;
  readonly type: 'person' | 'institution' | 'source' | 'pronoun' | 'description';
};

const ROLE = new Set(
  'officials official spokesman spokeswoman spokesperson president minister secretary agency intelligence military ministry sources source analysts analyst experts expert estimates estimate reports report government lawmakers lawmaker commander general department office service staff spy defense defence security adviser advisor chief head representative envoy ambassador observers monitors updates data figures assessment assessments authorities officers media outlet outlets army forces command leader leaders bloggers blogger correspondents journalists insiders diplomats diplomat institute statement generals aide aides researchers watchdog monitor group claims tally count police governor mayor sheriff coroner newspaper broadcaster'.split(
    ' ',
  ),
);
const ADJECTIVE = new Set(
  'senior western unnamed anonymous recent new latest independent national top former local foreign other several some many two three high ranking news state wire press'.split(
    ' ',
  ),
);
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'both', 'all']);
const CONNECTOR = new Set(['of', 'for', 'on', 'and', 'by']);
const PRONOUN = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them']);
/** First and second persons speak inside quotes; they never name a claimant. */
const SPEAKER = new Set(['i', 'we', 'you', 'me', 'us', 'our', 'my', 'your', 'ours', 'mine']);
/** Capitalised words that start a sentence or clause but never a name. */
const FUNCTION_WORD = new Set(
  'but and however meanwhile also in on at according while although yet so still now earlier later separately overall last this that these those if when as after before since with'.split(
    ' ',
  ),
);
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** A nationality word ("western" and "european" beside the gazetteer's demonyms). */
function isNationality(lower: string): boolean {
  return lower === 'western' || lower === 'european' || COUNTRY_WORD_KEYS.has(lower);
}
/** Institution words, and every country and capital the gazetteer names ("Ukraine said"). */
const INSTITUTION_WORDS = new Set(
  'agency ministry office staff service department government command institute intelligence military army forces committee council administration pentagon nato kremlin'.split(
    ' ',
  ),
);
function isInstitutionWord(lower: string): boolean {
  return INSTITUTION_WORDS.has(lower) || COUNTRY_NAME_WORDS.has(lower);
}
const MAX_TOKENS = 10;

/**
 * Reads the name phrase that ends just before token `from` (`direction: 'left'`, for "X said")
 * or starts at it (`'right'`, for "according to X"). Names are capitalised words, dotted
 * acronyms, "(JCS)", role nouns ("officials", "agency"), with "of", "for", "on", "and", "by"
 * inside and a determiner at the start. Returns null when no phrase with a head (a role noun or a
 * proper name) is there.
 */
export function readNamePhrase(
  tokens: readonly FigureToken[],
  from: number,
  direction: 'left' | 'right',
): NamePhrase | null {
  const first = tokens[direction === 'left' ? from - 1 : from];
  if (first !== undefined && PRONOUN.has(first.lower)) {
    const isAlone = direction === 'right' || !isAccepted(tokens, from - 2);
    return isAlone ? { start: first.start, end: first.end, type: 'pronoun' } : null;
  }
  const picked: number[] = [];
  const step = direction === 'left' ? -1 : 1;
  for (let i = direction === 'left' ? from - 1 : from; picked.length < MAX_TOKENS; i += step) {
    if (!isAccepted(tokens, i)) break;
    picked.push(i);
  }
  const ordered = picked.toSorted((a, b) => a - b);
  while (ordered.length > 0 && isEdgeFiller(tokens, ordered.at(-1), 'end')) ordered.pop();
  while (ordered.length > 0 && isEdgeFiller(tokens, ordered[0], 'start')) ordered.shift();
  const start = tokens[ordered[0] ?? -1];
  const end = tokens[ordered.at(-1) ?? -1];
  if (start === undefined || end === undefined) return null;
  const words = ordered.map((i) => tokens[i]).filter((t): t is FigureToken => t !== undefined && t.type !== 'mark');
  const head = end.text === ')' ? tokens[(ordered.at(-1) ?? 0) - 1] : end;
  if (head === undefined || !isHead(head)) return null;
  // A role noun that opens the sentence is capitalised, not a name ("Estimates vary.").
  const hasProper = words.some((t) => isProper(t) && !(t.start === 0 && ROLE.has(t.lower)));
  const isInstitution =
    end.text === ')' ||
    ordered.some((i) => tokens[i]?.text === '&') ||
    words.some((t) => isInstitutionWord(t.lower.replace(/'s$/, '')) || /^\p{Lu}{2,}$/u.test(t.text));
  return { start: start.start, end: end.end, type: readType(words, head, hasProper, isInstitution) };
}

/** The head decides: a proper name is a person or a body; a role noun is a body ("agency") or a source. */
function readType(
  words: readonly FigureToken[],
  head: FigureToken,
  hasProper: boolean,
  isInstitution: boolean,
): NamePhrase['type'] {
  if (!hasProper) return words[0]?.lower === 'the' ? 'description' : 'source';
  if (isProper(head) && !ROLE.has(head.lower)) return isInstitution ? 'institution' : 'person';
  return isInstitutionWord(head.lower.replace(/'s$/, '')) ? 'institution' : 'source';
}

function isAccepted(tokens: readonly FigureToken[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (token.type === 'mark') {
    if (token.text === '(') return /^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')';
    if (token.text === ')') return tokens[i - 2]?.text === '(';
    if (token.text === '-') return tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end;
    // "Humanity & Inclusion", "Johnson & Johnson": an ampersand joins one name, never two claimants.
    if (token.text === '&') return isProper(tokens[i - 1]) && isProper(tokens[i + 1]);
    return false;
  }
  if (token.type === 'digits') return false;
  if (/^\p{Lu}{2,}$/u.test(token.text) && tokens[i - 1]?.text === '(') return true;
  if (CONNECTOR.has(token.lower)) {
    const next = tokens[i + 1];
    if (next === undefined || CONNECTOR.has(next.lower)) return false;
    return next.lower === 'the' ? isProper(tokens[i + 2]) : isAccepted(tokens, i + 1);
  }
  const lower = token.lower.replace(/'s$/, '');
  if (DETERMINER.has(lower) || ADJECTIVE.has(lower) || ROLE.has(lower)) return true;
  return isProper(token);
}

function isProper(token: FigureToken | undefined): boolean {
  if (token === undefined || token.type !== 'word' || !/^\p{Lu}/u.test(token.text)) return false;
  const lower = token.lower.replace(/'s$/, '');
  return (
    !FUNCTION_WORD.has(lower) &&
    !DETERMINER.has(lower) &&
    !PRONOUN.has(lower) &&
    !SPEAKER.has(lower.replace(/'\p{L}+$/u, '')) &&
    !CALENDAR.test(lower) &&
    !ADJECTIVE.has(lower)
  );
}

function isHead(token: FigureToken): boolean {
  // A country's name heads a claimant ("South Korea reported that …"); a demonym alone does not.
  const lower = token.lower.replace(/'s$/, '');
  return (
    ROLE.has(lower) ||
    (isProper(token) && (!isNationality(lower) || COUNTRY_NAME_WORDS.has(lower) || /^\p{Lu}{2,}$/u.test(token.text)))
  );
}

function isEdgeFiller(tokens: readonly FigureToken[], i: number | undefined, edge: 'start' | 'end'): boolean {
  const token = tokens[i ?? -1];
  if (token === undefined) return false;
  if (CONNECTOR.has(token.lower)) return true;
  if (edge === 'end') return DETERMINER.has(token.lower) || ADJECTIVE.has(token.lower);
  return FUNCTION_WORD.has(token.lower) && token.type === 'word' && !DETERMINER.has(token.lower);
}
