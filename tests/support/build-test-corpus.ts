import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block, Report } from '../../src/corpus/report.js';
import { buildSpeakerDirectory } from '../../src/extract/people/build-speaker-directory.js';
import { assembleCorpusIndex } from '../../src/index/assemble-corpus-index.js';
import type { CorpusIndex } from '../../src/index/corpus-index.js';
import { buildSentenceIndex } from '../../src/search/sentence-index.js';
import { buildSentenceId, type Sentence } from '../../src/sentences/sentence.js';
import { TEST_ALIASES, TEST_SETTINGS } from './test-lexicon.js';

/** A report and its sentences, built by the simple rules of `buildTestReport`. */
export type TestReport = { readonly report: Report; readonly sentences: readonly Sentence[] };

export type TestReportMeta = { readonly date?: string | null; readonly outlet?: string | null };

const REPORTS_DIR = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));

/**
 * Builds a report from a small hand-written text, without the real cleaner or sentence splitter,
 * so search tests do not depend on their heuristics:
 *
 * - a first line starting with "# " is the title (the "# " is not part of it);
 * - every other non-blank line is one body paragraph holding exactly one sentence.
 */
export function buildTestReport(id: string, text: string, meta: TestReportMeta = {}): TestReport {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let title: string | null = null;
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const lead = line.length - line.trimStart().length;
    if (start === 0 && trimmed.startsWith('# ')) {
      title = trimmed.slice(2);
      blocks.push({ kind: 'title', start: start + lead + 2, end: start + lead + trimmed.length });
      continue;
    }
    const sentenceStart = start + lead;
    const end = sentenceStart + trimmed.length;
    sentences.push({
      id: buildSentenceId(id, sentences.length),
      reportId: id,
      ordinal: sentences.length,
      block: blocks.length,
      start: sentenceStart,
      end,
      text: trimmed,
    });
    blocks.push({ kind: 'body', start: sentenceStart, end });
  }
  const report: Report = {
    id,
    file: `${id}.txt`,
    title,
    date: meta.date ?? null,
    outlet: meta.outlet ?? null,
    url: null,
    text,
    blocks,
    bytes: Buffer.byteLength(text),
    hash: createHash('sha256').update(text).digest('hex'),
  };
  return { report, sentences };
}

/** Reads `tests/fixtures/reports/<name>.txt` and builds it with `buildTestReport`; the id is the name. */
export function loadTestReport(name: string, meta: TestReportMeta = {}): TestReport {
  return buildTestReport(name, readFileSync(`${REPORTS_DIR}${name}.txt`, 'utf8'), meta);
}

/** A corpus index over test reports (ordered by id), with the real search index and no extracted facts. */
export function buildTestCorpusIndex(parts: readonly TestReport[]): CorpusIndex {
  const ordered = [...parts].sort((a, b) => (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0));
  const reports = ordered.map((part) => part.report);
  const sentences = ordered.flatMap((part) => part.sentences);
  return assembleCorpusIndex({
    reports,
    sentences,
    search: buildSentenceIndex(reports, sentences, { aliases: TEST_ALIASES }),
    figures: [],
    quotes: [],
    speakers: buildSpeakerDirectory([]),
    fingerprint: 'test',
    settings: TEST_SETTINGS,
  });
}
