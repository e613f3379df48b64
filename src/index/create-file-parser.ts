import { type ParsedCorpusFiles, parseCorpusFiles } from '../corpus/parse-corpus-files.js';
import type { CorpusFile } from '../corpus/read-corpus-files.js';

/** Parses a corpus's files as `parseCorpusFiles` does, remembering each file's result for the next call. */
export type FileParser = (files: readonly CorpusFile[]) => ParsedCorpusFiles;

/**
 * A `parseCorpusFiles` that parses only the files it has not seen with the same path and content
 * hash, and reuses its last result for the others: the folder's next read parses the reports that
 * are new or changed, not the whole corpus. It gives exactly what `parseCorpusFiles` gives (each
 * file's report and warnings depend on its bytes alone), and remembers only the files of its last
 * call, so a removed file is forgotten.
 *
 * @example
 * const parse = createFileParser();
 * parse(files); // parses every file
 * parse(filesWithOneMore); // parses the one file added
 */
export function createFileParser(): FileParser {
  let known = new Map<string, ParsedCorpusFiles>();
  return (files) => {
    const next = new Map<string, ParsedCorpusFiles>();
    const reports: ParsedCorpusFiles['reports'][number][] = [];
    const warnings: ParsedCorpusFiles['warnings'][number][] = [];
    for (const file of files) {
      const key = `${file.file}\0${file.hash}`;
      const parsed = known.get(key) ?? parseCorpusFiles([file]);
      next.set(key, parsed);
      reports.push(...parsed.reports);
      warnings.push(...parsed.warnings);
    }
    known = next;
    return { reports, warnings };
  };
}
