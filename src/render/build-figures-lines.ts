import type { FiguresAnswer } from '../answer/answer.js';
import { FIGURE_CATEGORY_LABELS } from './figure-labels.js';
import { formatNumber } from './format-count.js';

/**
 * The template lines of a `/casualties` or `/troops` answer that both renderers print on its first
 * screen, so the terminal and Slack say the same:
 * - `sides`: under the count line, the claims per side and category (groups split by place or
 *   population added up), sides and categories in the answer's order
 *   ("North Korean: 5 killed, 3 killed or wounded · Russian: 2 killed"); null with one group or none;
 * - `narrow`: under that, before the claims table (so it is on the first page however long the
 *   table), the filters that would shrink a long answer (the answer's
 *   `narrow`: "Narrow it: add a side (north korean, russian) or a category (killed, wounded), e.g.
 *   /casualties north korean killed"); null when the answer offers none.
 * Plain text, not escaped. Deterministic.
 */
export type FiguresLines = {
  readonly sides: string | null;
  readonly narrow: string | null;
};

/** The shared lines of a figures answer (see `FiguresLines`). */
export function buildFiguresLines(answer: FiguresAnswer): FiguresLines {
  const groups = [...answer.primary, ...answer.others];
  // Groups split by population or place ("in Loja") add up under their side and category.
  const perSide = new Map<string, Map<string, number>>();
  for (const group of groups) {
    const counts = perSide.get(group.subjectLabel) ?? new Map<string, number>();
    const label = FIGURE_CATEGORY_LABELS[group.category];
    counts.set(label, (counts.get(label) ?? 0) + group.rows.length);
    perSide.set(group.subjectLabel, counts);
  }
  const sides =
    groups.length > 1
      ? [...perSide]
          .map(
            ([side, counts]) => `${side}: ${[...counts].map(([label, n]) => `${formatNumber(n)} ${label}`).join(', ')}`,
          )
          .join(' · ')
      : null;
  return { sides, narrow: answer.narrow === undefined ? null : describeNarrowing(answer.narrow) };
}

function describeNarrowing(narrow: NonNullable<FiguresAnswer['narrow']>): string {
  const offers = [
    ...(narrow.sides.length > 0 ? [`a side (${narrow.sides.join(', ')})`] : []),
    ...(narrow.categories.length > 0 ? [`a category (${narrow.categories.join(', ')})`] : []),
  ];
  return `Narrow it: add ${offers.join(' or ')}, e.g. ${narrow.example}`;
}
