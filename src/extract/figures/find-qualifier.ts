import type { FigureBound } from './figure.js';

/** A qualifier as written before an amount, where it starts, and the bound it declares. */
export type Qualifier = {
  readonly text: string;
  readonly start: number;
  readonly bound: FigureBound;
};

/** Qualifier phrases by bound; longer phrases are tried first so "well over" wins over "over". */
const QUALIFIERS: readonly (readonly [string, FigureBound])[] = (
  [
    ['more than', 'lower'],
    ['over', 'lower'],
    ['well over', 'lower'],
    ['just over', 'lower'],
    ['at least', 'lower'],
    ['surpassed', 'lower'],
    ['surpassing', 'lower'],
    ['surpasses', 'lower'],
    ['exceeded', 'lower'],
    ['exceeding', 'lower'],
    ['exceeds', 'lower'],
    ['topped', 'lower'],
    ['upwards of', 'lower'],
    ['in excess of', 'lower'],
    ['no fewer than', 'lower'],
    ['no less than', 'lower'],
    ['above', 'lower'],
    ['about', 'approximate'],
    ['around', 'approximate'],
    ['approximately', 'approximate'],
    ['some', 'approximate'],
    ['roughly', 'approximate'],
    ['an estimated', 'approximate'],
    ['nearly', 'upper'],
    ['almost', 'upper'],
    ['up to', 'upper'],
    ['as many as', 'upper'],
    ['close to', 'upper'],
    ['just under', 'upper'],
    ['fewer than', 'upper'],
    ['less than', 'upper'],
    ['no more than', 'upper'],
    ['at most', 'upper'],
    ['between', 'range'],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

// A qualifier may be separated from its number by one plain adverb ("exceeded already 3,000").
const ADVERB = '(?:now|already|reportedly|likely|possibly|probably|easily|officially)';
const PATTERN = new RegExp(
  `(?:^|[^\\p{L}])(${QUALIFIERS.map(([phrase]) => phrase.replace(/ /g, '\\s+')).join('|')})(?:\\s+${ADVERB})?\\s+$`,
  'iu',
);

/**
 * Finds the qualifier written just before an amount ("more than 11,000", "has surpassed 3,000",
 * "between 10,000 and 12,000") and maps it to a bound: over / more than / surpassed / exceeded /
 * at least → `lower`; about / around / approximately / some / roughly / an estimated →
 * `approximate`; nearly / almost / up to / as many as → `upper`; between → `range`.
 *
 * `amountStart` is the offset of the amount in `text`. Returns null when nothing qualifies it.
 */
export function findQualifier(text: string, amountStart: number): Qualifier | null {
  const windowStart = Math.max(0, amountStart - 40);
  const before = text.slice(windowStart, amountStart);
  const match = PATTERN.exec(before);
  const phrase = match?.[1];
  if (match === null || phrase === undefined) return null;
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  const bound = QUALIFIERS.find(([candidate]) => candidate === key)?.[1];
  if (bound === undefined) return null;
  return { text: phrase, start: windowStart + match.index + match[0].indexOf(phrase), bound };
}
