import type { FigureCategory } from '../extract/figures/figure.js';

/** How each figure category is named in every rendering (fixed template text, lower case). */
export const FIGURE_CATEGORY_LABELS: Readonly<Record<FigureCategory, string>> = {
  killed: 'killed',
  wounded: 'wounded',
  killed_or_wounded: 'killed or wounded',
  captured: 'captured',
  missing: 'missing',
  deployed: 'deployed',
  trained: 'trained',
  additional: 'additional troops',
  planned: 'planned deployments',
};

/** A label at the start of a line or heading: its first letter in capitals. */
export function capitalizeLabel(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
