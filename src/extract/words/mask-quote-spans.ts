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
  if (spans.every((span, index) => index === 0 || span.open >= (spans[index - 1] as QuoteSpan).close)) {
    // Spans in order, apart (as `findQuoteSpans` gives them): the text is rebuilt span by span.
    let masked = '';
    let from = 0;
    for (const span of spans) {
      masked += text.slice(from, span.open);
      const last = text[span.end - 1] ?? '';
      masked +=
        !span.isCut && (last === '.' || last === '!' || last === '?')
          ? QUOTE_MASK.repeat(span.end - 1 - span.open) + last + QUOTE_MASK.repeat(span.close - span.end)
          : QUOTE_MASK.repeat(span.close - span.open);
      from = span.close;
    }
    return masked + text.slice(from);
  }
  // Spans that overlap: which code units are masked, then the text rebuilt run by run.
  const isMasked = new Uint8Array(text.length);
  for (const span of spans) {
    isMasked.fill(1, span.open, span.close);
    const last = text[span.end - 1] ?? '';
    if (!span.isCut && (last === '.' || last === '!' || last === '?')) isMasked[span.end - 1] = 0;
  }
  let masked = '';
  let runStart = 0;
  for (let at = 1; at <= text.length; at++) {
    if (at < text.length && isMasked[at] === isMasked[runStart]) continue;
    masked += isMasked[runStart] === 1 ? QUOTE_MASK.repeat(at - runStart) : text.slice(runStart, at);
    runStart = at;
  }
  return masked;
}
