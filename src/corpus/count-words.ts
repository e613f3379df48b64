/**
 * Counts the white-space separated words of a text.
 *
 * Returns 0 for an empty or blank text. Pure and deterministic.
 */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}
