/**
 * How many typos search forgives in a word it does not know: none under 4 letters, 1 up to 7, 2 from
 * 8 letters on. One policy for the sentence index's fuzzy search and for every other place that
 * matches a word "the way search matches it".
 *
 * @example
 * countAllowedTypos('kriby'); // 1
 */
export function countAllowedTypos(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}
