// Worker thread entry of `buildCorpusIndexInParallel`: splits and extracts the figures and quotes
// of the chunks of reports it claims, and posts each chunk's facts back as plain data.
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusSettings } from '../corpus/corpus-settings.js';
import type { Report } from '../corpus/report.js';
import { extractFigures } from '../extract/figures/extract-figures.js';
import type { Figure } from '../extract/figures/figure.js';
import { extractQuotes } from '../extract/quotes/extract-quotes.js';
import type { Quote } from '../extract/quotes/quote.js';
import { buildSideLexicon } from '../extract/sides/side-lexicon.js';
import { splitSentences } from '../sentences/split-sentences.js';

/**
 * What the worker is started with (`workerData`). The reports are split into chunks of
 * `chunkSize` in order; whoever adds 1 to `nextChunk[0]` first (`Atomics.add`) owns that chunk,
 * the main thread included, so the chunks are shared out as each thread becomes free.
 */
export type ExtractFactsInput = {
  readonly reports: readonly Report[];
  readonly chunkSize: number;
  readonly nextChunk: Int32Array;
  /** The corpus settings, for the side lexicon figures are read with. */
  readonly settings: CorpusSettings;
};

/** What the worker posts: the facts of one chunk, in report order, then `done` once no chunk is left. */
export type ExtractFactsMessage =
  | {
      readonly kind: 'chunk';
      readonly chunk: number;
      readonly figures: readonly Figure[];
      readonly quotes: readonly Quote[];
    }
  | { readonly kind: 'done' };

if (parentPort === null) throw new Error('Cannot extract facts: extract-facts-worker.ts runs only as a worker thread');
const port = parentPort;
const input = workerData as ExtractFactsInput;
const { chunkSize, nextChunk } = input;
const lexicon = buildSideLexicon(input.settings);
// This thread's own copy: a report is dropped once every chunk up to it has been claimed, so the
// copy shrinks as the build goes on.
const reports = input.reports as (Report | undefined)[];
const chunkCount = Math.ceil(reports.length / chunkSize);
let released = 0;
for (let chunk = Atomics.add(nextChunk, 0, 1); chunk < chunkCount; chunk = Atomics.add(nextChunk, 0, 1)) {
  const start = chunk * chunkSize;
  const end = Math.min(start + chunkSize, reports.length);
  const figures: Figure[] = [];
  const quotes: Quote[] = [];
  for (let position = start; position < end; position++) {
    const report = reports[position];
    if (report === undefined) continue;
    const sentences = splitSentences(report);
    for (const figure of extractFigures(report, sentences, { lexicon })) figures.push(figure);
    for (const quote of extractQuotes(report, sentences)) quotes.push(quote);
  }
  reports.fill(undefined, released, end);
  released = end;
  const message: ExtractFactsMessage = { kind: 'chunk', chunk, figures, quotes };
  port.postMessage(message);
}
const done: ExtractFactsMessage = { kind: 'done' };
port.postMessage(done);
