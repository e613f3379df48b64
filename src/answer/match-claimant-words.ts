import { measureEditDistance } from '../extract/words/measure-edit-distance.js';
import { countAllowedTypos } from '../search/count-allowed-typos.js';

/** How the words of "according to X" were matched to the words claimants are written with. */
export type ClaimantWordMatch = {
  /** Per matched word, the claimant spellings it stands for (itself, or its nearest spellings), sorted. */
  readonly matched: readonly (readonly string[])[];
  /** Words no claimant holds, even one typo away: left to be searched in the sentences. */
  readonly unmatched: readonly string[];
};

/**
 * Matches the lower-cased words of a claimant asked for ("kriby") to the words of the claimants
 * the figures carry ("kirby"), the way search matches a word it does not know: the word itself if
 * a claimant holds it, else every spelling at the smallest edit distance within 1 (words of 4 to 7
 * letters) or 2 (8 letters or more), a swap of two neighbouring letters counting as one; shorter
 * words match only as written. Pure; the spellings are sorted, so the result is deterministic.
 *
 * @example
 * matchClaimantWords(['kriby'], ['john', 'kirby', 'officials']); // { matched: [['kirby']], unmatched: [] }
 */
export function matchClaimantWords(words: readonly string[], claimantWords: readonly string[]): ClaimantWordMatch {
  const known = [...new Set(claimantWords)].sort();
  const matched: string[][] = [];
  const unmatched: string[] = [];
  for (const word of words) {
    if (known.includes(word)) {
      matched.push([word]);
      continue;
    }
    const max = countAllowedTypos(word);
    let best = max + 1;
    let nearest: string[] = [];
    for (const spelling of max === 0 ? [] : known) {
      const distance = measureEditDistance(word, spelling, max);
      if (distance > best || distance > max) continue;
      if (distance < best) nearest = [];
      best = distance;
      nearest.push(spelling);
    }
    if (nearest.length > 0) matched.push(nearest);
    else unmatched.push(word);
  }
  return { matched, unmatched };
}
