// Worker thread entry of `createCorpusWorker`: does corpus tasks off the main thread (reads and
// parses a corpus folder, or builds, caches and packs an index of reports), one at a time, and
// posts each result back as plain data, so the event loop that receives Slack's requests is never
// held by a rebuild.
import { parentPort } from 'node:worker_threads';
import type { CorpusSettings } from '../corpus/corpus-settings.js';
import type { Report } from '../corpus/report.js';
import { buildSideLexicon } from '../extract/sides/side-lexicon.js';
import { buildCorpusIndex, buildFingerprint, orderReports } from './build-corpus-index.js';
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
import { appendSqliteCorpusDelta } from './store/append-sqlite-corpus-delta.js';
import { openSqliteCorpusStore } from './store/open-sqlite-corpus-store.js';
import { readStoredCorpusIndex } from './store/read-stored-corpus-index.js';
import { saveCorpusStore } from './store/save-corpus-store.js';
import { writeSqliteCorpusStore } from './store/write-sqlite-corpus-store.js';

/**
 * Where a `build` task saves the index it built (`saveCorpusIndex`), and under which entry; with
 * `isStore`, it is written to the folder's SQLite store instead of the JSON cache (docs/store.md).
 */
export type CorpusWorkerCache = {
  readonly entry: CorpusCacheEntry;
  readonly location: CorpusCacheLocation;
  readonly isStore?: boolean;
};

/** The store a prepared delta is written to (in place), and the cache entry of the corpus after it. */
export type CorpusWorkerStore = { readonly path: string; readonly entry: CorpusCacheEntry };

/**
 * A task: read and parse a folder (the first read of a worker seeded from the store at `seed`, when
 * given: its files unchanged since are neither read nor parsed), build and pack an index (and save
 * it to the cache first, when `cache` is given), or prepare a delta for `applyCorpusDelta` (split
 * and extract its upserted reports) and, with `store`, write it into that store in place; or
 * `update`: prepare a delta too big to apply in slices and write it into the store in place, for
 * the answer workers to read the index back from it (the base and its log: no report of the base
 * is extracted again); it replies as `build-store` does, with no pack.
 */
export type CorpusWorkerTask =
  | { readonly kind: 'load'; readonly dir: string; readonly seed?: string }
  | {
      readonly kind: 'prepare';
      readonly delta: CorpusDelta;
      readonly settings: CorpusSettings;
      readonly store?: CorpusWorkerStore;
    }
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
    }
  | {
      readonly kind: 'update';
      readonly delta: CorpusDelta;
      readonly settings: CorpusSettings;
      readonly store: CorpusWorkerStore;
    };

/** What the worker is sent: a task and the id its reply carries. */
export type CorpusWorkerRequest = { readonly id: number; readonly task: CorpusWorkerTask };

/** What the worker posts for each request: the task's result, or why it failed. */
export type CorpusWorkerReply =
  | { readonly kind: 'loaded'; readonly id: number; readonly corpus: CacheableCorpus }
  | {
      readonly kind: 'prepared';
      readonly id: number;
      readonly prepared: PreparedCorpusDelta;
      /** Why the delta could not be written to the store, or null (written, or no store asked for). */
      readonly storeError: string | null;
    }
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
 * What a `build-store` or `update` task gives: the built index's fingerprint and reports' metadata (in index
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

/**
 * The most reports the store's delta log holds before the worker compacts it (reads the index back
 * and writes it whole as a new base), unless a tenth of the corpus is more: a start replays the
 * log, so it stays small beside the base.
 */
const COMPACT_AFTER_REPORTS = 1_000;

/** The reply to a task; a failure is data, so the main thread gets its message. */
async function run({ id, task }: CorpusWorkerRequest): Promise<CorpusWorkerReply> {
  try {
    if (task.kind === 'load') {
      if (task.seed !== undefined && parser.isEmpty()) seedParser(task.seed);
      const corpus = await loadCacheableCorpus(task.dir, { parser });
      last = corpus;
      return { kind: 'loaded', id, corpus };
    }
    if (task.kind === 'prepare') {
      const prepared = prepareCorpusDelta(task.delta, buildSideLexicon(task.settings));
      const storeError = task.store === undefined ? null : appendToStore(task.store, prepared, task.settings);
      return { kind: 'prepared', id, prepared, storeError };
    }
    if (task.kind === 'update') {
      const prepared = prepareCorpusDelta(task.delta, buildSideLexicon(task.settings));
      const storeError = appendToStore(task.store, prepared, task.settings);
      if (storeError !== null || last === null)
        throw new Error(storeError ?? 'the delta is not of the last corpus read');
      const reports = orderReports(last.loaded.reports);
      const fingerprint = buildFingerprint(reports);
      return {
        kind: 'stored',
        id,
        fingerprint,
        reports: reports.map(toReportMetadata),
        packed: null,
        cacheError: null,
      };
    }
    const index = buildCorpusIndex(task.reports, { settings: task.settings });
    if (task.kind === 'build-store') {
      const cacheError = await saveCorpusStore(index, task.cache.entry, task.cache.location, {
        stamps: parser.known(),
      }).then(
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
        : await (cache.isStore === true
            ? saveCorpusStore(index, cache.entry, cache.location, { stamps: parser.known() })
            : saveCorpusIndex(index, cache.entry, cache.location)
          ).then(
            () => null,
            (error: unknown) => (error instanceof Error ? error.message : String(error)),
          );
    return { kind: 'built', id, packed: packCorpusIndex(index), cacheError };
  } catch (error: unknown) {
    return { kind: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Writes a prepared delta into the store of the last load, and leaves its compaction for after the
 * reply (when the log has grown large); the reason it could not, or null.
 */
function appendToStore(
  store: CorpusWorkerStore,
  prepared: PreparedCorpusDelta,
  settings: CorpusSettings,
): string | null {
  try {
    if (last === null || last.entry.key !== store.entry.key) {
      throw new Error('the delta is not of the last corpus read');
    }
    const target = {
      entry: store.entry,
      fingerprint: buildFingerprint(orderReports(last.loaded.reports)),
      stamps: last.stamps,
    };
    const logged = appendSqliteCorpusDelta(store.path, prepared, target);
    if (logged > Math.max(COMPACT_AFTER_REPORTS, Math.ceil(last.loaded.reports.length / 10))) {
      compaction = () => {
        const { index } = readStoredCorpusIndex(store.path, settings, store.entry.key);
        writeSqliteCorpusStore(store.path, index, store.entry, { stamps: target.stamps });
      };
    }
    const failed = compactionError;
    compactionError = null;
    return failed === null ? null : `Cannot compact the corpus store ${store.path} (the delta is logged): ${failed}`;
  } catch (error: unknown) {
    return `Cannot update the corpus store ${store.path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Remembers the store's reports as parsed (the files unchanged since it was written are then not read); a store that cannot be read seeds nothing. */
function seedParser(path: string): void {
  try {
    const store = openSqliteCorpusStore(path);
    try {
      parser.seed(store.readCurrentReports(), store.readWarnings());
    } finally {
      store.close();
    }
  } catch (error: unknown) {
    // Rule: a seed only saves work; without one (no store yet, or one that cannot be read), the first load reads and parses every file.
    if (!(error instanceof Error)) throw error;
  }
}

// Each load reads and parses only the files new or changed since the one before (the watcher's loads are of one folder).
const parser = createFileParser();
/** The last load: the corpus a prepared delta leads to. */
let last: CacheableCorpus | null = null;
/** A compaction of the store due once the reply that asked for it is posted. */
let compaction: (() => void) | null = null;
/** Why the last compaction failed (told with the next delta's reply), or null. */
let compactionError: string | null = null;

// Rule: one task at a time, in the order sent, so a build never competes with a load for this core.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: CorpusWorkerRequest) => {
  queue = queue.then(async () => {
    port.postMessage(await run(request));
    const due = compaction;
    compaction = null;
    // A compaction that fails leaves the log as it was (the store stays whole); the next delta tries again.
    try {
      due?.();
    } catch (error: unknown) {
      compactionError = error instanceof Error ? error.message : String(error);
    }
  });
});
