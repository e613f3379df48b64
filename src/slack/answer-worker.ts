// Worker thread entry of `createAnswerPool`: holds a corpus index and answers Slack questions page
// by page from it (`createPageAnswerer`, with its kept answers), one message at a time, in the
// order they arrive, so the main thread's event loop only receives requests and sends replies.
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusSettings } from '../corpus/corpus-settings.js';
import { applyCorpusDelta } from '../index/apply-corpus-delta.js';
import type { CorpusIndex, CorpusStaleness } from '../index/corpus-index.js';
import { type PackedCorpusIndex, unpackCorpusIndex } from '../index/pack-corpus-index.js';
import type { PreparedCorpusDelta } from '../index/prepare-corpus-delta.js';
import { readStoredCorpusIndex } from '../index/store/read-stored-corpus-index.js';
import { createCitationLinker, type ReaderLinkSettings } from '../reader/create-citation-linker.js';
import { answerCorpusQuery, type CorpusQuery } from './answer-corpus-query.js';
import type { AnswerFunction, PageRequest, SlackAnswer } from './answer-slack-question.js';
import { createPageAnswerer } from './create-page-answerer.js';

/**
 * What the worker is started with: a module exporting `answer` to use instead of `answerQuestion`
 * (tests), or null; and where citations link to (`PUBLIC_URL`), or null for no links.
 */
export type AnswerWorkerInput = { readonly answerModule: string | null; readonly reader: ReaderLinkSettings | null };

/**
 * What the pool sends: the index to answer from (replacing the one before), packed or as the path of
 * its SQLite store (opened read-only here, docs/store.md), a delta to apply to it, whether it is
 * stale, a question, or a corpus query (a reader page, the Home summary, a citation, a digest).
 */
export type AnswerWorkerRequest =
  | { readonly kind: 'index'; readonly packed: PackedCorpusIndex }
  | { readonly kind: 'store'; readonly path: string; readonly settings: CorpusSettings }
  | { readonly kind: 'delta'; readonly prepared: PreparedCorpusDelta }
  | { readonly kind: 'stale'; readonly stale: CorpusStaleness | null }
  | ({ readonly kind: 'ask'; readonly id: number } & PageRequest)
  | { readonly kind: 'query'; readonly id: number; readonly query: CorpusQuery };

/** What the worker posts back: that an index is unpacked and answers come from it, or each question's page, or why it failed. */
export type AnswerWorkerReply =
  | { readonly kind: 'indexed'; readonly fingerprint: string }
  | { readonly kind: 'answered'; readonly id: number; readonly answer: SlackAnswer }
  | { readonly kind: 'queried'; readonly id: number; readonly result: unknown }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

if (parentPort === null) throw new Error('Cannot answer: answer-worker.ts runs only as a worker thread');
const port = parentPort;
const input = workerData as AnswerWorkerInput;
// The index unpacked, and the one served: flagged stale while the corpus folder is gone (as the main thread flags its own).
let unpacked: CorpusIndex | null = null;
let stale: CorpusStaleness | null = null;
let index: CorpusIndex | null = null;
const answer =
  input.answerModule === null ? undefined : ((await import(input.answerModule)) as { answer: AnswerFunction }).answer;
const getIndex = (): CorpusIndex => {
  if (index === null) throw new Error('Cannot answer: the worker has no corpus index yet');
  return index;
};
const answerPage = createPageAnswerer({
  getIndex,
  ...(answer === undefined ? {} : { answer }),
  ...(input.reader === null ? {} : { linkCitations: createCitationLinker(input.reader, getIndex) }),
});
const secret = input.reader?.secret ?? null;
// Rule: one request at a time, in arrival order, even when an answer function is asynchronous.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: AnswerWorkerRequest) => {
  queue = queue.then(() => handle(request));
});

function getUnpacked(): CorpusIndex {
  if (unpacked === null) throw new Error('Cannot apply a corpus delta: the worker has no corpus index yet');
  return unpacked;
}

async function handle(request: AnswerWorkerRequest): Promise<void> {
  if (request.kind === 'stale') {
    stale = request.stale;
    index = unpacked === null || stale === null ? unpacked : { ...unpacked, stale };
    return;
  }
  if (request.kind === 'index' || request.kind === 'store' || request.kind === 'delta') {
    // Rule: a delta is applied to the index this worker holds, in the order sent (applyCorpusDelta).
    unpacked =
      request.kind === 'index'
        ? unpackCorpusIndex(request.packed)
        : request.kind === 'store'
          ? readStoredCorpusIndex(request.path, request.settings).index
          : applyCorpusDelta(getUnpacked(), request.prepared);
    index = stale === null ? unpacked : { ...unpacked, stale };
    const indexed: AnswerWorkerReply = { kind: 'indexed', fingerprint: unpacked.fingerprint };
    port.postMessage(indexed);
    return;
  }
  let reply: AnswerWorkerReply;
  try {
    reply =
      request.kind === 'query'
        ? { kind: 'queried', id: request.id, result: answerCorpusQuery(getIndex(), request.query, secret) }
        : { kind: 'answered', id: request.id, answer: await answerPage(request) };
  } catch (error: unknown) {
    reply = { kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
}
