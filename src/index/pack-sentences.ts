import type { Report } from '../corpus/report.js';
import { buildSentenceId, type Sentence } from '../sentences/sentence.js';

/** Numbers per packed sentence: report position, ordinal, block, start, end. */
export const SENTENCE_WIDTH = 5;

/**
 * The sentences as `SENTENCE_WIDTH` numbers each (their text is a slice of their report's); a
 * sentence whose report is not in `reports` gets position -1. Pure.
 */
export function packSentences(reports: readonly Report[], sentences: readonly Sentence[]): Int32Array {
  const position = new Map(reports.map((report, i) => [report.id, i]));
  const numbers = new Int32Array(sentences.length * SENTENCE_WIDTH);
  sentences.forEach((sentence, i) => {
    numbers.set(
      [position.get(sentence.reportId) ?? -1, sentence.ordinal, sentence.block, sentence.start, sentence.end],
      i * SENTENCE_WIDTH,
    );
  });
  return numbers;
}

/**
 * The sentences `packSentences` packed, their text sliced from `reports` again. Pure.
 *
 * @throws {RangeError} when a sentence names a report position `reports` does not hold.
 */
export function unpackSentences(numbers: ArrayLike<number>, reports: readonly Report[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let i = 0; i < numbers.length; i += SENTENCE_WIDTH) {
    const at = numbers[i] ?? -1;
    const report = reports[at];
    if (report === undefined) throw new RangeError(`Cannot unpack the index: no report at position ${at}`);
    const ordinal = numbers[i + 1] ?? 0;
    const start = numbers[i + 3] ?? 0;
    const end = numbers[i + 4] ?? 0;
    const id = buildSentenceId(report.id, ordinal);
    sentences.push({
      id,
      reportId: report.id,
      ordinal,
      block: numbers[i + 2] ?? 0,
      start,
      end,
      text: report.text.slice(start, end),
    });
  }
  return sentences;
}
