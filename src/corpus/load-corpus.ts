import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { decodeReportBytes } from './decode-report-bytes.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { parseReport } from './parse-report.js';
import type { Report } from './report.js';

/** Thrown when the corpus folder does not exist or is not a folder. */
export class CorpusDirError extends Error {
  override name = 'CorpusDirError';
  readonly dir: string;
  constructor(dir: string, detail: string) {
    super(`Cannot read corpus folder "${dir}": ${detail}`);
    this.dir = dir;
  }
}

/**
 * A problem with one file (path relative to the corpus folder). `skipped` says whether the file was
 * left out (an empty, binary, non-UTF-8 or oversized file, or one with no report text) or loaded
 * anyway (a front matter problem: the metadata found in the text is used instead).
 */
export type CorpusWarning = { readonly file: string; readonly reason: string; readonly skipped: boolean };

export type LoadedCorpus = { readonly reports: readonly Report[]; readonly warnings: readonly CorpusWarning[] };

export type LoadCorpusOptions = {
  /** Files larger than this many bytes are skipped. Default: 5 MiB. */
  readonly maxBytes?: number;
};

/** 5 MiB: far above a news report, small enough that a stray dump or archive is not read. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const REPORT_FILE = /\.(?:txt|md)$/iu;

const CODE_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist (a broken link?)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  EISDIR: 'it is a folder',
};

/**
 * Reads every `.txt` and `.md` report under a folder, recursively, in a stable order (relative POSIX
 * path, compared by code unit). Hidden files and folders (name starting with ".") are not read, and
 * a folder reached again through a symbolic link is read only once (no link loops).
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
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const root = resolve(dir);
  const rootStats = await stat(root).catch((error: unknown) => {
    throw new CorpusDirError(dir, hasCode(error, 'ENOENT') ? 'folder does not exist' : describeError(error));
  });
  if (!rootStats.isDirectory()) throw new CorpusDirError(dir, 'path is not a folder');
  const warnings: CorpusWarning[] = [];
  const files = await listReportFiles(root, warnings).catch((error: unknown) => {
    throw new CorpusDirError(dir, describeError(error));
  });
  const reports: Report[] = [];
  for (const file of files) {
    const report = await loadReport(root, file, maxBytes, warnings);
    if (report) reports.push(report);
  }
  warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { reports, warnings };
}

async function loadReport(
  root: string,
  file: string,
  maxBytes: number,
  warnings: CorpusWarning[],
): Promise<Report | null> {
  const skip = (reason: string): null => {
    warnings.push({ file, reason, skipped: true });
    return null;
  };
  const path = join(root, ...file.split('/'));
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > maxBytes) return skip(`file is too large: ${size} bytes, more than the limit of ${maxBytes}`);
    bytes = await readFile(path);
  } catch (error: unknown) {
    return skip(`file cannot be read: ${describeError(error)}`);
  }
  if (bytes.length > maxBytes)
    return skip(`file is too large: ${bytes.length} bytes, more than the limit of ${maxBytes}`);
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return skip(decoded.reason);
  for (const reason of parseFrontMatter(decoded.text).problems) warnings.push({ file, reason, skipped: false });
  const report = parseReport(file, decoded.text, bytes.length, createHash('sha256').update(bytes).digest('hex'));
  if (!report.blocks.some((block) => block.kind === 'body')) return skip('file has no report text left after cleaning');
  return report;
}

/** Relative POSIX paths of the report files under `root`, sorted by code unit. */
async function listReportFiles(root: string, warnings: CorpusWarning[]): Promise<string[]> {
  const files: string[] = [];
  const seenFolders = new Set<string>([await realpath(root)]);
  const visit = async (folder: string): Promise<void> => {
    const names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort(compareCodeUnits);
    for (const name of names) {
      const path = join(folder, name);
      const file = relative(root, path).split(sep).join('/');
      let stats: Stats;
      try {
        stats = await stat(path);
      } catch (error: unknown) {
        if (REPORT_FILE.test(name))
          warnings.push({ file, reason: `file cannot be read: ${describeError(error)}`, skipped: true });
        continue;
      }
      if (stats.isDirectory()) {
        const real = await realpath(path);
        if (seenFolders.has(real)) {
          warnings.push({
            file,
            reason: 'folder was already read through another path (a symbolic link)',
            skipped: true,
          });
          continue;
        }
        seenFolders.add(real);
        await visit(path).catch((error: unknown) => {
          warnings.push({ file, reason: `folder cannot be read: ${describeError(error)}`, skipped: true });
        });
      } else if (stats.isFile() && REPORT_FILE.test(name)) files.push(file);
    }
  };
  await visit(root);
  return files.sort(compareCodeUnits);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function describeError(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return CODE_MESSAGES[error.code] ?? error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
