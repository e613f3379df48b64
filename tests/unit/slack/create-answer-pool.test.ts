import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/answer/build-digest.js';
import { writeSqliteCorpusStore } from '../../../src/index/store/write-sqlite-corpus-store.js';
import { askCorpusInProcess } from '../../../src/slack/ask-corpus-in-process.js';
import {
  type AnswerPool,
  AnswerWorkerError,
  createAnswerPool,
  MAX_RESTARTS_IN_A_ROW,
  toAnswerIndexSource,
} from '../../../src/slack/create-answer-pool.js';
import { createPageAnswerer } from '../../../src/slack/create-page-answerer.js';
import type { LogRecord } from '../../../src/slack/json-logger.js';
import { buildManyRowsIndex } from '../../support/build-many-rows-index.js';

/** Worker threads start under tsx here, on a shared two-core machine: seconds, not milliseconds. */
const TIMEOUT_MS = 60_000;

let pool: AnswerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('createAnswerPool', () => {
  it(
    'answers as the in-process answerer does; after setIndex, from the old index until a new worker has read the new one, then from it',
    async () => {
      const small = buildManyRowsIndex(3);
      const large = buildManyRowsIndex(60);
      const running = createAnswerPool(toAnswerIndexSource(small), { logger: { write: () => undefined } });
      pool = running;
      await running.ready;
      const before = running.answerPage({ text: '/sources', page: 0 });
      const handover = running.setIndex(toAnswerIndexSource(large));
      // Asked while the new worker starts: the old one, idle again within milliseconds, answers it.
      const during = running.answerPage({ text: '/sources', page: 0 });
      await handover;
      const after = running.answerPage({ text: '/sources', page: 1 });
      const inSmall = createPageAnswerer({ getIndex: () => small });
      expect(await before).toEqual(await inSmall({ text: '/sources', page: 0 }));
      expect(await during).toEqual(await inSmall({ text: '/sources', page: 0 }));
      expect(await after).toEqual(await createPageAnswerer({ getIndex: () => large })({ text: '/sources', page: 1 }));
      expect((await after).rendered.page).toBe(1);
    },
    TIMEOUT_MS,
  );

  it(
    'answers corpus queries in the same queue as the questions, as in process, from the index sent last',
    async () => {
      const small = buildManyRowsIndex(3);
      const large = buildManyRowsIndex(40);
      const running = createAnswerPool(toAnswerIndexSource(small), { logger: { write: () => undefined } });
      pool = running;
      await running.ready;
      const home = running.askCorpus({ kind: 'home' });
      await running.setIndex(toAnswerIndexSource(large));
      const digest = running.askCorpus({ kind: 'digest', options: { date: '2025-01-20', baseline: null } });
      const report = large.reports[1];
      if (report === undefined) throw new Error('the index holds no second report');
      const cite = { kind: 'cite', file: report.file, start: 0, end: report.text.length } as const;
      expect(await home).toEqual(await askCorpusInProcess(() => small)({ kind: 'home' }));
      expect(await digest).toEqual(buildDigest(large, { date: '2025-01-20', baseline: null }));
      expect(await running.askCorpus(cite)).toEqual(await askCorpusInProcess(() => large)(cite));
      expect(await running.askCorpus({ ...cite, file: 'no-such-file.txt' })).toBeNull();
    },
    TIMEOUT_MS,
  );

  it(
    'rejects the questions still queued when closed, and every question after',
    async () => {
      const running = createAnswerPool(toAnswerIndexSource(buildManyRowsIndex(3)), {
        logger: { write: () => undefined },
      });
      pool = running;
      const queued = expect(running.answerPage({ text: '/sources', page: 0 })).rejects.toThrow(AnswerWorkerError);
      await running.close();
      await queued;
      await expect(running.answerPage({ text: '/sources', page: 0 })).rejects.toThrow(
        'Cannot answer: the answer pool is closed',
      );
    },
    TIMEOUT_MS,
  );

  it(
    'stops restarting a worker that dies before answering anything, and says so to every question',
    async () => {
      const logs: LogRecord[] = [];
      const running = createAnswerPool(toAnswerIndexSource(buildManyRowsIndex(3)), {
        logger: { write: (record) => logs.push(record) },
        answerModule: new URL('../../support/exiting-answer.ts', import.meta.url),
      });
      pool = running;
      const asked = expect(running.answerPage({ text: '/sources', page: 0 })).rejects.toThrow(
        'Cannot answer: no answer worker is running',
      );
      await expect(running.ready).rejects.toThrow(AnswerWorkerError);
      await asked;
      await expect(running.answerPage({ text: '/sources', page: 0 })).rejects.toThrow(
        'Cannot answer: no answer worker is running',
      );
      expect(logs.map((record) => [record.msg, record['code'] ?? null])).toEqual([
        ...Array.from({ length: MAX_RESTARTS_IN_A_ROW }, () => [
          ['answer worker stopped', 9],
          ['answer worker restarted', null],
        ]).flat(),
        ['answer worker stopped', 9],
      ]);
    },
    TIMEOUT_MS,
  );
});

describe('createAnswerPool with an index in a SQLite store', () => {
  it(
    'has the worker open the store read-only and answer from it, page for page as in process',
    async () => {
      const work = await mkdtemp(join(tmpdir(), 'verbatim-pool-store-'));
      try {
        const stored = buildManyRowsIndex(40);
        const path = join(work, 'corpus.sqlite');
        writeSqliteCorpusStore(path, stored, { key: 'key', warnings: [] });
        // The index handed over holds 2 rows; the store holds 40: the answers say which one the worker read.
        const running = createAnswerPool(toAnswerIndexSource({ ...buildManyRowsIndex(2), store: path }), {
          logger: { write: () => undefined },
        });
        pool = running;
        await running.ready;
        const inProcess = createPageAnswerer({ getIndex: () => stored });
        for (const request of [
          { text: '/sources', page: 0 },
          { text: '/sources', page: 1 },
        ]) {
          expect(await running.answerPage(request)).toEqual(await inProcess(request));
        }
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    },
    TIMEOUT_MS,
  );
});
