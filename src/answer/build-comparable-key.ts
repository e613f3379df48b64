import type { Figure } from '../extract/figures/figure.js';
import { lookUpSideName, type SideLexicon } from '../extract/sides/side-lexicon.js';

/**
 * What a figure measures, beside whose losses: a `total` ("3,000 killed"), a `rate` ("1,200 a
 * day"), a `period` count ("1,000 in one week"), a `part` of another figure ("including 500
 * officers"), or `vague` ("thousands"). Only totals are set against each other in a spread.
 */
export type FigureMeasure = 'total' | 'rate' | 'period' | 'part' | 'vague';

/**
 * The key of the claims a figure can be compared with: the same kind, side, category, population
 * (civilians, combatants or not said) and place (`readScopePlace`). Figures with another key measure
 * another thing: "40 civilians killed in Aleppo" is never set against "300 soldiers killed in
 * Idlib". A place that is not said is its own key, not a wildcard: precision first.
 *
 * Pure; the key is a string so it can key a map.
 *
 * @example
 * buildComparableKey({ kind: 'casualties', subject: 'syrian', category: 'killed', place: 'Aleppo', … }, lexicon); // 'casualties|syrian|killed||Aleppo'
 */
export function buildComparableKey(figure: Figure, lexicon: SideLexicon): string {
  return [
    figure.kind,
    figure.subject,
    figure.category,
    readPopulation(figure) ?? '',
    readScopePlace(figure, lexicon) ?? '',
  ].join('|');
}

/**
 * The place a figure's claims are compared in: its `place`, except that a side's own country is
 * where its losses are when nothing else is said ("Syrian soldiers killed in Syria" and "Syrian
 * soldiers killed" are one scope: null). Null when the figure names no place.
 *
 * @example
 * readScopePlace({ subject: 'syrian', place: 'Syria', … }, lexicon); // null
 */
export function readScopePlace(figure: Figure, lexicon: SideLexicon): string | null {
  const place = figure.place ?? null;
  if (place === null) return null;
  const named = lookUpSideName(lexicon, place);
  return named !== null && named.kind === 'name' && named.side.key === figure.subject ? null : place;
}

/**
 * What a figure measures (see `FigureMeasure`): a part first, then vague, rate, period count, total.
 *
 * @example
 * classifyMeasure({ value: 1200, isRate: true, period: 'a day', … }); // 'rate'
 */
export function classifyMeasure(figure: Figure): FigureMeasure {
  if (figure.isPart) return 'part';
  if (figure.value === null || figure.bound === 'vague') return 'vague';
  if (figure.isRate) return 'rate';
  if (figure.period !== null) return 'period';
  return 'total';
}

/**
 * Whether the people counted are civilians or combatants, when the figure says it; null when it
 * does not. The figure model grows a `population` field (the figure-accuracy work); until it is
 * there this reads it if present, so merging it changes this one function at most.
 */
export function readPopulation(figure: Figure): string | null {
  const population: unknown = (figure as { readonly population?: unknown }).population;
  return typeof population === 'string' && population !== 'not_said' ? population : null;
}
