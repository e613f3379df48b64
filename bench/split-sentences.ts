// Measures splitSentences throughput on real news text and prints the numbers.
//
//   npx tsx bench/split-sentences.ts [file.jsonl.gz] [articles]
//
// The input is gzip JSON lines with a `text` field (default: the AllSides sample shared with the
// project, never copied into the repo). Each article is one body block, the worst case: the splitter
// also finds the paragraph breaks. Prints MB/s over the UTF-8 bytes, best of five rounds, and the
// same for Node's built-in Intl.Segmenter (ICU sentence breaks) for comparison.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Report } from '../src/corpus/report.js';
import { splitSentences } from '../src/sentences/split-sentences.js';
import { DATA_DIR } from './read-allsides.js';

const DEFAULT_FILE = `${DATA_DIR}allsides-news/allsides-00.jsonl.gz`;
const ROUNDS = 5;

const file = process.argv[2] ?? DEFAULT_FILE;
const limit = Number(process.argv[3] ?? 2000);
const texts = gunzipSync(readFileSync(file))
  .toString('utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, limit)
  .map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? ''));
const reports: Report[] = texts.map((text, index) => ({
  id: `a${index}`,
  file: `a${index}.txt`,
  title: null,
  date: null,
  outlet: null,
  url: null,
  text,
  blocks: [{ kind: 'body', start: 0, end: text.length }],
  bytes: Buffer.byteLength(text),
  hash: '',
}));
const megabytes = reports.reduce((sum, report) => sum + report.bytes, 0) / 1e6;

let sentenceCount = 0;
const splitterSeconds = bestOf(() => {
  sentenceCount = 0;
  for (const report of reports) sentenceCount += splitSentences(report).length;
});
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
let segmentCount = 0;
const icuSeconds = bestOf(() => {
  segmentCount = 0;
  for (const text of texts) for (const _segment of segmenter.segment(text)) segmentCount++;
});

console.log(`articles: ${reports.length}, text: ${megabytes.toFixed(2)} MB`);
console.log(
  `splitSentences: ${(megabytes / splitterSeconds).toFixed(1)} MB/s (${(splitterSeconds * 1000).toFixed(0)} ms, ${sentenceCount} sentences)`,
);
console.log(
  `Intl.Segmenter alone: ${(megabytes / icuSeconds).toFixed(1)} MB/s (${(icuSeconds * 1000).toFixed(0)} ms, ${segmentCount} segments)`,
);

function bestOf(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    run();
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}
