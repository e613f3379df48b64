/** A minisearch result as far as scoring goes: its score and the query terms it matched. */
export type ScoredMatch = { readonly score: number; readonly queryTerms: readonly string[] };

/** Scores are rounded to this many decimals before they are compared or shown. */
export const SCORE_DECIMALS = 6;

/**
 * A sentence's final score from its body match and its report title's match. minisearch multiplies
 * each score by the number of query terms matched; here that count spans the sentence and its
 * title, as it would if the title were a field of the sentence, so a sentence holding one query
 * term in a report whose title holds another counts as matching both:
 * `(body / nBody + titleWeight × title / nTitle) × |body terms ∪ title terms|`.
 *
 * Rounded to `SCORE_DECIMALS`, so float noise (summation order, a reloaded index) cannot reorder
 * ties.
 *
 * @example
 * combineScores({ score: 4, queryTerms: ['a', 'b'] }, { score: 3, queryTerms: ['c'] }, 1); // (2 + 3) × 3 = 15
 */
export function combineScores(body: ScoredMatch, title: ScoredMatch | undefined, titleWeight: number): number {
  if (title === undefined || title.queryTerms.length === 0) return roundScore(body.score);
  const matched = new Set([...body.queryTerms, ...title.queryTerms]).size;
  const perTerm =
    body.score / Math.max(1, body.queryTerms.length) + (titleWeight * title.score) / title.queryTerms.length;
  return roundScore(perTerm * matched);
}

function roundScore(score: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  return Math.round(score * factor) / factor;
}
