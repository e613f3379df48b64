import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { applyCorpusDelta } from '../../../src/index/apply-corpus-delta.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { toReportMetadata } from '../../../src/index/corpus-manifest.js';
import { type CorpusWorker, createCorpusWorker } from '../../../src/index/create-corpus-worker.js';
import { diffCorpus } from '../../../src/index/diff-corpus.js';
import { loadCacheableCorpus, loadOrBuildCorpusIndex } from '../../../src/index/load-or-build-corpus-index.js';
import { packCorpusIndex, unpackCorpusIndex } from '../../../src/index/pack-corpus-index.js';
import { prepareCorpusDelta } from '../../../src/index/prepare-corpus-delta.js';
import { readStoredCorpusIndex } from '../../../src/index/store/read-stored-corpus-index.js';
import { writeSqliteCorpusStore } from '../../../src/index/store/write-sqlite-corpus-store.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url));
const REPORTS_DIR = fileURLToPath(new URL('../../fixtures/reports', import.meta.url));
/** Starting a worker thread under tsx on a loaded two-core machine takes seconds; indexing the seeds more. */
const TIMEOUT_MS = 120_000;

const QUESTIONS = ['/reports bridge convoy', '/reports ferry', '/who-said Mara Velling', '/casualties', '/sources'];

function answers(of: CorpusIndex): unknown[] {
  return QUESTIONS.map((question) => answerQuestion(parseQuestion(question), of));
}

let worker: CorpusWorker;
beforeEach(() => {
  worker = createCorpusWorker();
});
afterEach(async () => {
  await worker.close();
});

describe('createCorpusWorker', () => {
  it(
    'builds in a worker thread the same index as buildCorpusIndex: the same pack, and the same answers once unpacked',
    async () => {
      for (const dir of [SEEDS_DIR, REPORTS_DIR]) {
        const { loaded, settings } = await loadCacheableCorpus(dir);
        const built = buildCorpusIndex(loaded.reports, { settings });
        const { packed, cacheError } = await worker.run({
          kind: 'build',
          reports: loaded.reports,
          settings,
          cache: null,
        });
        expect(cacheError).toBeNull();
        expect(packed).toEqual(packCorpusIndex(built));
        const { search, ...parts } = unpackCorpusIndex(packed);
        const { search: builtSearch, ...builtParts } = built;
        expect(parts).toEqual(builtParts);
        expect(search.aliases).toEqual(builtSearch.aliases);
        expect(answers(unpackCorpusIndex(packed))).toEqual(answers(built));
      }
    },
    TIMEOUT_MS,
  );

  it(
    'saves the index it built to the cache, which the next start restores; a save that fails is returned, not thrown',
    async () => {
      const state = await mkdtemp(join(tmpdir(), 'verbatim-corpus-worker-'));
      try {
        const { loaded, entry, settings } = await loadCacheableCorpus(REPORTS_DIR);
        const location = { cacheDir: join(state, 'cache'), corpusDir: REPORTS_DIR };
        const saved = await worker.run({
          kind: 'build',
          reports: loaded.reports,
          settings,
          cache: { entry, location },
        });
        expect(saved.cacheError).toBeNull();
        const restored = await loadOrBuildCorpusIndex(REPORTS_DIR, { cacheDir: location.cacheDir });
        expect(restored.source).toBe('cache');
        expect(restored.index.fingerprint).toBe(saved.packed.fingerprint);
        expect(answers(restored.index)).toEqual(answers(unpackCorpusIndex(saved.packed)));

        await writeFile(join(state, 'not-a-folder'), '');
        const refused = { entry, location: { cacheDir: join(state, 'not-a-folder'), corpusDir: REPORTS_DIR } };
        const failed = await worker.run({ kind: 'build', reports: loaded.reports, settings, cache: refused });
        expect(failed.cacheError).toMatch(/EEXIST|ENOTDIR/);
        expect(failed.packed).toEqual(saved.packed);
      } finally {
        await rm(state, { recursive: true, force: true });
      }
    },
    TIMEOUT_MS,
  );

  it(
    'reads and parses a folder in a worker thread as loadCacheableCorpus does, warnings and cache entry included',
    async () => {
      expect(await worker.run({ kind: 'load', dir: REPORTS_DIR })).toEqual(await loadCacheableCorpus(REPORTS_DIR));
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
        await expect(worker.run({ kind: 'load', dir: missing })).rejects.toThrow(new Error(expected));
      } finally {
        await rm(parent, { recursive: true, force: true });
      }
    },
    TIMEOUT_MS,
  );

  it(
    'fails the task under way when closed, and runs no task after',
    async () => {
      const running = expect(worker.run({ kind: 'load', dir: REPORTS_DIR })).rejects.toThrow(
        'Cannot run the corpus task: the corpus worker is closed',
      );
      await worker.close();
      await running;
      await expect(worker.run({ kind: 'load', dir: REPORTS_DIR })).rejects.toThrow(
        'Cannot run the corpus task: the corpus worker is closed',
      );
    },
    TIMEOUT_MS,
  );

  it(
    "prepares a delta in a worker thread exactly as prepareCorpusDelta does, and applying it gives a full build's answers",
    async () => {
      const { loaded, settings } = await loadCacheableCorpus(REPORTS_DIR);
      const [dropped, ...kept] = loaded.reports;
      const index = buildCorpusIndex(kept, { settings });
      const delta = diffCorpus(kept, loaded.reports);
      const { prepared, storeError } = await worker.run({ kind: 'prepare', delta, settings });
      expect(storeError).toBeNull();
      expect(delta.upserted.map(({ id }) => id)).toEqual([dropped?.id]);
      expect(prepared).toEqual(prepareCorpusDelta(delta, index.lexicon));
      expect(answers(applyCorpusDelta(index, prepared))).toEqual(
        answers(buildCorpusIndex(loaded.reports, { settings })),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'updates a store with a delta and gives back the manifest of its index: the index read from it answers as a full build',
    async () => {
      const work = await mkdtemp(join(tmpdir(), 'verbatim-update-'));
      try {
        const { loaded, settings, entry } = await loadCacheableCorpus(REPORTS_DIR);
        const [dropped, ...kept] = loaded.reports;
        const path = join(work, 'store.sqlite');
        writeSqliteCorpusStore(path, buildCorpusIndex(kept, { settings }), { key: 'before', warnings: [] });
        // The delta leads to the worker's last load: the folder as it is.
        await worker.run({ kind: 'load', dir: REPORTS_DIR });
        const delta = diffCorpus(kept, loaded.reports);
        expect(delta.upserted.map(({ id }) => id)).toEqual([dropped?.id]);
        const stored = await worker.run({ kind: 'update', delta, settings, store: { path, entry } });
        const built = buildCorpusIndex(loaded.reports, { settings });
        expect(stored).toEqual({
          fingerprint: built.fingerprint,
          reports: built.reports.map(toReportMetadata),
          packed: null,
          cacheError: null,
        });
        expect(answers(readStoredCorpusIndex(path, settings, entry.key).index)).toEqual(answers(built));
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    },
    TIMEOUT_MS,
  );

  it(
    'fails an update whose store cannot take the delta, so the caller builds instead',
    async () => {
      const { loaded, settings, entry } = await loadCacheableCorpus(REPORTS_DIR);
      await worker.run({ kind: 'load', dir: REPORTS_DIR });
      const store = { path: join(tmpdir(), 'verbatim-no-such-store.sqlite'), entry };
      await expect(
        worker.run({ kind: 'update', delta: diffCorpus([], loaded.reports), settings, store }),
      ).rejects.toThrow(/^Cannot update the corpus store .*verbatim-no-such-store\.sqlite: /);
    },
    TIMEOUT_MS,
  );
});
