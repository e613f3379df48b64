// Worker thread entry of `createCorpusWorker`: does corpus tasks off the main thread (reads and
// parses a corpus folder, or builds, caches and packs an index of reports), one at a time, and
// posts each result back as plain data, so the event loop that receives Slack's requests is never
// held by a rebuild.
import { parentPort } from 'node:worker_threads';
import type { CorpusSettings } from '../corpus/corpus-settings.js';
import type { Report } from '../corpus/report.js';
import { buildSideLexicon } from '../extract/sides/side-lexicon.js';
import { buildCorpusIndex } from './build-corpus-index.js';
import { type ReportMetadata, toReportMetadata } from './corpus-manifest.js';
import { createFileParser } from './create-file-parser.js';
import type { CorpusDelta } from './diff-corpus.js';
import {
  type CacheableCorpus,
  type CorpusCacheLocation,
  loadCacheableCorpus,
  saveCorpusIndex,
} from './load-or-build-corpus-index.js';
import { type PackedCorpusIndex, packCorpusIndex } from './pack-corpus-index.js';
import { type PreparedCorpusDelta, prepareCorpusDelta } from './prepare-corpus-delta.js';
import type { CorpusCacheEntry } from './serialize-corpus-index.js';
import { saveCorpusStore } from './store/save-corpus-store.js';

/**
 * Where a `build` task saves the index it built (`saveCorpusIndex`), and under which entry; with
 * `isStore`, it is written to the folder's SQLite store instead of the JSON cache (docs/store.md).
 */
export type CorpusWorkerCache = {
  readonly entry: CorpusCacheEntry;
  readonly location: CorpusCacheLocation;
  readonly isStore?: boolean;
};

/**
 * A task: read and parse a folder, build and pack an index (and save it to the cache first, when
 * `cache` is given), or prepare a delta for `applyCorpusDelta` (split and extract its upserted reports).
 */
export type CorpusWorkerTask =
  | { readonly kind: 'load'; readonly dir: string }
  | { readonly kind: 'prepare'; readonly delta: CorpusDelta; readonly settings: CorpusSettings }
  | {
      readonly kind: 'build';
      readonly reports: readonly Report[];
      /** The corpus settings its load read (`verbatim.yml`). */
      readonly settings: CorpusSettings;
      readonly cache: CorpusWorkerCache | null;
    }
  | {
      /** `build` into the SQLite store for a caller that keeps only the manifest: the pack comes back only when the save failed. */
      readonly kind: 'build-store';
      readonly reports: readonly Report[];
      readonly settings: CorpusSettings;
      readonly cache: CorpusWorkerCache;
    };

/** What the worker is sent: a task and the id its reply carries. */
export type CorpusWorkerRequest = { readonly id: number; readonly task: CorpusWorkerTask };

/** What the worker posts for each request: the task's result, or why it failed. */
export type CorpusWorkerReply =
  | { readonly kind: 'loaded'; readonly id: number; readonly corpus: CacheableCorpus }
  | { readonly kind: 'prepared'; readonly id: number; readonly prepared: PreparedCorpusDelta }
  | {
      readonly kind: 'built';
      readonly id: number;
      readonly packed: PackedCorpusIndex;
      /** Why the cache could not be saved, or null (saved, or no cache asked for); the index is good either way. */
      readonly cacheError: string | null;
    }
  | ({ readonly kind: 'stored'; readonly id: number } & StoredBuild)
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

/**
 * What a `build-store` task gives: the built index's fingerprint and reports' metadata (in index
 * order), and, only when the store could not be written (`cacheError`), the pack to answer from.
 */
export type StoredBuild = {
  readonly fingerprint: string;
  readonly reports: readonly ReportMetadata[];
  readonly packed: PackedCorpusIndex | null;
  readonly cacheError: string | null;
};

if (parentPort === null) throw new Error('Cannot run a corpus task: corpus-worker.ts runs only as a worker thread');
const port = parentPort;

/** The reply to a task; a failure is data, so the main thread gets its message. */
async function run({ id, task }: CorpusWorkerRequest): Promise<CorpusWorkerReply> {
  try {
    if (task.kind === 'load') return { kind: 'loaded', id, corpus: await loadCacheableCorpus(task.dir, { parse }) };
    if (task.kind === 'prepare') {
      return { kind: 'prepared', id, prepared: prepareCorpusDelta(task.delta, buildSideLexicon(task.settings)) };
    }
    const index = buildCorpusIndex(task.reports, { settings: task.settings });
    if (task.kind === 'build-store') {
      const cacheError = await saveCorpusStore(index, task.cache.entry, task.cache.location).then(
        () => null,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      const { fingerprint } = index;
      const packed = cacheError === null ? null : packCorpusIndex(index);
      return { kind: 'stored', id, fingerprint, reports: index.reports.map(toReportMetadata), packed, cacheError };
    }
    const { cache } = task;
    const cacheError =
      cache === null
        ? null
        : await (cache.isStore === true ? saveCorpusStore : saveCorpusIndex)(index, cache.entry, cache.location).then(
            () => null,
            (error: unknown) => (error instanceof Error ? error.message : String(error)),
          );
    return { kind: 'built', id, packed: packCorpusIndex(index), cacheError };
  } catch (error: unknown) {
    return { kind: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
}

// Each load parses only the files new or changed since the one before (the watcher's loads are of one folder).
const parse = createFileParser();

// Rule: one task at a time, in the order sent, so a build never competes with a load for this core.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: CorpusWorkerRequest) => {
  queue = queue.then(async () => port.postMessage(await run(request)));
});
