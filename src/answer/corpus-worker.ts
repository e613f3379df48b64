// Worker thread entry of `runCorpusWorker`: does one corpus task off the main thread (reads and
// parses a corpus folder, or builds and packs an index of reports), posts the result back as plain
// data and ends, so the event loop that receives Slack's requests is never held by a rebuild.
import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../corpus/report.js';
import { buildCorpusIndex } from './build-corpus-index.js';
import { type CacheableCorpus, loadCacheableCorpus } from './load-or-build-corpus-index.js';
import { type PackedCorpusIndex, packCorpusIndex } from './pack-corpus-index.js';

/** What the worker is started with (`workerData`): read and parse a folder, or build and pack an index. */
export type CorpusWorkerTask =
  | { readonly kind: 'load'; readonly dir: string }
  | { readonly kind: 'build'; readonly reports: readonly Report[] };

/** What the worker posts once, before it ends: the task's result, or why it failed. */
export type CorpusWorkerReply =
  | { readonly kind: 'loaded'; readonly corpus: CacheableCorpus }
  | { readonly kind: 'built'; readonly packed: PackedCorpusIndex }
  | { readonly kind: 'failed'; readonly message: string };

if (parentPort === null) throw new Error('Cannot run a corpus task: corpus-worker.ts runs only as a worker thread');
const port = parentPort;
const task = workerData as CorpusWorkerTask;

/** The reply to the task; a failure is data, so the main thread gets its message. */
async function run(): Promise<CorpusWorkerReply> {
  try {
    if (task.kind === 'load') return { kind: 'loaded', corpus: await loadCacheableCorpus(task.dir) };
    return { kind: 'built', packed: packCorpusIndex(buildCorpusIndex(task.reports)) };
  } catch (error: unknown) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

port.postMessage(await run());
