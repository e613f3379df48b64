import { createHash } from 'node:crypto';
import { assignRoles } from './assign-roles.js';
import { classifyParagraph } from './classify-paragraph.js';
import { extractMetadata, type PlacedParagraph } from './extract-metadata.js';
import { parseFrontMatter } from './parse-front-matter.js';
import type { Block, Report } from './report.js';
import { splitParagraphs } from './split-paragraphs.js';

/**
 * Turns a decoded report file into a cleaned report with metadata.
 *
 * `file` is the path relative to the corpus folder (POSIX separators); the id is that path without
 * its `.txt` / `.md` extension. The text is kept unchanged: cleaning only decides which paragraphs
 * are the `title`, the `dateline` and the `body` blocks (offsets into `text`); site chrome, teaser
 * lists, author bios, source and link lines and the front matter are left out. Metadata comes from
 * the text (headline, dateline, source line); front matter keys win over it. Problems in the front
 * matter do not stop parsing (`parseFrontMatter` reports them; `loadCorpus` turns them into
 * warnings). `hash` is the SHA-256 of the file's bytes; when it is omitted, the hash of the text's
 * UTF-8 encoding is used. Never throws; a report may have no body block (`loadCorpus` skips it).
 * Pure and deterministic.
 *
 * @example
 * parseReport('kursk.txt', 'Troops Reach Kursk Front\n\n23 December 2024\n\nTroops arrived.', 54).blocks
 * // [{ kind: 'title', … }, { kind: 'dateline', … }, { kind: 'body', start: 42, end: 57 }]
 */
export function parseReport(file: string, text: string, bytes: number, hash?: string): Report {
  const frontMatter = parseFrontMatter(text);
  const spans = splitParagraphs(text, frontMatter.end);
  const roles = assignRoles(spans.map((span) => classifyParagraph(text.slice(span.start, span.end))));
  const paragraphs = spans.map((span, index): PlacedParagraph => ({ ...span, role: roles[index] ?? 'dropped' }));
  const found = extractMetadata(text, paragraphs);
  const { fields } = frontMatter;
  const blocks = paragraphs.flatMap(({ start, end, role }): Block[] =>
    role === 'dropped' ? [] : [{ kind: role, start, end }],
  );
  return {
    id: file.replace(/\.(?:txt|md)$/iu, ''),
    file,
    title: fields.title !== undefined ? fields.title : found.title,
    date: fields.date !== undefined ? fields.date : found.date,
    outlet: fields.outlet !== undefined ? fields.outlet : found.outlet,
    url: fields.url !== undefined ? fields.url : found.url,
    text,
    blocks,
    bytes,
    hash: hash ?? createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}
