import { decodeReportBytes } from './decode-report-bytes.js';
import type { CorpusFile, CorpusWarning } from './read-corpus-files.js';
import { readReport } from './read-report.js';
import type { Report } from './report.js';

/** The reports parsed from a corpus's files, and the problems parsing found. */
export type ParsedCorpusFiles = { readonly reports: readonly Report[]; readonly warnings: readonly CorpusWarning[] };

/**
 * Decodes, cleans and parses each file read by `readCorpusFiles` into a report, in the files' order.
 * A file that is empty, binary, not UTF-8, or has no report text left after cleaning is skipped with
 * one warning; a front matter problem or a metadata field over its cap (`capMetadata`) is a
 * warning and the report still loads. The warnings depend
 * on each file's bytes alone and come in file order. Never throws. Pure and deterministic.
 *
 * @example
 * const { files } = await readCorpusFiles('seeds');
 * const { reports, warnings } = parseCorpusFiles(files);
 */
export function parseCorpusFiles(files: readonly CorpusFile[]): ParsedCorpusFiles {
  const reports: Report[] = [];
  const warnings: CorpusWarning[] = [];
  for (const { file, bytes, hash } of files) {
    const decoded = decodeReportBytes(bytes);
    if (!decoded.ok) {
      warnings.push({ file, reason: decoded.reason, skipped: true });
      continue;
    }
    const { report, problems } = readReport(file, decoded.text, bytes.length, hash);
    for (const reason of problems) warnings.push({ file, reason, skipped: false });
    if (report.blocks.some((block) => block.kind === 'body')) reports.push(report);
    else warnings.push({ file, reason: 'file has no report text left after cleaning', skipped: true });
  }
  return { reports, warnings };
}
