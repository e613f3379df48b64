import type { FigureToken } from '../words/tokenize-figure-text.js';
import type { Amount } from './find-amounts.js';
import { findCountedNoun } from './find-counted-noun.js';

/** Why an amount is not a figure about people. */
export type NonFigureReason =
  | 'url'
  | 'money'
  | 'weapon'
  | 'distance'
  | 'area'
  | 'duration'
  | 'weight'
  | 'percent'
  | 'age'
  | 'thing'
  | 'unit-number'
  | 'ordinal'
  | 'code'
  | 'score'
  | 'date'
  | 'year'
  | 'time'
  | 'one-of'
  | 'ratio'
  | 'place'
  | 'formation'
  | 'hypothetical';

// URLs, paths, file names, e-mail addresses and handles: nothing inside them is a figure. Each is
// tested on the whitespace-free runs the amount touches, so a long sentence is not scanned per amount.
const MASKS = [
  /https?:\/\/|www\./i,
  /[\\/_@=]/,
  /\.(?:jpe?g|png|gif|webp|svg|html?|php|aspx?|pdf|docx?|xlsx?|mp[34]|txt|csv|json)\b/i,
];
const CURRENCY_BEFORE = /(?:[$£€¥₩₽₴]|\b(?:USD|EUR|GBP|Rs\.?))\s*$/;
const NUMBERED_THINGS = new Set(
  'corps brigade division regiment battalion unit army fleet squadron article resolution route highway flight no no. number section chapter page room platoon company group phase round season episode level grade class type model version mark mk block batch day game match annex figure table point district zone sector object hill height line'.split(
    ' ',
  ),
);
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

const VOTE_BEFORE = /\b(?:vot(?:ed|es|ing)|a\s+vote\s+of)\s+(?:of\s+)?$/i;
const FORMATIONS = /^(?:forces?|contingents?)$/;
const DAY_BEFORE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}\s*(?:or|and|to|through|[-–,])\s*$/;

/**
 * Says why an amount is not a figure about people, or null when nothing rules it out: money
 * ("£1 billion", "$20m", "48.2 billion yen"), counts of weapons or things ("12 British Storm
 * Shadow missiles"), distances, areas, durations, weights, percentages, ages ("aged 20",
 * "20-year-old"), unit and model numbers ("11th Corps", "Brigade 155", "Kh-101"), ordinals,
 * scores ("6-0"), days of a month ("December 23"), years ("in 2022", "2024 season"), times of day,
 * "one of …", ratios ("1 in 3"), places ("28 European countries", "five bases"), a handful of
 * forces ("the two forces": armies, not a head count), ages ("over the age of 60"), the second
 * day of "October 27 or 28", anything inside a URL or a file name, a rate per population ("10
 * deaths per million residents", `ratio`) and what an opening condition says would happen ("If
 * they do, they kill dozens", `hypothetical`). Deterministic.
 */
export function findNonFigureReason(
  text: string,
  tokens: readonly FigureToken[],
  amount: Amount,
): NonFigureReason | null {
  if (isInsideAddress(text, amount)) return 'url';
  const before = text.slice(Math.max(0, amount.start - 8), amount.start);
  const after = text.slice(amount.end, amount.end + 8);
  if (CURRENCY_BEFORE.test(before)) return 'money';
  if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|hrs\b)/i.test(after) || /^:\d/.test(after) || /\d:$/.test(before))
    return 'time';
  const counted = findCountedNoun(text, tokens, amount.end);
  if (counted !== null && counted.noun !== 'military' && counted.noun !== 'people') return counted.noun;
  // "10 to 30 deaths per million residents": a rate per population, not a count of people.
  if (PER_POPULATION.test(text.slice(amount.end, amount.end + 60))) return 'ratio';
  if (isAfterCondition(text, amount) || isPredicted(text, amount)) return 'hypothetical';
  if (amount.isVague) return null;
  // "the two forces", "three units": a handful of forces are armies or formations, not a head count.
  if (counted !== null && FORMATIONS.test(counted.token.lower) && (amount.value ?? 0) < 100) return 'formation';
  // "over the age of 60", "between the ages of 18 and 30".
  if (
    /\bages?\s+(?:of\s+)?(?:\d+\s+(?:and|to|or)\s+)?$/i.test(text.slice(Math.max(0, amount.start - 20), amount.start))
  )
    return 'age';

  // "one of 12 soldiers captured": the count is the 12; "one" picks a person out of it.
  if (/^one$/i.test(amount.text) && /^\s+of\b/i.test(after)) return 'one-of';
  // "1 in 3 soldiers", "one in five": a ratio, not a count.
  if (/^\s+in\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(after)) return 'ratio';
  if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+in\s+$/i.test(before)) return 'ratio';
  const index = tokens.findIndex((token) => token.start === amount.start);
  const previous = tokens[index - 1];
  // "Dec. 23", "No. 5": read the word before the abbreviation's period.
  const previousWord = previous?.text === '.' ? tokens[index - 2] : previous;
  const next = tokens.find((token) => token.start >= amount.end);
  if (previous !== undefined && /^(?:aged?|ages)$/.test(previous.lower)) return 'age';
  if (previous?.text === '#') return 'unit-number';
  if (previous !== undefined && previous.end === amount.start && previous.type === 'word') return 'code';
  if (/\p{L}[-\u2010\u2011]$/u.test(before)) return 'code';
  if (/\d\s*[-–]\s*$/.test(before) || /^\s*[-–]\s*\d/.test(after)) return 'score';
  if (isFallingPair(text, amount) || VOTE_BEFORE.test(text.slice(Math.max(0, amount.start - 24), amount.start)))
    return 'score';
  if (next !== undefined && next.start === amount.end && next.type === 'word') {
    return /^(?:st|nd|rd|th)$/.test(next.lower) ? 'ordinal' : /^s$/.test(next.lower) ? 'year' : 'code';
  }
  if (previousWord !== undefined && NUMBERED_THINGS.has(previousWord.lower) && /^\p{Lu}/u.test(previousWord.text)) {
    return 'unit-number';
  }
  const isPlain = /^\d+$/.test(amount.text);
  const value = amount.value ?? 0;
  if (isPlain && value >= 1 && value <= 31 && (isMonth(previousWord) || isMonth(next))) return 'date';
  // "October 27 or 28", "May 3 to 5": the second day of a month.
  if (isPlain && value >= 1 && value <= 31 && DAY_BEFORE.test(text.slice(Math.max(0, amount.start - 24), amount.start)))
    return 'date';
  if (isPlain && amount.text.length === 4 && value >= 1800 && value <= 2100 && counted === null) return 'year';
  return null;
}

const PER_POPULATION =
  /^\s+(?:[\p{L}'’-]+\s+){0,3}per\s+(?:\d[\d,]*|one|a|ten|hundred|thousand|million|capita|head)\b(?!\s+(?:day|week|month|year|hour)s?\b)/iu;
const CONDITION_OPENING = /^[\s"“‘'(]*(?:if|unless)\b/i;
const CLAUSE_COMMA = /,\s+(?!(?:and|or|but|nor)\b)/gi;

/**
 * True when the amount is in the main clause after an opening condition: "If they do, they still
 * fulfil their aim by killing dozens" is what would happen, not what did. An amount inside the
 * condition ("If they … would even kill 12 people, then …") tells a fact the condition rests on.
 * The condition ends at its first comma that does not join another part of it ("…, and …").
 */
function isAfterCondition(text: string, amount: Amount): boolean {
  const end = findConditionEnd(text);
  return end !== null && end < amount.start;
}

/** Where an opening condition ("If …, ") ends: its first comma that joins no other part of it; else null. */
function findConditionEnd(text: string): number | null {
  if (!CONDITION_OPENING.test(text)) return null;
  const end = CLAUSE_COMMA.exec(text);
  CLAUSE_COMMA.lastIndex = 0;
  return end?.index ?? null;
}

const MODAL_CASUALTY =
  /\b(?:would|could|might)\s+(?:(?:even|also|still|then|\p{Ll}+ly)\s+)?(?:kill|lead\s+to|cause|result\s+in)\b/giu;
/** A past casualty word or a new clause ends a forecast ("could kill more; 30 died", "…, and 30 people died"). */
const FORECAST_END = /\b(?:killed|died|dead|wounded|injured)\b|;|,\s+(?:and|but|while|yet)\s/i;

/**
 * True when a modal casualty verb before the amount says what would happen: "shaking would lead
 * to 10 deaths … but kill 1,000 or more" is a forecast. Inside an opening condition it is the fact
 * the condition rests on ("If they … would even kill 12 people, then …"), and a past casualty
 * word or a new clause between the modal and the amount ends the forecast ("could kill more; 30 died").
 */
function isPredicted(text: string, amount: Amount): boolean {
  const modal = [...text.slice(0, amount.start).matchAll(MODAL_CASUALTY)].at(-1);
  if (modal === undefined) return false;
  if (FORECAST_END.test(text.slice(modal.index + modal[0].length, amount.start))) return false;
  if (!CONDITION_OPENING.test(text)) return true;
  const end = findConditionEnd(text);
  return end !== null && end < modal.index;
}

/** True when a whitespace-free run the amount touches is a URL, a path, a file name or an address. */
function isInsideAddress(text: string, amount: Amount): boolean {
  let from = amount.start;
  while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from -= 1;
  let to = amount.end;
  while (to < text.length && !/\s/.test(text[to] ?? ' ')) to += 1;
  const runs = text.slice(from, to).split(/\s+/);
  return runs.some((run) => MASKS.some((mask) => mask.test(run)));
}

/** "voted 79 to 18": a falling pair joined by "to" is a tally, unless it is a change ("fell from 900 to 700"). */
function isFallingPair(text: string, amount: Amount): boolean {
  const value = amount.value ?? 0;
  const left = /([\d,]+)\s+to\s+$/.exec(text.slice(Math.max(0, amount.start - 16), amount.start));
  const right = /^\s+to\s+([\d,]+)/.exec(text.slice(amount.end, amount.end + 16));
  const isChange = (at: number) => /\bfrom\s+$/i.test(text.slice(Math.max(0, at - 6), at));
  if (left?.[1] !== undefined && Number(left[1].replace(/,/g, '')) > value) {
    return !isChange(amount.start - left[0].length);
  }
  return right?.[1] !== undefined && Number(right[1].replace(/,/g, '')) < value && !isChange(amount.start);
}

function isMonth(token: FigureToken | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text) && MONTHS.test(token.lower);
}
