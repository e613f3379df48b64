import { createHash } from 'node:crypto';
import type { ConvertedReport } from './converted-report.js';

/**
 * The SHA-256 (lowercase hex) of a converted report's article text: its paragraphs joined by blank
 * lines. Two copies of one article have the same hash even when the pages around them differ
 * (advertising, timestamps, scripts). Pure.
 *
 * @example
 * hashArticleText(report) // '3b1f…'
 */
export function hashArticleText(report: ConvertedReport): string {
  return createHash('sha256').update(report.paragraphs.join('\n\n')).digest('hex');
}
