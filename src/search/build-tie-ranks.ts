import type { Sentence } from './sentence.js';

/**
 * For each sentence (by position), its rank when all sentences are ordered by report id (code-unit
 * order, locale-independent) and then by ordinal: the tie-break of the search's total order, as a
 * number so ranking large result sets compares integers, not strings.
 *
 * @example
 * buildTieRanks([b0, a1, a0]); // Uint32Array [2, 1, 0] for sentences "b#0", "a#1", "a#0"
 */
export function buildTieRanks(sentences: readonly Sentence[]): Uint32Array {
  const order = Array.from({ length: sentences.length }, (_, i) => i).sort((a, b) => {
    const x = sentences[a];
    const y = sentences[b];
    if (x === undefined || y === undefined) return a - b;
    if (x.reportId !== y.reportId) return x.reportId < y.reportId ? -1 : 1;
    return x.ordinal - y.ordinal || a - b;
  });
  const ranks = new Uint32Array(sentences.length);
  order.forEach((position, rank) => {
    ranks[position] = rank;
  });
  return ranks;
}
