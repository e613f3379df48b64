import type { QuoteSpan } from './find-quote-spans.js';

/** The character that stands for quoted text in a masked paragraph: not a letter, not white space. */
export const QUOTE_MASK = '\uFFFC';

/**
 * Replaces every quote (marks included) with `QUOTE_MASK`, keeping offsets, so that what the
 * report itself says can be read without the quoted words: a person named inside a quote is
 * never taken for its speaker. A full stop, question or exclamation mark that ends a quote is
 * kept in place, so a quote that ends a sentence still ends it. Pure.
 *
 * @example
 * maskQuoteSpans('“Go.” He left.', findQuoteSpans('“Go.” He left.')); // '￼￼.￼ He left.'
 */
export function maskQuoteSpans(text: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return text;
  const chars = [...text.split('')];
  for (const span of spans) {
    for (let i = span.open; i < span.close; i++) chars[i] = QUOTE_MASK;
    const last = text[span.end - 1] ?? '';
    if (!span.isCut && /[.!?]/.test(last)) chars[span.end - 1] = last;
  }
  return chars.join('');
}
