import type { Attribution } from './find-attributions.js';

/**
 * Picks who claims the figure at `amount` among a sentence's attributions: the nearest one that
 * names a claimant (distance between the attribution's span and the figure; a figure inside the
 * span is at distance 0); on a tie, a named person or body before an unnamed source, then the
 * earlier one. A named "according to X" / "as reported by X" covers the whole sentence, so it
 * wins over a nearer unnamed source ("According to John Kirby, recent reports indicate 1,000 …").
 * Returns null when no attribution names anyone (an unresolved "he").
 */
export function findClaimant(
  attributions: readonly Attribution[],
  amount: { readonly start: number; readonly end: number },
): Attribution | null {
  const named = attributions.filter((attribution) => attribution.claimant !== null);
  const distance = (a: Attribution) =>
    a.end <= amount.start ? amount.start - a.end : a.start >= amount.end ? a.start - amount.end : 0;
  const isNamed = (a: Attribution) => a.type === 'person' || a.type === 'institution';
  const rank = (a: Attribution) => (isNamed(a) ? 0 : 1);
  const [best] = named.toSorted((a, b) => distance(a) - distance(b) || rank(a) - rank(b) || a.start - b.start);
  if (best !== undefined && !isNamed(best)) {
    const scope = named.find((a) => a.form === 'scope' && isNamed(a));
    if (scope !== undefined) return scope;
  }
  return best ?? null;
}
