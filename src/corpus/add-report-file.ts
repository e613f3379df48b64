import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildReportSlug } from './build-report-slug.js';
import { convertOriginal } from './formats/convert-original.js';
import type { ConvertedReport } from './formats/converted-report.js';
import { hashArticleText } from './formats/hash-article-text.js';
import { readOriginalHash } from './formats/read-original-hash.js';
import { renderConvertedText } from './formats/render-converted-text.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { readConvertedTextHead } from './write-converted-text.js';
import { writeFileAtomically } from './write-file-atomically.js';

/** The folder, inside the corpus folder, that reports added from Slack are written to. */
export const ADDED_FOLDER = 'added';

/** A report to add: the original's bytes, its format, and where it came from. */
export type NewReport = {
  readonly bytes: Uint8Array;
  readonly format: 'html' | 'pdf';
  /** The address it was fetched from, or null for a file shared in Slack. */
  readonly sourceUrl: string | null;
  /** The shared file's name (used for the file name when the report has no title), or null. */
  readonly fileName: string | null;
};

/**
 * What adding did: `added` (the converted text's path relative to the corpus folder, its text,
 * and whether it is a new version of a report already there), `duplicate` (the same article is
 * already there, in `file`), or `refused` with the reason.
 */
export type AddReportOutcome =
  | {
      readonly kind: 'added';
      readonly file: string;
      readonly text: string;
      readonly report: ConvertedReport;
      readonly replaces: string | null;
    }
  | { readonly kind: 'duplicate'; readonly file: string; readonly report: ConvertedReport }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Adds a web page or PDF to the corpus folder, under `added/`, as the original and its converted
 * text beside it (`added/<slug>.html` and `added/<slug>.html.txt`; see `renderConvertedText`), each
 * written atomically, so the watcher indexes it like any other file and the folder stays the one
 * source of truth.
 *
 * A report is known by its canonical address (the page's own, else the address it was fetched
 * from) and the SHA-256 of its article text (`content_sha256`): when a report already added has
 * the same text, nothing is written and the outcome names its file; when one has the same address
 * but other text (the page changed), the new text is a new version beside it (`<slug>-v2`).
 *
 * @example
 * await addReportFile('corpus', { bytes, format: 'html', sourceUrl: 'https://…', fileName: null })
 */
export async function addReportFile(dir: string, report: NewReport): Promise<AddReportOutcome> {
  const extension = report.format === 'pdf' ? '.pdf' : '.html';
  const converted = await convertOriginal(`report${extension}`, report.bytes);
  if (!converted.ok) return { kind: 'refused', reason: converted.reason };
  const url = converted.report.url ?? report.sourceUrl;
  const article = { ...converted.report, url };
  const sha256 = createHash('sha256').update(report.bytes).digest('hex');
  const known = await readAddedReports(join(dir, ADDED_FOLDER));
  const contentHash = hashArticleText(article);
  const same = known.find((entry) => entry.contentHash === contentHash || entry.originalHash === sha256);
  if (same) return { kind: 'duplicate', file: `${ADDED_FOLDER}/${same.name}`, report: article };
  const previous = url === null ? [] : known.filter((entry) => entry.url === url);
  const slug = buildReportSlug(article.title, report.fileName ?? url ?? 'report');
  const names = new Set(known.map((entry) => entry.name));
  let stem = slug;
  for (
    let version = 2;
    (await exists(join(dir, ADDED_FOLDER, `${stem}${extension}`))) || names.has(`${stem}${extension}.txt`);
    version++
  )
    stem = `${slug}-v${version}`;
  const original = `${stem}${extension}`;
  const text = renderConvertedText(article, { original, sha256 });
  // Rule: the text first, so a watcher reading the folder between the two writes finds it current and never converts the original itself.
  await writeFileAtomically(join(dir, ADDED_FOLDER, `${original}.txt`), text);
  await writeFileAtomically(join(dir, ADDED_FOLDER, original), report.bytes);
  const replaces = previous.at(-1);
  return {
    kind: 'added',
    file: `${ADDED_FOLDER}/${original}.txt`,
    text,
    report: article,
    replaces: replaces === undefined ? null : `${ADDED_FOLDER}/${replaces.name}`,
  };
}

type AddedReport = { name: string; url: string | null; originalHash: string | null; contentHash: string | null };

/** The converted texts already in the added folder, by file name order. */
async function readAddedReports(folder: string): Promise<AddedReport[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const texts = names.filter((name) => !name.startsWith('.') && name.endsWith('.txt')).sort();
  const reports: AddedReport[] = [];
  for (const name of texts) {
    const head = await readConvertedTextHead(join(folder, name));
    reports.push({
      name,
      url: parseFrontMatter(head).fields.url ?? null,
      originalHash: readOriginalHash(head),
      contentHash: /^content_sha256: ([0-9a-f]{64})$/mu.exec(head)?.[1] ?? null,
    });
  }
  return reports;
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
