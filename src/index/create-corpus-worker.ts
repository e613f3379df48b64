import type { Worker } from 'node:worker_threads';
import type { CorpusWorkerReply, CorpusWorkerRequest, CorpusWorkerTask, StoredBuild } from './corpus-worker.js';
import { createWorkerThread } from './create-worker-thread.js';
import type { CacheableCorpus } from './load-or-build-corpus-index.js';
import type { PackedCorpusIndex } from './pack-corpus-index.js';
import type { PreparedCorpusDelta } from './prepare-corpus-delta.js';

/** The result of each corpus task: the folder read and parsed, or the index built and packed (and whether its cache save failed). */
export type CorpusWorkerResult<TTask extends CorpusWorkerTask> = TTask extends { readonly kind: 'load' }
  ? CacheableCorpus
  : TTask extends { readonly kind: 'prepare' }
    ? { readonly prepared: PreparedCorpusDelta; readonly storeError: string | null }
    : TTask extends { readonly kind: 'build-store' } | { readonly kind: 'update' }
      ? StoredBuild
      : { readonly packed: PackedCorpusIndex; readonly cacheError: string | null };

/** A worker thread that does corpus tasks, one at a time, in the order given. */
export type CorpusWorker = {
  /** Runs a task in the worker; resolves with its result. */
  run<TTask extends CorpusWorkerTask>(task: TTask): Promise<CorpusWorkerResult<TTask>>;
  /** Stops the worker; tasks under way are rejected. */
  close(): Promise<void>;
};

type Pending = { readonly resolve: (result: unknown) => void; readonly reject: (error: Error) => void };

/**
 * Starts a worker thread for corpus tasks (`corpus-worker.ts` beside this file, `.js` once
 * compiled), started at once so it is ready (its modules loaded) when the first task comes.
 * `load` reads and parses a folder as `loadCacheableCorpus` does, reading and parsing only the
 * files new or changed since its last load (or since the store `seed` was written, for its first);
 * `prepare` splits and extracts the upserted reports of a delta as `prepareCorpusDelta` does and,
 * with `store`, writes it into the store in place (`appendSqliteCorpusDelta`; a failed write is
 * returned as `storeError`, never thrown), compacting the store's log after replying when it is long;
 * `update` does the same with a delta and then reads the index back from the store, packed (a
 * failed store write fails the task: the caller builds instead); `build` builds the index as
 * `buildCorpusIndex` does, saves it to the cache when `cache` is given (`saveCorpusIndex`; a failed
 * save is returned as `cacheError`, never thrown) and packs it (`packCorpusIndex`;
 * `unpackCorpusIndex` gives an index deep-equal to `buildCorpusIndex`'s). The main thread only
 * clones the reports in and the result out, so the corpus watcher's rebuild never holds the event
 * loop for more than that copy. A worker that stops fails the tasks under way and is started
 * again for the next task.
 *
 * @throws {Error} (from `run`) with the task's own message when it fails (a `CorpusDirError`
 *   becomes an `Error` with the same message), or when the worker stops or is closed first.
 * @example
 * const worker = createCorpusWorker();
 * const { loaded } = await worker.run({ kind: 'load', dir: 'seeds' });
 * const { prepared } = await worker.run({ kind: 'prepare', delta, settings });
 * const { packed } = await worker.run({ kind: 'build', reports: loaded.reports, cache: null });
 * const index = unpackCorpusIndex(packed);
 * await worker.close();
 */
export function createCorpusWorker(): CorpusWorker {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let worker: Worker | null = null;
  let isClosed = false;

  const failAll = (error: Error): void => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const started = createWorkerThread({ name: 'corpus-worker', base: import.meta.url }, null);
    // The worker alone never keeps the process alive; the app's server does.
    started.unref();
    let failure = 'it exited';
    started.on('message', (reply: CorpusWorkerReply) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      if (job === undefined) return;
      if (reply.kind === 'failed') job.reject(new Error(reply.message));
      else if (reply.kind === 'loaded') job.resolve(reply.corpus);
      else if (reply.kind === 'prepared') job.resolve({ prepared: reply.prepared, storeError: reply.storeError });
      else if (reply.kind === 'stored') {
        const { fingerprint, reports, packed, cacheError } = reply;
        job.resolve({ fingerprint, reports, packed, cacheError });
      } else job.resolve({ packed: reply.packed, cacheError: reply.cacheError });
    });
    started.on('error', (error) => {
      failure = error.message;
    });
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      failAll(new Error(`Cannot run the corpus task: its worker stopped (${failure}, code ${code})`));
    });
    return started;
  };

  worker = start();
  return {
    run<TTask extends CorpusWorkerTask>(task: TTask): Promise<CorpusWorkerResult<TTask>> {
      return new Promise((resolve, reject) => {
        if (isClosed) return reject(new Error('Cannot run the corpus task: the corpus worker is closed'));
        worker ??= start();
        nextId += 1;
        pending.set(nextId, { resolve: resolve as (result: unknown) => void, reject });
        const request: CorpusWorkerRequest = { id: nextId, task };
        worker.postMessage(request);
      });
    },
    async close() {
      isClosed = true;
      const running = worker;
      worker = null;
      failAll(new Error('Cannot run the corpus task: the corpus worker is closed'));
      await running?.terminate();
    },
  };
}
