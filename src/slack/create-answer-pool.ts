import type { Worker } from 'node:worker_threads';
import type { CorpusSettings } from '../corpus/corpus-settings.js';
import type { CorpusIndex, CorpusStaleness } from '../index/corpus-index.js';
import { createWorkerThread } from '../index/create-worker-thread.js';
import { type PackedCorpusIndex, packCorpusIndex } from '../index/pack-corpus-index.js';
import type { PreparedCorpusDelta } from '../index/prepare-corpus-delta.js';
import type { ReaderLinkSettings } from '../reader/create-citation-linker.js';
import type { CorpusQuery } from './answer-corpus-query.js';
import type { AnswerPage, PageRequest, SlackAnswer } from './answer-slack-question.js';
import type { AnswerWorkerInput, AnswerWorkerReply, AnswerWorkerRequest } from './answer-worker.js';
import type { AskCorpus } from './ask-corpus-in-process.js';
import type { JsonLogger } from './json-logger.js';

/** Restarts in a row, with no answer between them, after which a worker is not started again. */
export const MAX_RESTARTS_IN_A_ROW = 3;

/** How the answer pool logs, how many workers it runs, and what they answer with. */
export type AnswerPoolOptions = {
  readonly logger: JsonLogger;
  /** Worker threads; 1 by default (on two cores: one for Slack's requests, one for answers). */
  readonly workers?: number;
  /** A module exporting `answer: AnswerFunction` that the workers use instead of `answerQuestion` (tests). */
  readonly answerModule?: URL;
  /** Where the workers link citations to (`PUBLIC_URL`), or null (the default) for no links. */
  readonly reader?: ReaderLinkSettings | null;
};

/**
 * Where a worker reads its index: the path of its SQLite store (opened read-only in the worker,
 * docs/store.md), or the index packed (built in a worker thread, when the store cannot be written).
 */
export type AnswerIndexSource =
  | { readonly kind: 'store'; readonly path: string; readonly settings: CorpusSettings }
  | { readonly kind: 'index'; readonly packed: PackedCorpusIndex };

/** Answer worker threads holding the corpus index, fed from one first-in, first-out queue. */
export type AnswerPool = {
  /**
   * Resolves once a worker has unpacked the first index and can answer (questions asked before
   * wait in the queue); rejects when no worker could be started.
   */
  readonly ready: Promise<void>;
  /** Queues a question; resolves with its page, or rejects when answering failed or a worker stopped. */
  readonly answerPage: AnswerPage;
  /**
   * Queues a corpus query (a reader page, the Home summary, a citation, the digest's content) in the
   * same queue as the questions; resolves with its result (`answerCorpusQuery`), or rejects as `answerPage` does.
   */
  readonly askCorpus: AskCorpus;
  /**
   * Hands over to a new index without a pause in answering: new workers are started on `source`
   * while the workers running keep answering from the index they hold; once a new worker has read
   * it, the old workers stop (each after the question it is answering) and every later question is
   * answered from the new index. Resolves then. Costs a second index in memory while it lasts.
   */
  readonly setIndex: (source: AnswerIndexSource) => Promise<void>;
  /**
   * Sends every worker a delta to apply to the index it holds (`applyCorpusDelta`); questions
   * queued after this call are answered from it. Far less to send and apply than a whole index.
   */
  readonly applyDelta: (prepared: PreparedCorpusDelta) => void;
  /**
   * Tells the pool that `source` now holds the index the workers hold (the store written after the
   * deltas sent): a restarted worker reads it instead of the last index sent and the deltas since. Sends nothing.
   */
  readonly setRestartSource: (source: AnswerIndexSource) => void;
  /** Flags the workers' index stale (the corpus folder is gone), or fresh again with null; the index itself is not sent again. */
  readonly setStale: (stale: CorpusStaleness | null) => void;
  /** Stops the workers; questions still queued or under way are rejected. */
  readonly close: () => Promise<void>;
};

/** Why a question was not answered: its worker stopped, or the pool is closed or cannot start a worker. */
export class AnswerWorkerError extends Error {
  override name = 'AnswerWorkerError';
}

type Job = {
  readonly request:
    | { readonly kind: 'page'; readonly page: PageRequest }
    | { readonly kind: 'query'; readonly query: CorpusQuery };
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
};
/**
 * A worker, whether it has unpacked its first index (it is handed questions only then), the question
 * it is answering, and whether it is retiring (a newer index is being read by another worker: it
 * stops once that one can answer).
 */
type Slot = { readonly worker: Worker; isIndexed: boolean; job: Job | null; isRetiring: boolean };

/**
 * Starts answer worker threads (`answer-worker.ts` beside this file, `.js` once compiled), each
 * sent the index packed once (`packCorpusIndex`), so answering and rendering never run on the
 * event loop that receives Slack's requests: every request is acknowledged in time, however heavy
 * an answer. Questions wait in one queue and are handed out in arrival order, one at a time per
 * worker, once that worker holds an index (a worker that dies while starting fails no question). A worker that stops (crash, exit, out of memory) fails only its own question, with an
 * `AnswerWorkerError` the listener turns into the fixed error reply, and is started again with the
 * current index; after `MAX_RESTARTS_IN_A_ROW` stops with no answer between them, it is not
 * restarted and every question fails (and is logged) until the pool is closed.
 *
 * The main thread holds no index: it sends each worker where to read one (`AnswerIndexSource`), and
 * keeps for restarts only that source and the deltas sent since (a pack only when there is no store).
 * A new index (`setIndex`) is read by new workers while the old ones keep answering, so reading a
 * whole index (seconds at newsroom scale) never holds up a question; a delta (`applyDelta`) is applied
 * by the workers in place, between questions.
 */
export function createAnswerPool(
  first: AnswerIndexSource | Promise<AnswerIndexSource>,
  options: AnswerPoolOptions,
): AnswerPool {
  const { logger } = options;
  const input: AnswerWorkerInput = { answerModule: options.answerModule?.href ?? null, reader: options.reader ?? null };
  // What a restarted worker is sent: the last index source, then the deltas applied since, in order.
  // Null until a source given as a promise is known: the workers start (and load their modules) meanwhile.
  let base: AnswerIndexSource | null = first instanceof Promise ? null : first;
  let deltasSince: PreparedCorpusDelta[] = [];
  let currentStale: CorpusStaleness | null = null;
  let isClosed = false;
  let restartsInARow = 0;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let markReady: () => void = () => undefined;
  let markBroken: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markBroken = reject;
  });
  // A pool that never became ready is reported where `ready` is awaited, never as unhandled.
  ready.catch(() => undefined);

  // Resolved once a worker on the newest index can answer: every handover asked for (`setIndex`) is over.
  const handovers: (() => void)[] = [];
  /** Stops a retiring worker now if it is idle; a busy one is stopped when its answer comes back. */
  const retire = (slot: Slot): void => {
    if (slot.job !== null) return;
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.terminate();
  };

  const start = (number: number): Slot => {
    const worker = createWorkerThread({ name: 'answer-worker', base: import.meta.url }, input);
    const slot: Slot = { worker, isIndexed: false, job: null, isRetiring: false };
    const staleMessage: AnswerWorkerRequest = { kind: 'stale', stale: currentStale };
    worker.postMessage(staleMessage);
    if (base !== null) worker.postMessage(base);
    for (const prepared of deltasSince) worker.postMessage({ kind: 'delta', prepared } satisfies AnswerWorkerRequest);
    worker.on('message', (reply: AnswerWorkerReply) => {
      if (reply.kind === 'indexed') {
        slot.isIndexed = true;
        markReady();
        // Rule: the workers on an older index stop once one on the newest can answer.
        if (!slot.isRetiring) {
          for (const old of slots.filter((other) => other.isRetiring)) retire(old);
          for (const resolve of handovers.splice(0)) resolve();
        }
        dispatch();
        return;
      }
      const job = slot.job;
      slot.job = null;
      if (job !== null) {
        restartsInARow = 0;
        if (reply.kind === 'answered') job.resolve(reply.answer);
        else if (reply.kind === 'queried') job.resolve(reply.result);
        else job.reject(new Error(reply.message));
      }
      if (slot.isRetiring && slots.some((other) => !other.isRetiring && other.isIndexed)) retire(slot);
      dispatch();
    });
    let failure = 'it exited';
    worker.on('error', (error) => {
      failure = error.message;
    });
    worker.on('exit', (code) => {
      // A retired worker was stopped on purpose, and is already out of the pool.
      if (isClosed || !slots.includes(slot)) return;
      const job = slot.job;
      slot.job = null;
      logger.write({ level: 'error', msg: 'answer worker stopped', worker: number, code, error: failure });
      job?.reject(new AnswerWorkerError(`The answer worker stopped while answering: ${failure}`));
      restartsInARow += 1;
      if (restartsInARow > MAX_RESTARTS_IN_A_ROW) {
        slots.splice(slots.indexOf(slot), 1);
        if (slots.length === 0) {
          failQueued('no answer worker is running');
          markBroken(new AnswerWorkerError(`Cannot start an answer worker: ${failure}`));
        }
        return;
      }
      // Rule: a retiring worker that stops is not started again (the new index's worker takes its place).
      if (slot.isRetiring) slots.splice(slots.indexOf(slot), 1);
      else {
        slots.splice(slots.indexOf(slot), 1, start(number));
        logger.write({ level: 'info', msg: 'answer worker restarted', worker: number });
      }
      dispatch();
    });
    return slot;
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      const job = slot.isIndexed && slot.job === null ? queue.shift() : undefined;
      if (job === undefined) continue;
      slot.job = job;
      nextId += 1;
      const message: AnswerWorkerRequest =
        job.request.kind === 'page'
          ? { kind: 'ask', id: nextId, ...job.request.page }
          : { kind: 'query', id: nextId, query: job.request.query };
      slot.worker.postMessage(message);
    }
  };

  const failQueued = (reason: string): void => {
    for (const job of queue.splice(0)) job.reject(new AnswerWorkerError(`Cannot answer: ${reason}`));
  };

  const enqueue = (request: Job['request']) =>
    new Promise<unknown>((resolve, reject) => {
      if (isClosed) return reject(new AnswerWorkerError('Cannot answer: the answer pool is closed'));
      if (slots.length === 0) return reject(new AnswerWorkerError('Cannot answer: no answer worker is running'));
      queue.push({ request, resolve, reject });
      dispatch();
    });
  for (let number = 0; number < (options.workers ?? 1); number++) slots.push(start(number));
  if (first instanceof Promise) {
    first.then(
      (source) => {
        if (isClosed) return;
        base = source;
        for (const slot of slots) slot.worker.postMessage(source);
      },
      (error: unknown) => {
        // The caller hears of it where it awaited the source; the pool cannot start.
        markBroken(
          new AnswerWorkerError(
            `Cannot start an answer worker: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      },
    );
  }
  return {
    ready,
    answerPage: async (page) => (await enqueue({ kind: 'page', page })) as SlackAnswer,
    askCorpus: async (query) => (await enqueue({ kind: 'query', query })) as never,
    setIndex(source) {
      base = source;
      deltasSince = [];
      // Rule: workers that hold no index yet (an older handover) have nothing to answer from: they stop now.
      for (const slot of [...slots]) {
        slot.isRetiring = true;
        if (!slot.isIndexed) retire(slot);
      }
      const count = options.workers ?? 1;
      const over = new Promise<void>((resolve) => {
        handovers.push(resolve);
      });
      for (let number = 0; number < count; number++) slots.push(start(number));
      return over;
    },
    applyDelta(prepared) {
      deltasSince.push(prepared);
      const message: AnswerWorkerRequest = { kind: 'delta', prepared };
      for (const slot of slots) slot.worker.postMessage(message);
    },
    setRestartSource(source) {
      base = source;
      deltasSince = [];
    },
    setStale(stale) {
      currentStale = stale;
      const message: AnswerWorkerRequest = { kind: 'stale', stale };
      for (const slot of slots) slot.worker.postMessage(message);
    },
    async close() {
      isClosed = true;
      failQueued('the answer pool is closed');
      for (const resolve of handovers.splice(0)) resolve();
      for (const slot of slots) slot.job?.reject(new AnswerWorkerError('Cannot answer: the answer pool is closed'));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * How a worker is given an index a caller holds (tests, tools): the path of its SQLite store when it
 * has one (the worker opens it read-only), else packed (`packed` when already packed, else packed here).
 */
export function toAnswerIndexSource(index: CorpusIndex, packed?: PackedCorpusIndex): AnswerIndexSource {
  if (index.store !== undefined) return { kind: 'store', path: index.store, settings: index.settings };
  return { kind: 'index', packed: packed ?? packCorpusIndex(index) };
}
