// STUB — replaced by the corpus work. The only file-system reader of the corpus.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** A file that was skipped, with the reason. */
export type CorpusWarning = { readonly file: string; readonly reason: string };

export type LoadedCorpus = { readonly reports: readonly Report[]; readonly warnings: readonly CorpusWarning[] };

/** Reads every .txt and .md report under a folder, recursively, in a stable order. */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const names = (await readdir(dir)).filter((name) => /\.(txt|md)$/i.test(name)).sort();
  const reports: Report[] = [];
  for (const name of names) {
    const buffer = await readFile(join(dir, name));
    reports.push(parseReport(name, buffer.toString('utf8'), buffer.length));
  }
  return { reports, warnings: [] };
}
