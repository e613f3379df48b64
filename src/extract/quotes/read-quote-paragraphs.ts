import type { Report } from '../../corpus/report.js';
import { findMentions, type Mention } from '../people/find-mentions.js';
import { findQuoteSpans, type QuoteSpan } from '../words/find-quote-spans.js';
import { findSentenceBounds, type SentenceBounds } from '../words/find-sentence-bounds.js';
import { maskQuoteSpans } from '../words/mask-quote-spans.js';

/** A body paragraph of a report, read for quotes. Offsets in `spans`, `masked` and `bounds` are relative to `start`. */
export type QuoteParagraph = {
  /** Index of the block in `report.blocks`. */
  readonly block: number;
  /** Offset of the paragraph in `report.text`. */
  readonly start: number;
  readonly text: string;
  readonly spans: readonly QuoteSpan[];
  /** The paragraph with its quotes masked (`maskQuoteSpans`). */
  readonly masked: string;
  readonly bounds: readonly SentenceBounds[];
  /** Who the paragraph names outside its quotes, with offsets into `report.text`. */
  readonly mentions: readonly Mention[];
  /** True when the paragraph's last quote is left open and the next paragraph opens a quote: it goes on there. */
  readonly continuesQuote: boolean;
};

const OPENING_MARK = /^\s*["“‘'„«]/;

/**
 * Reads every body block of a report once: its quote spans, the masked text, its sentences and
 * what it names. A quote left open at the end of a paragraph whose next paragraph starts with an
 * opening mark follows the newspaper convention for quotes that run over several paragraphs, so
 * it is not a cut quote (`continuesQuote`). Pure.
 */
export function readQuoteParagraphs(report: Report): QuoteParagraph[] {
  const body = report.blocks.flatMap((block, index) => (block.kind === 'body' ? [{ block, index }] : []));
  return body.map(({ block, index }, position) => {
    const text = report.text.slice(block.start, block.end);
    const spans = findQuoteSpans(text);
    const masked = maskQuoteSpans(text, spans);
    const next = body[position + 1];
    const nextText = next ? report.text.slice(next.block.start, next.block.end) : '';
    return {
      block: index,
      start: block.start,
      text,
      spans,
      masked,
      bounds: findSentenceBounds(masked),
      mentions: findMentions(masked, block.start),
      continuesQuote: spans.at(-1)?.isCut === true && OPENING_MARK.test(nextText),
    };
  });
}
