// STUB — replaced by the sentence-splitting work.
import type { Report } from '../corpus/report.js';
import { buildSentenceId, type Sentence } from './sentence.js';

/** Splits the body blocks of a report into sentences that slice back exactly. */
export function splitSentences(report: Report): Sentence[] {
  const sentences: Sentence[] = [];
  report.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'body') return;
    const text = report.text.slice(block.start, block.end);
    const start = block.start + (text.length - text.trimStart().length);
    const end = block.end - (text.length - text.trimEnd().length);
    if (end <= start) return;
    const ordinal = sentences.length;
    sentences.push({
      id: buildSentenceId(report.id, ordinal),
      reportId: report.id,
      ordinal,
      block: blockIndex,
      start,
      end,
      text: report.text.slice(start, end),
    });
  });
  return sentences;
}
