import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { DEFAULT_CORPUS_SETTINGS } from '../corpus/corpus-settings.js';
import type { Report } from '../corpus/report.js';
import { extractFigures } from '../extract/figures/extract-figures.js';
import type { Figure } from '../extract/figures/figure.js';
import { buildSpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import { extractQuotes } from '../extract/quotes/extract-quotes.js';
import type { Quote } from '../extract/quotes/quote.js';
import { buildSideLexicon, type SideLexicon } from '../extract/sides/side-lexicon.js';
import { buildSentenceIndex } from '../search/sentence-index.js';
import type { Sentence } from '../sentences/sentence.js';
import { splitSentences } from '../sentences/split-sentences.js';
import { assembleCorpusIndex } from './assemble-corpus-index.js';
import {
  type BuildCorpusIndexOptions,
  buildCorpusIndex,
  buildFingerprint,
  orderReports,
} from './build-corpus-index.js';
import { compileCorpusAliases } from './compile-corpus-aliases.js';
import type { CorpusIndex } from './corpus-index.js';
import { createWorkerThread } from './create-worker-thread.js';
import type { ExtractFactsInput, ExtractFactsMessage } from './extract-facts-worker.js';

/** Below this many reports, starting a worker costs more than it saves: the index is built on the main thread. */
export const MIN_PARALLEL_REPORTS = 200;
/** Reports per chunk: about a quarter of a second of extraction, so the last chunk leaves little idle time. */
export const DEFAULT_CHUNK_SIZE = 64;

export type BuildInParallelOptions = BuildCorpusIndexOptions & {
  /** Worker threads besides the main thread; `availableParallelism() - 1` by default, at least 1. */
  readonly workers?: number;
  /** Reports in each chunk of work a thread claims; `DEFAULT_CHUNK_SIZE` by default. */
  readonly chunkSize?: number;
  /** Fewer reports than this are indexed by `buildCorpusIndex` on the main thread; `MIN_PARALLEL_REPORTS` by default. */
  readonly minReports?: number;
  /**
   * Whether the main thread, once its search index is built, extracts the chunks no worker has
   * claimed yet; true by default. False leaves every chunk to the workers (tests use it to make
   * sure the workers extract).
   */
  readonly extractOnMainThread?: boolean;
  /** The worker's entry file; `extract-facts-worker` next to this file by default (tests pass a failing one). */
  readonly workerUrl?: URL;
};

type ChunkFacts = { readonly figures: readonly Figure[]; readonly quotes: readonly Quote[] };

/** The workers of one build: `finished` settles once every worker has posted `done`, or with the first failure. */
type WorkerPool = {
  readonly finished: Promise<void>;
  readonly failure: () => Error | undefined;
  readonly terminate: () => Promise<void>;
};

/**
 * Builds the same index as `buildCorpusIndex` (deep-equal), on more than one core. Worker threads
 * split the reports and extract their figures and quotes, chunk by chunk, while the main thread
 * splits the reports itself and builds the search index. Then the main thread takes whatever
 * chunks are left, the facts are put back in report order, and the speaker directory and the rest
 * of the index are built on the main thread. Which thread extracted a chunk never changes the
 * result: each report's facts depend on that report alone.
 *
 * @throws {Error} when a worker fails or exits before it has finished (the other workers are stopped).
 * @throws {RangeError} when `workers` or `chunkSize` is not a whole number in range, or no thread
 *   would extract (no workers and `extractOnMainThread: false`).
 * @example
 * const index = await buildCorpusIndexInParallel(reports);
 */
export async function buildCorpusIndexInParallel(
  reports: readonly Report[],
  options: BuildInParallelOptions = {},
): Promise<CorpusIndex> {
  const workerCount = options.workers ?? Math.max(1, availableParallelism() - 1);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(workerCount) || workerCount < 0) {
    throw new RangeError(`Cannot build the index: workers must be a whole number of 0 or more, got "${workerCount}"`);
  }
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`Cannot build the index: chunkSize must be a whole number of 1 or more, got "${chunkSize}"`);
  }
  const extractOnMainThread = options.extractOnMainThread ?? true;
  if (workerCount === 0 && !extractOnMainThread) {
    throw new RangeError('Cannot build the index: with no workers, extractOnMainThread must be true');
  }
  const settings = options.settings ?? DEFAULT_CORPUS_SETTINGS;
  if (reports.length < (options.minReports ?? MIN_PARALLEL_REPORTS)) return buildCorpusIndex(reports, { settings });
  const lexicon = buildSideLexicon(settings);

  const ordered = orderReports(reports);
  const chunkCount = Math.ceil(ordered.length / chunkSize);
  const chunks: (ChunkFacts | undefined)[] = Array.from({ length: chunkCount }, () => undefined);
  const nextChunk = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const pool = startWorkers(
    workerCount,
    options.workerUrl === undefined
      ? { name: 'extract-facts-worker', base: import.meta.url }
      : { url: options.workerUrl },
    { reports: ordered, chunkSize, nextChunk, settings },
    (chunk, facts) => {
      chunks[chunk] = facts;
    },
  );
  try {
    const sentencesOfReports = ordered.map((report) => splitSentences(report));
    const sentences: Sentence[] = [];
    for (const own of sentencesOfReports) for (const sentence of own) sentences.push(sentence);
    const search = buildSentenceIndex(ordered, sentences, {
      aliases: compileCorpusAliases(settings),
    });
    // The chunks no worker has claimed yet; yielding after each lets the workers' messages in.
    while (extractOnMainThread) {
      const chunk = Atomics.add(nextChunk, 0, 1);
      if (chunk >= chunkCount) break;
      chunks[chunk] = extractFacts(ordered, sentencesOfReports, {
        start: chunk * chunkSize,
        end: (chunk + 1) * chunkSize,
        lexicon,
      });
      await yieldToEventLoop();
      const failure = pool.failure();
      if (failure !== undefined) throw failure;
    }
    await pool.finished;
    const figures: Figure[] = [];
    const quotes: Quote[] = [];
    chunks.forEach((facts, chunk) => {
      if (facts === undefined) throw new Error(`Cannot build the index: the facts of chunk ${chunk} never arrived`);
      for (const figure of facts.figures) figures.push(figure);
      for (const quote of facts.quotes) quotes.push(quote);
    });
    return assembleCorpusIndex({
      reports: ordered,
      sentences,
      search,
      figures,
      quotes,
      speakers: buildSpeakerDirectory(quotes),
      fingerprint: buildFingerprint(ordered),
      settings,
      lexicon,
    });
  } finally {
    await pool.terminate();
  }
}

/** The figures and quotes of reports `[start, end)`, from their sentences already split, in report order. */
function extractFacts(
  reports: readonly Report[],
  sentencesOfReports: readonly (readonly Sentence[])[],
  chunk: { readonly start: number; readonly end: number; readonly lexicon: SideLexicon },
): ChunkFacts {
  const { start, end, lexicon } = chunk;
  const figures: Figure[] = [];
  const quotes: Quote[] = [];
  for (let position = start; position < Math.min(end, reports.length); position++) {
    const report = reports[position];
    const sentences = sentencesOfReports[position];
    if (report === undefined || sentences === undefined) continue;
    for (const figure of extractFigures(report, sentences, { lexicon })) figures.push(figure);
    for (const quote of extractQuotes(report, sentences)) quotes.push(quote);
  }
  return { figures, quotes };
}

/**
 * Starts `count` workers on `input`. A worker that throws, posts a message that cannot be read or
 * exits before `done` rejects `finished` with the first such failure; `finished` is never left
 * pending, because every worker ends in `done`, an error or an exit.
 */
function startWorkers(
  count: number,
  entry: Parameters<typeof createWorkerThread>[0],
  input: ExtractFactsInput,
  onChunk: (chunk: number, facts: ChunkFacts) => void,
): WorkerPool {
  let failure: Error | undefined;
  const fail = (error: Error): Error => {
    failure ??= error;
    return failure;
  };
  const workers: Worker[] = [];
  try {
    for (let number = 0; number < count; number++) workers.push(createWorkerThread(entry, input));
  } catch (error) {
    for (const worker of workers) void worker.terminate();
    throw error;
  }
  const finished = Promise.all(
    workers.map(
      (worker, number) =>
        new Promise<void>((resolve, reject) => {
          let done = false;
          worker.on('message', (message: ExtractFactsMessage) => {
            if (message.kind === 'done') {
              done = true;
              resolve();
            } else {
              onChunk(message.chunk, { figures: message.figures, quotes: message.quotes });
            }
          });
          worker.on('error', (error) => {
            reject(fail(new Error(`Cannot extract facts in worker ${number}: ${error.message}`, { cause: error })));
          });
          worker.on('messageerror', (error) => {
            reject(fail(new Error(`Cannot read a message from worker ${number}: ${error.message}`, { cause: error })));
          });
          worker.on('exit', (code) => {
            if (!done) reject(fail(new Error(`Cannot extract facts: worker ${number} exited with code ${code} first`)));
          });
        }),
    ),
  ).then(() => undefined);
  // The main thread awaits `finished` only after its own work; a failure meanwhile is kept, not reported as unhandled.
  finished.catch(() => undefined);
  return {
    finished,
    failure: () => failure,
    terminate: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
