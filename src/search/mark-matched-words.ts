import { analyzeText } from './analyze-text.js';
import { type AliasTable, EMPTY_ALIAS_TABLE } from './match-aliases.js';

/**
 * The character ranges of a text's words whose index terms are in `matchedTerms`: whole words (or
 * whole alias phrases), never part of one. Overlapping ranges (a phrase and a word inside it) are
 * merged; the result is sorted and non-overlapping. Stop words are never marked.
 *
 * @example
 * markMatchedWords('British Storm Shadow missiles', new Set(['missil'])); // [{ start: 21, end: 29 }]
 */
export function markMatchedWords(
  text: string,
  matchedTerms: ReadonlySet<string>,
  table: AliasTable = EMPTY_ALIAS_TABLE,
): { readonly start: number; readonly end: number }[] {
  const ranges = analyzeText(text, table)
    .filter((term) => matchedTerms.has(term.term))
    .map((term) => ({ start: term.start, end: term.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
