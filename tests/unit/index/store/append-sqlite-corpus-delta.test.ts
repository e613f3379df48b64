import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusSettings } from '../../../../src/corpus/corpus-settings.js';
import { loadCorpusSettings } from '../../../../src/corpus/load-corpus-settings.js';
import { parseCorpusFiles } from '../../../../src/corpus/parse-corpus-files.js';
import { type CorpusFile, readCorpusFiles } from '../../../../src/corpus/read-corpus-files.js';
import type { Report } from '../../../../src/corpus/report.js';
import { buildCorpusIndex, buildFingerprint, orderReports } from '../../../../src/index/build-corpus-index.js';
import { diffCorpus } from '../../../../src/index/diff-corpus.js';
import { packCorpusIndex } from '../../../../src/index/pack-corpus-index.js';
import { prepareCorpusDelta } from '../../../../src/index/prepare-corpus-delta.js';
import { appendSqliteCorpusDelta } from '../../../../src/index/store/append-sqlite-corpus-delta.js';
import { openSqliteCorpusStore } from '../../../../src/index/store/open-sqlite-corpus-store.js';
import { readStoredCorpusIndex } from '../../../../src/index/store/read-stored-corpus-index.js';
import { writeSqliteCorpusStore } from '../../../../src/index/store/write-sqlite-corpus-store.js';
import { answerOutputs } from '../../../support/answer-outputs.js';

const SEEDS = fileURLToPath(new URL('../../../../seeds', import.meta.url));
/** Every command, with and without filters, person and phrase, and words only the changed reports hold. */
const QUESTIONS = [
  '/casualties',
  '/casualties killed',
  '/troops',
  '/troops north korean',
  '/who-said zelensky',
  '/who-said Ilse Varnholt',
  '/who-said "the causeway will hold"',
  '/reports north korean troops',
  '/reports causeway',
  '/reports troups',
  '/sources',
  'how many soldiers were killed in kursk',
];
/** A paragraph the changed reports gain: a quote, a figure and a word no seed holds. */
const EXTRA =
  '\n\n"The causeway will hold," said Ilse Varnholt, a harbour engineer. Twelve soldiers were killed near the causeway.\n';
/** Builds and SQLite writes on a shared two-core machine: seconds, not milliseconds. */
const TIMEOUT_MS = 120_000;

let work: string;
let settings: CorpusSettings;
let files: CorpusFile[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'verbatim-delta-store-'));
  settings = (await loadCorpusSettings(SEEDS)).settings;
  files = [...(await readCorpusFiles(SEEDS)).files];
}, TIMEOUT_MS);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A seed file with the extra paragraph, as a changed file. */
function changed(file: CorpusFile): CorpusFile {
  const bytes = new TextEncoder().encode(`${new TextDecoder().decode(file.bytes)}${EXTRA}`);
  return { file: file.file, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

function reportsOf(corpus: readonly CorpusFile[]): readonly Report[] {
  return parseCorpusFiles(corpus).reports;
}

/** Writes `next` into the store as a delta from `before`, as the corpus worker does. */
function append(path: string, before: readonly CorpusFile[], next: readonly CorpusFile[], key: string): number {
  const after = reportsOf(next);
  const delta = prepareCorpusDelta(diffCorpus(reportsOf(before), after), buildCorpusIndex([], { settings }).lexicon);
  return appendSqliteCorpusDelta(path, delta, {
    entry: { key, warnings: [] },
    fingerprint: buildFingerprint(orderReports(after)),
  });
}

describe('appendSqliteCorpusDelta', { timeout: TIMEOUT_MS }, () => {
  it('updates a store in place so that it reads back as a store written whole from the same files', () => {
    const [first, removed, replaced, ...rest] = files;
    const last = rest.pop();
    if (first === undefined || removed === undefined || replaced === undefined || last === undefined) {
      throw new Error('the seeds hold more than four reports');
    }
    const base = [removed, replaced, ...rest];
    // Delta 1: one report added, a base report changed, another removed. Delta 2: one more added,
    // the report delta 1 added changed, and the changed base report removed.
    const one = [changed(replaced), ...rest, first];
    const two = [...rest, changed(first), last];
    const path = join(work, 'updated.sqlite');
    writeSqliteCorpusStore(path, buildCorpusIndex(reportsOf(base), { settings }), { key: 'k0', warnings: [] });
    expect(append(path, base, one, 'k1')).toBe(3);
    const before = openSqliteCorpusStore(path);
    expect(append(path, one, two, 'k2')).toBe(6);

    const whole = join(work, 'whole.sqlite');
    const built = buildCorpusIndex(reportsOf(two), { settings });
    writeSqliteCorpusStore(whole, built, { key: 'k2', warnings: [] });
    const updated = readStoredCorpusIndex(path, settings, 'k2').index;
    const written = readStoredCorpusIndex(whole, settings, 'k2').index;
    expect(answerOutputs(updated, QUESTIONS)).toEqual(answerOutputs(written, QUESTIONS));
    expect(answerOutputs(updated, QUESTIONS)).toEqual(answerOutputs(built, QUESTIONS));
    expect(answerOutputs(updated, ['/reports causeway'])[0]).toContain('Ilse Varnholt');
    const { search: _search, ...facts } = packCorpusIndex(updated);
    const { search: _built, ...builtFacts } = packCorpusIndex(built);
    expect(facts).toEqual(builtFacts);

    // A reader keeps the snapshot it opened: the store after delta 1, whole.
    try {
      expect([before.readDeltas().length, before.currentFingerprint]).toEqual([
        1,
        buildFingerprint(orderReports(reportsOf(one))),
      ]);
    } finally {
      before.close();
    }
    // The reports table lists the corpus as it is now (a manifest reads it).
    const now = openSqliteCorpusStore(path);
    try {
      const current = now.readCurrentReports().map(({ report }) => report);
      expect(orderReports(current)).toEqual(built.reports);
      expect([now.key, now.currentFingerprint, now.readDeltas().length]).toEqual(['k2', built.fingerprint, 2]);
    } finally {
      now.close();
    }

    // Compaction: a whole write in place empties the log and changes no answer.
    writeSqliteCorpusStore(path, updated, { key: 'k2', warnings: [] });
    const compacted = openSqliteCorpusStore(path);
    try {
      expect([compacted.readDeltas(), compacted.readReports()]).toEqual([[], built.reports]);
    } finally {
      compacted.close();
    }
    expect(answerOutputs(readStoredCorpusIndex(path, settings, 'k2').index, QUESTIONS)).toEqual(
      answerOutputs(built, QUESTIONS),
    );
  });

  it('refuses a file that is not a store, and leaves a store unchanged when it refuses', async () => {
    const path = join(work, 'plain.sqlite');
    writeSqliteCorpusStore(path, buildCorpusIndex(reportsOf(files), { settings }), { key: 'k0', warnings: [] });
    expect(() => append(join(work, 'missing.sqlite'), files, files.slice(1), 'k1')).toThrow();
    const store = openSqliteCorpusStore(path);
    try {
      expect([store.key, store.readDeltas()]).toEqual(['k0', []]);
    } finally {
      store.close();
    }
  });
});
