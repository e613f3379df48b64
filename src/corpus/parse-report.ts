import { readReport } from './read-report.js';
import type { Report } from './report.js';

/**
 * Turns a decoded report file into a cleaned report with metadata.
 *
 * `file` is the path relative to the corpus folder (POSIX separators); the id is that path without
 * its `.txt` / `.md` extension. The text is kept unchanged: cleaning only decides which paragraphs
 * are the `title`, the `dateline` and the `body` blocks (offsets into `text`); site chrome, teaser
 * lists, author bios, source and link lines and the front matter are left out. Metadata comes from
 * the text (headline, dateline, source line); front matter keys win over it; every field is capped
 * (`capMetadata`: a 300-character title, a 2,048-character url). Problems in the front matter and
 * cut fields do not stop parsing (`readReport` reports them; `loadCorpus` turns them into
 * warnings). `hash` is the SHA-256 of the file's bytes; when it is omitted, the hash of the text's
 * UTF-8 encoding is used. Never throws; a report may have no body block (`loadCorpus` skips it).
 * Pure and deterministic.
 *
 * @example
 * parseReport('kursk.txt', 'Troops Reach Kursk Front\n\n23 December 2024\n\nTroops arrived.', 54).blocks
 * // [{ kind: 'title', … }, { kind: 'dateline', … }, { kind: 'body', start: 42, end: 57 }]
 */
export function parseReport(file: string, text: string, bytes: number, hash?: string): Report {
  return readReport(file, text, bytes, hash).report;
}
