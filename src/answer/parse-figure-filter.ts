import type { FigureCategory, Subject } from '../extract/figures/figure.js';
import { lookUpSideName, type SideLexicon, UNKNOWN_SIDE } from '../extract/sides/side-lexicon.js';
import { type DateBound, readDatePhrases } from './read-date-phrases.js';

/** What a `/casualties` or `/troops` filter asks for. Empty lists mean "any". */
export type FigureFilter = {
  readonly categories: readonly FigureCategory[];
  readonly subjects: readonly Subject[];
  readonly dates: readonly DateBound[];
  /** Lower-cased words left over: matched against claimants, else searched in the sentences. */
  readonly words: readonly string[];
  /** Every term the filter was read as (dates, whose losses, then words), for a no-match answer. */
  readonly terms: readonly string[];
  /** Words after "according to": each must be a word of the figure's claimant (a typo matches, as search does). */
  readonly claimants: readonly string[];
  /** Words after "in" that are not a date ("in logar"): each in the figure's sentence or its report's title. */
  readonly places: readonly string[];
  /** Words after "about" ("about car bomb"): each in the figure's report (title or body). */
  readonly topics: readonly string[];
  /** Amounts asked for ("12,000", "1500"): the figure's value or the top of its range is one of them. */
  readonly values: readonly number[];
};

/** Options of `parseFigureFilter`. */
export type FigureFilterOptions = {
  /** The reference date of relative date phrases ("in september", "last week"): the corpus's newest report date. */
  readonly today?: string | null;
};

const CATEGORY_WORDS: readonly (readonly [RegExp, readonly FigureCategory[]])[] = [
  [/^(?:killed|kill|dead|deaths?|died|fatalities)$/, ['killed', 'killed_or_wounded']],
  [/^(?:wounded|injured|injuries)$/, ['wounded', 'killed_or_wounded']],
  [/^(?:captured|prisoners?|pows?|captives?)$/, ['captured']],
  [/^missing$/, ['missing']],
  [/^(?:deployed|deployments?|sent|dispatched|stationed)$/, ['deployed']],
  [/^(?:trained|training)$/, ['trained']],
  [/^(?:additional|further|more|reinforcements?)$/, ['additional']],
  [/^(?:planned|plans?|planning)$/, ['planned']],
];
const UNKNOWN_WORDS = /\b(?:unknown|others?)\b/g;
const CLAIMANT_AFTER =
  /^\s+(?:officials?|intelligence|government|ministry|president|prime|defen[cs]e|foreign|spokes\w+|authorities|sources|media|embassy|estimates?)\b/;
/** The longest side name a filter is read for, in words ("Democratic People's Republic of Korea"). */
const MAX_NAME_WORDS = 6;
/** "according to <claimant>", up to the next date or place phrase or the end. */
const ACCORDING_TO = /\baccording to\s+((?:(?!\bin\b)[^,;])+)/g;
/** "about <topic words>", up to the next "in" or "according to" or the end. */
const ABOUT = /\babout\s+((?:(?!\bin\b|\baccording\b)[^,;])+)/g;
/** "in <place>": one to three words that are not filter words. */
const IN_PLACE = /\bin\s+((?:(?!the\b|a\b|an\b)[\p{L}.'’-]+)(?:\s+(?!in\b|and\b|or\b|by\b)[\p{L}.'’-]+){0,2})/gu;
/** An amount: digits with thousands separators, or a number of three digits or more ("12,000", "1500"). */
const AMOUNT = /(?<![\p{L}\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d{3,})(?![\p{L}\p{N}]|[.,]\d)/gu;
/** Words that carry nothing in a figures filter ("figures of the killed"). */
const IGNORED = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'by',
  'in',
  'figures',
  'figure',
  'casualties',
  'casualty',
  'losses',
  'troops',
  'troop',
  'soldiers',
  'numbers',
  'number',
]);

/**
 * Reads a figures filter: category words ("killed" also selects the combined killed-or-wounded
 * figures, as they include the killed; likewise "wounded"), whose losses (any name, demonym or
 * alias of a side the lexicon knows, in any case, plural or possessive: "syrians", "north korea's";
 * "unknown" for figures without a side), date bounds ("since 2024-12-01", "in september", "since
 * july 20", "last week": `readDatePhrases`, against `options.today`), a claimant ("according to
 * kirby"), topics ("about car bomb"), places ("in logar"), amounts ("12,000"), and the words left over. Case-insensitive;
 * deterministic; an empty filter asks for everything.
 *
 * @example
 * parseFigureFilter('killed russian since 2024-12-01 kirby', lexicon);
 * // { categories: ['killed', 'killed_or_wounded'], subjects: ['russian'],
 * //   dates: [{ op: 'since', date: '2024-12-01' }], words: ['kirby'], terms: [...],
 * //   claimants: [], places: [], topics: [], values: [] }
 */
export function parseFigureFilter(
  filter: string,
  lexicon: SideLexicon,
  options: FigureFilterOptions = {},
): FigureFilter {
  const read = readDatePhrases(` ${filter.toLowerCase().replace(/\s+/g, ' ')} `, options.today ?? null);
  const terms: string[] = [...read.terms];
  const dates: DateBound[] = [...read.bounds];
  let rest = read.rest;
  const claimants: string[] = [];
  for (const match of rest.matchAll(ACCORDING_TO)) {
    claimants.push(...splitWords(match[1] ?? '').filter((word) => !IGNORED.has(word)));
    terms.push(match[0].trim());
  }
  rest = rest.replace(ACCORDING_TO, ' ');
  const topics: string[] = [];
  for (const match of rest.matchAll(ABOUT)) {
    topics.push(...splitWords(match[1] ?? '').filter((word) => !IGNORED.has(word)));
    terms.push(match[0].trim());
  }
  rest = rest.replace(ABOUT, ' ');
  const places: string[] = [];
  rest = rest.replace(IN_PLACE, (_phrase, written: string) => {
    // A place ends at the first word the filter reads otherwise ("in kursk killed": "kursk").
    const all = written.split(' ');
    const own = all.findIndex((word) => IGNORED.has(word) || CATEGORY_WORDS.some(([pattern]) => pattern.test(word)));
    const place = own === -1 ? all : all.slice(0, own);
    if (place.length === 0) return ` ${written} `;
    places.push(...splitWords(place.join(' ')));
    terms.push(`in ${place.join(' ')}`);
    return ` ${all.slice(place.length).join(' ')} `;
  });
  const values: number[] = [];
  for (const match of rest.matchAll(AMOUNT)) {
    const value = Number((match[1] ?? '').replace(/,/g, ''));
    if (!values.includes(value)) values.push(value);
    terms.push(match[0]);
  }
  rest = rest.replace(AMOUNT, ' ');
  const subjects: Subject[] = [];
  rest = readSideNames(rest, lexicon, (subject, written) => {
    if (!subjects.includes(subject)) subjects.push(subject);
    terms.push(written);
  });
  for (const match of rest.matchAll(UNKNOWN_WORDS)) {
    if (!subjects.includes(UNKNOWN_SIDE)) subjects.push(UNKNOWN_SIDE);
    terms.push(match[0]);
  }
  rest = rest.replace(UNKNOWN_WORDS, ' ');
  const categories: FigureCategory[] = [];
  const words: string[] = [];
  for (const word of splitWords(rest)) {
    if (IGNORED.has(word)) continue;
    const selected = CATEGORY_WORDS.find(([pattern]) => pattern.test(word))?.[1];
    if (selected === undefined) words.push(word);
    for (const category of selected ?? []) if (!categories.includes(category)) categories.push(category);
    terms.push(word);
  }
  return { categories, subjects, dates, words, terms, claimants, places, topics, values };
}

/** The words of a piece of filter, without the punctuation at their ends. */
function splitWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}.'’-]+/u)
    .map((word) => word.replace(/^[.'’-]+|[.'’-]+$/g, ''))
    .filter((word) => word !== '');
}

/**
 * Finds side names in a lower-cased filter, longest first (so "north korean" is one side, not a
 * direction and a word), reports each, and returns the filter with them blanked out.
 */
function readSideNames(
  text: string,
  lexicon: SideLexicon,
  onSide: (subject: Subject, written: string) => void,
): string {
  const words = [...text.matchAll(/[\p{L}\p{N}.'’-]+/gu)];
  const blanked = text.split('');
  for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(MAX_NAME_WORDS, words.length - i); length >= 1; length--) {
      const first = words[i];
      const last = words[i + length - 1];
      if (first === undefined || last === undefined) continue;
      const start = first.index;
      const end = last.index + last[0].length;
      const name = lookUpSideName(lexicon, text.slice(start, end).replace(/\s+/g, ' '));
      // An alias (a leader, an army) is a claimant or a search word in a filter, not a side; so is
      // a country before an office ("u.s. officials").
      if (name === null || name.kind === 'alias' || CLAIMANT_AFTER.test(text.slice(end))) continue;
      onSide(name.side.key, text.slice(start, end));
      blanked.fill(' ', start, end);
      i += length - 1;
      break;
    }
  }
  return blanked.join('');
}
