/** Closing quotes, brackets and Markdown emphasis that may follow the full stop of a sentence. */
const TRAILING_CLOSERS = /["'”’»)\]*_]+$/u;

/** Marks that end a sentence: full stop, question mark, exclamation mark, ellipsis. */
const SENTENCE_END = /[.!?…]$/u;

/**
 * Tells whether a line or paragraph ends the way a sentence does: with `.`, `!`, `?` or `…`,
 * optionally followed by closing quotes, brackets or Markdown emphasis (`… he said."`, `(AP).`, `**Done.**`).
 *
 * Returns false for a blank text. Pure and deterministic.
 */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd().replace(TRAILING_CLOSERS, ''));
}
