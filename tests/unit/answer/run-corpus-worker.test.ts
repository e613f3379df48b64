import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { buildCorpusIndex } from '../../../src/answer/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/answer/corpus-index.js';
import { loadCacheableCorpus } from '../../../src/answer/load-or-build-corpus-index.js';
import { packCorpusIndex, unpackCorpusIndex } from '../../../src/answer/pack-corpus-index.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { runCorpusWorker } from '../../../src/answer/run-corpus-worker.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url));
const REPORTS_DIR = fileURLToPath(new URL('../../fixtures/reports', import.meta.url));
/** Starting a worker thread under tsx on a loaded two-core machine takes seconds; indexing the seeds more. */
const TIMEOUT_MS = 120_000;

const QUESTIONS = ['/reports bridge convoy', '/reports ferry', '/who-said Mara Velling', '/casualties', '/sources'];

function answers(of: CorpusIndex): unknown[] {
  return QUESTIONS.map((question) => answerQuestion(parseQuestion(question), of));
}

describe('runCorpusWorker', () => {
  it(
    'builds in a worker thread the same index as buildCorpusIndex: the same pack, and the same answers once unpacked',
    async () => {
      for (const dir of [SEEDS_DIR, REPORTS_DIR]) {
        const { loaded } = await loadCacheableCorpus(dir);
        const built = buildCorpusIndex(loaded.reports);
        const packed = await runCorpusWorker({ kind: 'build', reports: loaded.reports });
        expect(packed).toEqual(packCorpusIndex(built));
        expect(answers(unpackCorpusIndex(packed))).toEqual(answers(built));
      }
    },
    TIMEOUT_MS,
  );

  it(
    'reads and parses a folder in a worker thread as loadCacheableCorpus does, warnings and cache entry included',
    async () => {
      expect(await runCorpusWorker({ kind: 'load', dir: REPORTS_DIR })).toEqual(await loadCacheableCorpus(REPORTS_DIR));
    },
    TIMEOUT_MS,
  );

  it(
    'rejects with the message of the task’s own failure (a folder that is not there)',
    async () => {
      const parent = await mkdtemp(join(tmpdir(), 'verbatim-corpus-worker-'));
      try {
        const missing = join(parent, 'gone');
        const expected = await loadCacheableCorpus(missing).then(
          () => 'loaded',
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        );
        expect(expected).not.toBe('loaded');
        await expect(runCorpusWorker({ kind: 'load', dir: missing })).rejects.toThrow(new Error(expected));
      } finally {
        await rm(parent, { recursive: true, force: true });
      }
    },
    TIMEOUT_MS,
  );
});
