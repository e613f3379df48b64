import type { FigureCategory, Subject } from '../extract/figures/figure.js';
import { lookUpSideName, type SideLexicon, UNKNOWN_SIDE } from '../extract/sides/side-lexicon.js';

/** A date bound of a figures filter: `since` and `until` include the day, `after` and `before` do not. */
export type DateBound = { readonly op: 'since' | 'after' | 'before' | 'until' | 'on'; readonly date: string };

/** What a `/casualties` or `/troops` filter asks for. Empty lists mean "any". */
export type FigureFilter = {
  readonly categories: readonly FigureCategory[];
  readonly subjects: readonly Subject[];
  readonly dates: readonly DateBound[];
  /** Lower-cased words left over: matched against claimants, else searched in the sentences. */
  readonly words: readonly string[];
  /** Every term the filter was read as (dates, whose losses, then words), for a no-match answer. */
  readonly terms: readonly string[];
};

const CATEGORY_WORDS: readonly (readonly [RegExp, readonly FigureCategory[]])[] = [
  [/^(?:killed|kill|dead|deaths?|died|fatalities)$/, ['killed', 'killed_or_wounded']],
  [/^(?:wounded|injured|injuries)$/, ['wounded', 'killed_or_wounded']],
  [/^(?:captured|prisoners?|pows?|captives?)$/, ['captured']],
  [/^missing$/, ['missing']],
  [/^(?:displaced|homeless|fled|evacuated|refugees)$/, ['displaced']],
  [/^(?:mobili[sz]ed|mobili[sz]ation|conscripted|conscripts|called-up)$/, ['mobilised']],
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
const DATE = /\b(since|after|from|before|until|till|on)\s+(\d{4}-\d{2}-\d{2})\b/g;
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
 * "unknown" for figures without a side), date bounds ("since 2024-12-01", "before 2024-12-20", "on …"), and the
 * words left over. Case-insensitive; deterministic; an empty filter asks for everything.
 *
 * @example
 * parseFigureFilter('killed russian since 2024-12-01 kirby', lexicon);
 * // { categories: ['killed', 'killed_or_wounded'], subjects: ['russian'],
 * //   dates: [{ op: 'since', date: '2024-12-01' }], words: ['kirby'], terms: [...] }
 */
export function parseFigureFilter(filter: string, lexicon: SideLexicon): FigureFilter {
  let rest = ` ${filter.toLowerCase().replace(/\s+/g, ' ')} `;
  const terms: string[] = [];
  const dates: DateBound[] = [];
  for (const match of rest.matchAll(DATE)) {
    const op = match[1] === 'from' ? 'since' : match[1] === 'till' ? 'until' : match[1];
    dates.push({ op: op as DateBound['op'], date: match[2] ?? '' });
    terms.push(match[0]);
  }
  rest = rest.replace(DATE, ' ');
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
  for (const word of rest.split(/[^\p{L}\p{N}.'’-]+/u).map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, ''))) {
    if (word === '' || IGNORED.has(word)) continue;
    const selected = CATEGORY_WORDS.find(([pattern]) => pattern.test(word))?.[1];
    if (selected === undefined) words.push(word);
    for (const category of selected ?? []) if (!categories.includes(category)) categories.push(category);
    terms.push(word);
  }
  return { categories, subjects, dates, words, terms };
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
