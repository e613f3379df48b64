import type { FigureCategory, Population } from '../extract/figures/figure.js';

/** How each figure category is named in every rendering (fixed template text, lower case). */
export const FIGURE_CATEGORY_LABELS: Readonly<Record<FigureCategory, string>> = {
  killed: 'killed',
  wounded: 'wounded',
  killed_or_wounded: 'killed or wounded',
  captured: 'captured',
  missing: 'missing',
  displaced: 'displaced',
  deployed: 'deployed',
  mobilised: 'mobilised',
  trained: 'trained',
  additional: 'additional troops',
  planned: 'planned deployments',
};

/** A label at the start of a line or heading: its first letter in capitals. */
export function capitalizeLabel(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** How a figure's population is named beside its reading (fixed template text). */
export const POPULATION_LABELS: Readonly<Record<Population | 'none', string>> = {
  combatant: 'combatants',
  civilian: 'civilians',
  none: 'combatants or civilians not said',
};

/**
 * The population label of a row, only where it adds information: when the rows of its group do
 * not all count the same population (combatants beside civilians, or beside figures that do not
 * say). Null otherwise, so a group of one population reads as before.
 */
export function describePopulation(
  figure: { readonly population?: Population | null },
  group: { readonly rows: readonly { readonly figure: { readonly population?: Population | null } }[] },
): string | null {
  const populations = new Set(group.rows.map((row) => row.figure.population ?? null));
  if (populations.size < 2) return null;
  return POPULATION_LABELS[figure.population ?? 'none'];
}
