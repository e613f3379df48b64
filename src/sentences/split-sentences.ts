import type { Report } from '../corpus/report.js';
import { findSentenceSpans } from './find-sentence-spans.js';
import { buildSentenceId, type Sentence } from './sentence.js';

/**
 * Splits the body blocks of a report into sentences that slice back exactly.
 *
 * Only `body` blocks are split; a title or dateline block never yields a sentence, and no
 * sentence crosses a block boundary. Ordinals count from 0 across the whole report, in block
 * order. Every sentence satisfies `report.text.slice(start, end) === text`, has no leading or
 * trailing white space and is never empty; together the sentences of a block cover every
 * non-space character of it. A report without body blocks gives `[]`. Pure and deterministic.
 * The rules (abbreviations, initials, decimals, ellipses, quotes, line breaks) are in
 * docs/sentences.md.
 *
 * @example
 * splitSentences(report).map((sentence) => sentence.text);
 * // ['Gen. Kim met U.S. officials on Dec. 5.', 'They left.']
 */
export function splitSentences(report: Report): Sentence[] {
  const sentences: Sentence[] = [];
  report.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'body') return;
    for (const span of findSentenceSpans(report.text, block)) {
      const ordinal = sentences.length;
      sentences.push({
        id: buildSentenceId(report.id, ordinal),
        reportId: report.id,
        ordinal,
        block: blockIndex,
        start: span.start,
        end: span.end,
        text: report.text.slice(span.start, span.end),
      });
    }
  });
  return sentences;
}
