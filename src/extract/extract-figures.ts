// STUB — replaced by the figures work.
import type { Report } from '../corpus/report.js';
import type { Sentence } from '../search/sentence.js';
import type { Figure } from './figure.js';

/** Finds casualty and troop figures in a report's sentences. */
export function extractFigures(_report: Report, _sentences: readonly Sentence[]): Figure[] {
  return [];
}
