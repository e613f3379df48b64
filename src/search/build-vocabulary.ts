import type { AnalyzedTerm } from './analyze-text.js';
import { ALIAS_TERM_PREFIX } from './match-aliases.js';

/** A term the index knows: the way the reports most often write it, and how often it occurs. */
export type VocabularyEntry = { readonly surface: string; readonly count: number };

/**
 * Spelling → its term and occurrences, filled by `countSurfaces` while indexing. Keyed by spelling
 * so counting a word costs one map lookup; `buildVocabulary` groups the spellings by term.
 */
export type SurfaceCounts = Map<string, { readonly term: string; count: number }>;

/** Adds the spellings of a text's terms to the counts. Alias group terms are left out. */
export function countSurfaces(counts: SurfaceCounts, terms: readonly AnalyzedTerm[]): void {
  for (const { term, surface } of terms) {
    const known = counts.get(surface);
    if (known !== undefined && known.term === term) known.count += 1;
    else if (known === undefined && !term.startsWith(ALIAS_TERM_PREFIX)) counts.set(surface, { term, count: 1 });
  }
}

/**
 * The vocabulary of an index: for each term, its most frequent spelling (ties go to the first in
 * code-unit order, so "Storm" before "storm") and its total number of occurrences. Deterministic:
 * the result does not depend on the order the spellings were counted in.
 *
 * @example
 * const counts: SurfaceCounts = new Map();
 * countSurfaces(counts, analyzeText('Missiles and more missiles'));
 * buildVocabulary(counts).get('missil'); // { surface: 'missiles', count: 2 }
 */
export function buildVocabulary(counts: SurfaceCounts): Map<string, VocabularyEntry> {
  const best = new Map<string, { surface: string; top: number; count: number }>();
  for (const [surface, { term, count }] of counts) {
    const entry = best.get(term);
    if (entry === undefined) best.set(term, { surface, top: count, count });
    else {
      entry.count += count;
      if (count > entry.top || (count === entry.top && surface < entry.surface)) {
        entry.surface = surface;
        entry.top = count;
      }
    }
  }
  return new Map([...best].map(([term, { surface, count }]) => [term, { surface, count }]));
}
