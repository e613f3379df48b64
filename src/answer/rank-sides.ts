import type { Figure } from '../extract/figures/figure.js';
import { type SideLexicon, UNKNOWN_SIDE } from '../extract/sides/side-lexicon.js';

/** The order sides are shown in: the followed side(s) first, then every other side, `unknown` last. */
export type SideRanking = {
  /** The followed sides (the settings'), or, without them, the side most figures are about. */
  readonly primary: readonly string[];
  /** Every other side with figures, most figures first (then key), `unknown` last. */
  readonly others: readonly string[];
};

/**
 * Ranks the sides of a corpus's figures. The settings' followed sides come first, in their order;
 * without settings, the side most figures count (ties: key order) is the one followed. Pure; a
 * total order, so every answer lists sides the same way.
 *
 * @example
 * rankSides(index.figures, index.lexicon); // { primary: ['north_korean'], others: ['russian', 'ukrainian', 'unknown'] }
 */
export function rankSides(figures: readonly Figure[], lexicon: SideLexicon): SideRanking {
  const counts = new Map<string, number>();
  for (const figure of figures) counts.set(figure.subject, (counts.get(figure.subject) ?? 0) + 1);
  const byCount = [...counts.entries()]
    .filter(([key]) => key !== UNKNOWN_SIDE)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key]) => key);
  const primary = lexicon.followed.length > 0 ? lexicon.followed : byCount.slice(0, 1);
  const others = byCount.filter((key) => !primary.includes(key));
  if (counts.has(UNKNOWN_SIDE)) others.push(UNKNOWN_SIDE);
  return { primary, others };
}
