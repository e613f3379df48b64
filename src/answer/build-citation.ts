import type { Report } from '../corpus/report.js';
import type { Citation, Excerpt, Mark } from './answer.js';

/**
 * Builds the citation of `report.text.slice(start, end)`.
 *
 * @throws {RangeError} when the offsets do not fall inside the report (a bug, never user input).
 */
export function buildCitation(report: Report, start: number, end: number): Citation {
  if (start < 0 || end > report.text.length || start >= end) {
    throw new RangeError(`Citation offsets ${start}-${end} fall outside report "${report.file}"`);
  }
  return {
    file: report.file,
    start,
    end,
    sentence: report.text.slice(start, end),
    title: report.title,
    date: report.date,
    outlet: report.outlet,
  };
}

/**
 * Builds an excerpt of `report.text.slice(start, end)` that marks the given absolute ranges,
 * clipped to the excerpt and sorted. Marks outside the excerpt are dropped.
 */
export function buildExcerpt(
  report: Report,
  span: { readonly start: number; readonly end: number },
  absoluteMarks: readonly Mark[],
): Excerpt {
  const marks = absoluteMarks
    .map((mark) => ({
      start: Math.max(mark.start, span.start) - span.start,
      end: Math.min(mark.end, span.end) - span.start,
    }))
    .filter((mark) => mark.end > mark.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { citation: buildCitation(report, span.start, span.end), marks };
}
