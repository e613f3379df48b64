import { createHash } from 'node:crypto';
import { assignRoles } from './assign-roles.js';
import { capMetadata } from './cap-metadata.js';
import { classifyParagraph } from './classify-paragraph.js';
import { extractMetadata, type PlacedParagraph } from './extract-metadata.js';
import { parseFrontMatter } from './parse-front-matter.js';
import type { Block, Report } from './report.js';
import { splitParagraphs } from './split-paragraphs.js';

/** A parsed report, and one message per problem with its front matter or metadata (for a warning naming the file). */
export type ReadReport = { readonly report: Report; readonly problems: readonly string[] };

/**
 * `parseReport`, with the problems found on the way: those of the front matter (`parseFrontMatter`)
 * and every metadata field cut or left out at its cap (`capMetadata`), in that order. The caps
 * apply to the metadata whichever source it came from (front matter or the report's own text).
 * Never throws. Pure and deterministic.
 *
 * @example
 * readReport('kursk.txt', '---\ndate: soon\n---\nTroops arrived.', 33).problems
 * // ['front matter date "soon" is not a YYYY-MM-DD date']
 */
export function readReport(file: string, text: string, bytes: number, hash?: string): ReadReport {
  const frontMatter = parseFrontMatter(text);
  const spans = splitParagraphs(text, frontMatter.end);
  const roles = assignRoles(spans.map((span) => classifyParagraph(text.slice(span.start, span.end))));
  const paragraphs = spans.map((span, index): PlacedParagraph => ({ ...span, role: roles[index] ?? 'dropped' }));
  const found = extractMetadata(text, paragraphs);
  const { fields } = frontMatter;
  const capped = capMetadata({
    title: fields.title !== undefined ? fields.title : found.title,
    date: fields.date !== undefined ? fields.date : found.date,
    outlet: fields.outlet !== undefined ? fields.outlet : found.outlet,
    url: fields.url !== undefined ? fields.url : found.url,
  });
  const blocks = paragraphs.flatMap(({ start, end, role }): Block[] =>
    role === 'dropped' ? [] : [{ kind: role, start, end }],
  );
  const report: Report = {
    id: file.replace(/\.(?:txt|md)$/iu, ''),
    file,
    ...capped.fields,
    text,
    blocks,
    bytes,
    hash: hash ?? createHash('sha256').update(text, 'utf8').digest('hex'),
  };
  return { report, problems: [...frontMatter.problems, ...capped.problems] };
}
