// STUB — replaced by the quotes work.
import type { Report } from '../corpus/report.js';
import type { Sentence } from '../search/sentence.js';
import type { Quote } from './quote.js';

/** Finds direct quotes and reported speech in a report's sentences. */
export function extractQuotes(_report: Report, _sentences: readonly Sentence[]): Quote[] {
  return [];
}
