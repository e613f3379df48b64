// One ingest run in its own process, so its peak memory is its own: reads the first N AllSides
// articles, cleans them into reports, splits, extracts and indexes them, and prints one JSON line.
//
//   node --import tsx bench/ingest-child.ts <articles> [staged|parallel]
//
// staged (the default): the stages call the same functions in the same order as buildCorpusIndex
// (src/index/build-corpus-index.ts), on one thread, timed one by one.
// parallel: the whole build as the bot's cold start runs it, buildCorpusIndexInParallel
// (extraction in a worker thread while the main thread indexes), timed as one stage "build".
// The heap is sampled between stages and every 500 reports (main thread only), and the peak RSS
// is the kernel's (process.resourceUsage().maxRSS, the whole process with its worker).
import { getHeapStatistics } from 'node:v8';
import { DEFAULT_CORPUS_SETTINGS } from '../src/corpus/corpus-settings.js';
import { extractFigures } from '../src/extract/figures/extract-figures.js';
import type { Figure } from '../src/extract/figures/figure.js';
import { buildSpeakerDirectory } from '../src/extract/people/build-speaker-directory.js';
import { extractQuotes } from '../src/extract/quotes/extract-quotes.js';
import type { Quote } from '../src/extract/quotes/quote.js';
import { buildSideLexicon } from '../src/extract/sides/side-lexicon.js';
import { orderReports } from '../src/index/build-corpus-index.js';
import { buildCorpusIndexInParallel } from '../src/index/build-corpus-index-in-parallel.js';
import { buildSentenceIndex } from '../src/search/sentence-index.js';
import type { Sentence } from '../src/sentences/sentence.js';
import { splitSentences } from '../src/sentences/split-sentences.js';
import { articleToReport, readArticles } from './read-allsides.js';

const count = Number(process.argv[2]);
const mode = process.argv[3] === 'parallel' ? 'parallel' : 'staged';
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
const lexicon = buildSideLexicon(DEFAULT_CORPUS_SETTINGS);
lap('read');
const reports = orderReports(articles.map(articleToReport));
articles.length = 0;
lap('clean');
if (mode === 'parallel') {
  const index = await buildCorpusIndexInParallel(reports);
  lap('build');
  report(index.sentences.length, index.figures.length, index.quotes.length);
  process.exit(0);
}
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
  figures.push(...extractFigures(report, own[i] ?? [], { lexicon }));
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
report(sentences.length, figures.length, quotes.length);

function report(sentenceCount: number, figureCount: number, quoteCount: number): void {
  const total = Object.values(seconds).reduce((sum, value) => sum + value, 0);
  process.stdout.write(
    `${JSON.stringify({
      articles: reports.length,
      sentences: sentenceCount,
      figures: figureCount,
      quotes: quoteCount,
      seconds,
      total,
      peakRss: process.resourceUsage().maxRSS * 1024,
      peakHeap,
    })}\n`,
  );
}
