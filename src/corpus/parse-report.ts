// STUB — replaced by the corpus work.
import { createHash } from 'node:crypto';
import type { Report } from './report.js';

/** Parses a decoded report file into a cleaned report with metadata. */
export function parseReport(file: string, text: string, bytes: number): Report {
  return {
    id: file.replace(/\.(txt|md)$/i, ''),
    file,
    title: null,
    date: null,
    outlet: null,
    url: null,
    text,
    blocks: [{ kind: 'body', start: 0, end: text.length }],
    bytes,
    hash: createHash('sha256').update(text).digest('hex'),
  };
}
