import type { CorpusWorkerReply, CorpusWorkerTask } from './corpus-worker.js';
import { createWorkerThread } from './create-worker-thread.js';
import type { CacheableCorpus } from './load-or-build-corpus-index.js';
import type { PackedCorpusIndex } from './pack-corpus-index.js';

/** The result of each corpus task: the folder read and parsed, or the index built and packed. */
type CorpusWorkerResult<TTask extends CorpusWorkerTask> = TTask extends { readonly kind: 'load' }
  ? CacheableCorpus
  : PackedCorpusIndex;

/**
 * Runs one corpus task in a worker thread of its own (`corpus-worker.ts` beside this file, `.js`
 * once compiled) and resolves with its result; the thread ends with the task. `load` reads and
 * parses a folder as `loadCacheableCorpus` does; `build` builds the index as `buildCorpusIndex`
 * does and packs it (`packCorpusIndex`; `unpackCorpusIndex` gives an index deep-equal to
 * `buildCorpusIndex`'s). The main thread only clones the reports in and the result out, so the
 * corpus watcher's rebuild never holds the event loop for more than that copy.
 *
 * @throws {Error} with the task's own message when it fails (a `CorpusDirError` becomes an `Error`
 *   with the same message), or when the worker stops before replying.
 * @example
 * const { loaded, entry } = await runCorpusWorker({ kind: 'load', dir: 'seeds' });
 * const index = unpackCorpusIndex(await runCorpusWorker({ kind: 'build', reports: loaded.reports }));
 */
export function runCorpusWorker<TTask extends CorpusWorkerTask>(task: TTask): Promise<CorpusWorkerResult<TTask>> {
  return new Promise((resolve, reject) => {
    const worker = createWorkerThread({ name: 'corpus-worker', base: import.meta.url }, task);
    let isSettled = false;
    const settle = (settleWith: () => void): void => {
      if (isSettled) return;
      isSettled = true;
      settleWith();
    };
    worker.on('message', (reply: CorpusWorkerReply) => {
      settle(() => {
        if (reply.kind === 'failed') reject(new Error(reply.message));
        else resolve((reply.kind === 'loaded' ? reply.corpus : reply.packed) as CorpusWorkerResult<TTask>);
      });
    });
    worker.on('error', (error) =>
      settle(() => reject(new Error(`Cannot run the corpus ${task.kind} task: ${error.message}`, { cause: error }))),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`Cannot run the corpus ${task.kind} task: its worker exited with code ${code}`))),
    );
  });
}
