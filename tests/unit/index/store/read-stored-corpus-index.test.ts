import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusSettings } from '../../../../src/corpus/load-corpus-settings.js';
import { parseCorpusFiles } from '../../../../src/corpus/parse-corpus-files.js';
import { readCorpusFiles } from '../../../../src/corpus/read-corpus-files.js';
import { buildCorpusIndex } from '../../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../../src/index/corpus-index.js';
import { packSentences } from '../../../../src/index/pack-sentences.js';
import type { CorpusCacheEntry } from '../../../../src/index/serialize-corpus-index.js';
import { CorpusStoreError } from '../../../../src/index/store/corpus-store.js';
import { openSqliteCorpusStore } from '../../../../src/index/store/open-sqlite-corpus-store.js';
import { readStoredCorpusIndex } from '../../../../src/index/store/read-stored-corpus-index.js';
import { writeSqliteCorpusStore } from '../../../../src/index/store/write-sqlite-corpus-store.js';
import { answerOutputs } from '../../../support/answer-outputs.js';

const SEEDS = fileURLToPath(new URL('../../../../seeds', import.meta.url));
/** Every command, with and without filters, person and phrase. */
const STORE_QUESTIONS = [
  '/casualties',
  '/casualties killed',
  '/casualties since 2024-01-01',
  '/troops',
  '/troops north korean',
  '/who-said zelensky',
  '/who-said kirby',
  '/who-said "fighting alongside"',
  '/reports storm shadow',
  '/reports north korean troops',
  '/reports troups',
  '/reports zzzqqq',
  '/sources',
  '/verbatim help',
  'how many soldiers were killed in kursk',
];
const WARNING = { file: 'x.md', reason: 'front matter date "1/2/2024" is not a YYYY-MM-DD date', skipped: false };

/** Builds and SQLite writes on a shared two-core machine: seconds, not milliseconds. */
const TIMEOUT_MS = 60_000;

let work: string;
let path: string;
let index: CorpusIndex;
let entry: CorpusCacheEntry;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'verbatim-store-'));
  path = join(work, 'corpus.sqlite');
  const { settings } = await loadCorpusSettings(SEEDS);
  index = buildCorpusIndex(parseCorpusFiles((await readCorpusFiles(SEEDS)).files).reports, { settings });
  entry = { key: 'k'.repeat(64), warnings: [WARNING] };
  writeSqliteCorpusStore(path, index, entry);
}, TIMEOUT_MS);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('readStoredCorpusIndex', { timeout: TIMEOUT_MS }, () => {
  it('gives every answer byte for byte as the index that was stored', () => {
    const stored = readStoredCorpusIndex(path, index.settings).index;
    expect(answerOutputs(stored, STORE_QUESTIONS)).toEqual(answerOutputs(index, STORE_QUESTIONS));
  });

  it('gives back the reports, sentences, facts and warnings that were stored, and names the store', () => {
    const { index: stored, warnings } = readStoredCorpusIndex(path, index.settings, entry.key);
    const { search: _a, ...rest } = stored;
    const { search: _b, ...built } = index;
    expect(rest).toEqual({ ...built, store: path });
    expect(warnings).toEqual([WARNING]);
  });

  it('reads without changing a byte of the file', async () => {
    const before = sha256(await readFile(path));
    readStoredCorpusIndex(path, index.settings);
    expect(sha256(await readFile(path))).toBe(before);
  });

  it('refuses a store written for other files', () => {
    expect(() => readStoredCorpusIndex(path, index.settings, 'other')).toThrow(CorpusStoreError);
  });
});

describe('openSqliteCorpusStore', { timeout: TIMEOUT_MS }, () => {
  it('reads each part in the order it was written, and one report text by id', () => {
    const store = openSqliteCorpusStore(path);
    try {
      expect([store.key, store.fingerprint]).toEqual([entry.key, index.fingerprint]);
      expect(store.readReports()).toEqual(index.reports);
      expect(store.readSentences()).toEqual(packSentences(index.reports, index.sentences));
      expect([store.readFigures(), store.readQuotes(), store.readSpeakers()]).toEqual([
        index.figures,
        index.quotes,
        index.speakers,
      ]);
      const first = index.reports[0];
      expect([store.readReportText(first?.id ?? ''), store.readReportText('no/such')]).toEqual([first?.text, null]);
    } finally {
      store.close();
    }
  });

  it('throws a CorpusStoreError for a missing file, one that is not SQLite, and one cut short', async () => {
    const garbage = join(work, 'garbage.sqlite');
    await writeFile(garbage, 'not a database at all, just text '.repeat(200));
    const cut = join(work, 'cut.sqlite');
    await writeFile(cut, await readFile(path));
    await truncate(cut, 4096);
    const errors = [join(work, 'missing.sqlite'), garbage, cut].map((file) => {
      try {
        readStoredCorpusIndex(file, index.settings);
        return 'read';
      } catch (error: unknown) {
        return error instanceof Error ? error.name : 'not an Error';
      }
    });
    expect(errors).toEqual(['CorpusStoreError', 'CorpusStoreError', 'CorpusStoreError']);
  });
});

describe('writeSqliteCorpusStore', { timeout: TIMEOUT_MS }, () => {
  it('replaces an existing store whole and leaves no temporary file', async () => {
    const again = join(work, 'again.sqlite');
    await writeFile(again, 'an older file');
    writeSqliteCorpusStore(again, index, entry);
    expect(answerOutputs(readStoredCorpusIndex(again, index.settings).index, STORE_QUESTIONS)).toEqual(
      answerOutputs(index, STORE_QUESTIONS),
    );
    expect((await readdir(work)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
