/** The sentence of a report that best carries a query, and the terms it holds. */
export type LocatedSentence = {
  /** Position of the sentence in the list given. */
  readonly at: number;
  /** The wanted terms the sentence holds, in the order given for it. */
  readonly terms: readonly number[];
};

/**
 * Picks, among a report's sentences (each given as its distinct term numbers, in reading order),
 * the one that holds the most wanted terms; among those, the one whose terms weigh most (the sum
 * of their weights, IDF for the search), then the earliest. A sentence that holds none is never
 * picked: null when no sentence holds one. Pure.
 *
 * @example
 * locateBestSentence([Uint32Array.of(1), Uint32Array.of(2, 3)], new Map([[2, 1.5], [3, 0.5]]));
 * // { at: 1, terms: [2, 3] }
 */
export function locateBestSentence(
  sentences: readonly ArrayLike<number>[],
  weights: ReadonlyMap<number, number>,
): LocatedSentence | null {
  let best: { at: number; terms: number[]; weight: number } | null = null;
  for (let at = 0; at < sentences.length; at++) {
    const own = sentences[at] ?? [];
    const terms: number[] = [];
    let weight = 0;
    for (let i = 0; i < own.length; i++) {
      const term = own[i] as number;
      const termWeight = weights.get(term);
      if (termWeight === undefined) continue;
      terms.push(term);
      weight += termWeight;
    }
    if (terms.length === 0) continue;
    if (
      best === null ||
      terms.length > best.terms.length ||
      (terms.length === best.terms.length && weight > best.weight)
    ) {
      best = { at, terms, weight };
    }
  }
  return best === null ? null : { at: best.at, terms: best.terms };
}
