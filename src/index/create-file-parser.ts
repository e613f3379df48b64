import { type ParsedCorpusFiles, parseCorpusFiles } from '../corpus/parse-corpus-files.js';
import type { CorpusFile, CorpusWarning, FileStamp } from '../corpus/read-corpus-files.js';
import type { Report } from '../corpus/report.js';

/** A report as a store holds it, with its file's modification time when it was read (null: unknown). */
export type StampedReport = { readonly report: Report; readonly mtimeMs: number | null };

/** Parses a corpus's files as `parseCorpusFiles` does, remembering each file's result and stamp for the next read. */
export type FileParser = {
  /**
   * The reports and warnings of every file of `stamps` (in its order; of `files` when absent):
   * a file read now is parsed unless its path and hash are remembered; a file not read now
   * (`readCorpusFiles` left it unread, its stamp being known) must be remembered with that hash.
   *
   * @throws {Error} when a file is neither read nor remembered (a `known` map that did not come from `known()`).
   */
  parse(files: readonly CorpusFile[], stamps?: ReadonlyMap<string, FileStamp>): ParsedCorpusFiles;
  /** The stamps of the files remembered: `readCorpusFiles`' `known` for the next read. */
  known(): ReadonlyMap<string, FileStamp>;
  /**
   * Remembers reports parsed before (a corpus store's, with their parse warnings) as if their files
   * had been read and parsed: a file with the same stamp is then not read, nor parsed, again.
   * A report without a modification time is remembered by hash only (read again, not parsed again).
   */
  seed(reports: readonly StampedReport[], warnings: readonly CorpusWarning[]): void;
  /** Whether it remembers no file (a first read, or never seeded). */
  isEmpty(): boolean;
};

type Remembered = { readonly hash: string; readonly stamp: FileStamp | null; readonly parsed: ParsedCorpusFiles };

/**
 * A `parseCorpusFiles` that parses only the files it has not seen with the same path and content
 * hash, and reuses its last result for the others: the folder's next read parses the reports that
 * are new or changed, not the whole corpus; with `known()` given to `readCorpusFiles`, an unchanged
 * file is not even read. It gives exactly what `parseCorpusFiles` gives (each file's report and
 * warnings depend on its bytes alone), and remembers only the files of its last call, so a removed
 * file is forgotten.
 *
 * @example
 * const parser = createFileParser();
 * const first = await readCorpusFiles(dir, { known: parser.known() });
 * parser.parse(first.files, first.stamps); // parses every file
 * const next = await readCorpusFiles(dir, { known: parser.known() }); // reads the one file added
 * parser.parse(next.files, next.stamps); // parses it alone
 */
export function createFileParser(): FileParser {
  let memory = new Map<string, Remembered>();
  return {
    parse(files, stamps) {
      const read = new Map(files.map((file) => [file.file, file]));
      const next = new Map<string, Remembered>();
      const reports: Report[] = [];
      const warnings: CorpusWarning[] = [];
      for (const path of stamps === undefined ? read.keys() : stamps.keys()) {
        const file = read.get(path);
        const old = memory.get(path);
        const hash = file?.hash ?? stamps?.get(path)?.hash;
        if (file === undefined && (old === undefined || old.hash !== hash)) {
          throw new Error(`Cannot parse the corpus: "${path}" was neither read nor parsed before`);
        }
        const parsed = old !== undefined && old.hash === hash ? old.parsed : parseCorpusFiles(file ? [file] : []);
        next.set(path, { hash: hash ?? '', stamp: stamps?.get(path) ?? null, parsed });
        reports.push(...parsed.reports);
        warnings.push(...parsed.warnings);
      }
      memory = next;
      return { reports, warnings };
    },
    known() {
      const known = new Map<string, FileStamp>();
      for (const [path, { stamp }] of memory) if (stamp !== null) known.set(path, stamp);
      return known;
    },
    seed(reports, warnings) {
      const warningsOf = new Map<string, CorpusWarning[]>();
      for (const warning of warnings) warningsOf.set(warning.file, [...(warningsOf.get(warning.file) ?? []), warning]);
      for (const { report, mtimeMs } of reports) {
        const { file, hash, bytes } = report;
        const stamp = mtimeMs === null ? null : { size: bytes, mtimeMs, hash };
        memory.set(file, { hash, stamp, parsed: { reports: [report], warnings: warningsOf.get(file) ?? [] } });
      }
    },
    isEmpty: () => memory.size === 0,
  };
}
