import { parseCorpusFiles } from './parse-corpus-files.js';
import { type CorpusWarning, type ReadCorpusFilesOptions, readCorpusFiles } from './read-corpus-files.js';
import type { Report } from './report.js';

export type LoadedCorpus = { readonly reports: readonly Report[]; readonly warnings: readonly CorpusWarning[] };

export type LoadCorpusOptions = ReadCorpusFilesOptions;

/**
 * Reads and parses every `.txt` and `.md` report under a folder, recursively, in a stable order
 * (relative POSIX path, compared by code unit): `readCorpusFiles`, then `parseCorpusFiles`. Hidden
 * files and folders (name starting with ".") are not read, and a folder reached again through a
 * symbolic link is read only once (no link loops).
 *
 * A bad file never stops the load: an unreadable, oversized, empty, binary or non-UTF-8 file, or one
 * with no report text left after cleaning, is skipped with one warning; a front matter problem is a
 * warning and the report still loads. Warnings are sorted by file.
 *
 * @throws {CorpusDirError} when `dir` does not exist, is not a folder or cannot be read.
 * @example
 * const { reports, warnings } = await loadCorpus('seeds');
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const read = await readCorpusFiles(dir, options);
  const parsed = parseCorpusFiles(read.files);
  return { reports: parsed.reports, warnings: mergeCorpusWarnings(read.warnings, parsed.warnings) };
}

/** The warnings of reading and of parsing a corpus as one list sorted by file (stable: each file's stay in order). */
export function mergeCorpusWarnings(
  read: readonly CorpusWarning[],
  parsed: readonly CorpusWarning[],
): readonly CorpusWarning[] {
  return [...read, ...parsed].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
