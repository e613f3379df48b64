import type { FigureCategory, Subject } from '../extract/figure.js';

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
  [/^(?:deployed|deployments?|sent|dispatched|stationed)$/, ['deployed']],
  [/^(?:trained|training)$/, ['trained']],
  [/^(?:additional|further|more|reinforcements?)$/, ['additional']],
  [/^(?:planned|plans?|planning)$/, ['planned']],
];
const SUBJECT_WORDS: readonly (readonly [RegExp, Subject])[] = [
  [/\bnorth[\s-]+koreans?\b|\bnorth[\s-]+korea(?:['’]s)?\b|\bdprk\b|\bpyongyang\b|\bnk\b/g, 'north_korean'],
  [/\brussians?\b|\brussia(?:['’]s)?\b|\bmoscow\b/g, 'russian'],
  [/\bukrainians?\b|\bukraine(?:['’]s)?\b|\bkyiv\b/g, 'ukrainian'],
  [/\b(?:unknown|others?)\b/g, 'unknown'],
];
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
 * figures, as they include the killed; likewise "wounded"), whose losses ("russian", "north
 * korean", "unknown"), date bounds ("since 2024-12-01", "before 2024-12-20", "on …"), and the
 * words left over. Case-insensitive; deterministic; an empty filter asks for everything.
 *
 * @example
 * parseFigureFilter('killed russian since 2024-12-01 kirby');
 * // { categories: ['killed', 'killed_or_wounded'], subjects: ['russian'],
 * //   dates: [{ op: 'since', date: '2024-12-01' }], words: ['kirby'], terms: [...] }
 */
export function parseFigureFilter(filter: string): FigureFilter {
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
  for (const [pattern, subject] of SUBJECT_WORDS) {
    for (const match of rest.matchAll(pattern)) {
      if (!subjects.includes(subject)) subjects.push(subject);
      terms.push(match[0]);
    }
    rest = rest.replace(pattern, ' ');
  }
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
