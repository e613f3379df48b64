/** Double quotation marks a sentence may carry itself: straight, curly, low and angle. */
const QUOTE_MARK = /["“”„«»]/u;

/**
 * True when a cited sentence has quotation marks of its own (`“It’s not surprising,” he said.`).
 * Such a sentence is shown as a block quote (`> `), not wrapped in a second pair of marks, so an
 * excerpt never reads `““…” …”`; every other sentence is wrapped in one pair, “…”. Apostrophes and
 * single quotes do not count (they are mostly apostrophes). Pure.
 */
export function hasOwnQuoteMarks(sentence: string): boolean {
  return QUOTE_MARK.test(sentence);
}
