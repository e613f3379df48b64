// One ingest run in its own process, so its peak memory is its own: reads the first N AllSides
// articles, cleans them into reports, splits, extracts and indexes them, and prints one JSON line.
//
//   node --import tsx bench/ingest-child.ts <articles>
//
// The stages call the same functions in the same order as buildCorpusIndex (src/answer/
// build-corpus-index.ts), timed one by one; the heap is sampled between stages and every 500
// reports, and the peak RSS is the kernel's (process.resourceUsage().maxRSS).
import { getHeapStatistics } from 'node:v8';
import { orderReports } from '../src/answer/build-corpus-index.js';
import { buildSpeakerDirectory } from '../src/extract/build-speaker-directory.js';
import { extractFigures } from '../src/extract/extract-figures.js';
import { extractQuotes } from '../src/extract/extract-quotes.js';
import type { Figure } from '../src/extract/figure.js';
import type { Quote } from '../src/extract/quote.js';
import type { Sentence } from '../src/search/sentence.js';
import { buildSentenceIndex } from '../src/search/sentence-index.js';
import { splitSentences } from '../src/search/split-sentences.js';
import { articleToReport, readArticles } from './read-allsides.js';

const count = Number(process.argv[2]);
let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
};
const seconds: Record<string, number> = {};
let at = performance.now();
const lap = (stage: string) => {
  sampleHeap();
  const now = performance.now();
  seconds[stage] = (now - at) / 1000;
  at = now;
};

const articles = readArticles(count);
lap('read');
const reports = orderReports(articles.map(articleToReport));
articles.length = 0;
lap('clean');
const sentences: Sentence[] = [];
const own: Sentence[][] = [];
for (const report of reports) {
  const split = splitSentences(report);
  own.push(split);
  sentences.push(...split);
}
lap('split');
const figures: Figure[] = [];
reports.forEach((report, i) => {
  figures.push(...extractFigures(report, own[i] ?? []));
  if (i % 500 === 0) sampleHeap();
});
lap('figures');
const quotes: Quote[] = [];
reports.forEach((report, i) => {
  quotes.push(...extractQuotes(report, own[i] ?? []));
  if (i % 500 === 0) sampleHeap();
});
buildSpeakerDirectory(quotes);
lap('quotes');
buildSentenceIndex(reports, sentences);
lap('index');
const total = Object.values(seconds).reduce((sum, value) => sum + value, 0);
process.stdout.write(
  `${JSON.stringify({
    articles: reports.length,
    sentences: sentences.length,
    figures: figures.length,
    quotes: quotes.length,
    seconds,
    total,
    peakRss: process.resourceUsage().maxRSS * 1024,
    peakHeap,
  })}\n`,
);
