// Prints the seconds spent in extractQuotes and a hash of every quote found, so a speed change can
// be checked to leave the output byte-identical. Run it before and after a change:
//
//   uptime; npx tsx bench/quote-hash.ts [articles]
//
// Reads the AllSides articles from ../shared/data/ at run time (never copied into the repo).
import { createHash } from 'node:crypto';
import { extractQuotes } from '../src/extract/quotes/extract-quotes.js';
import type { Quote } from '../src/extract/quotes/quote.js';
import { orderReports } from '../src/index/build-corpus-index.js';
import { splitSentences } from '../src/sentences/split-sentences.js';
import { articleToReport, hasAllSides, readArticles } from './read-allsides.js';

if (!hasAllSides()) {
  console.log('The AllSides files are not in ../shared/data/allsides-news: nothing to measure.');
  process.exit(0);
}
const limit = Number(process.argv[2] ?? 10000);
const reports = orderReports(readArticles(limit).map(articleToReport));
const prepared = reports.map((report) => ({ report, sentences: splitSentences(report) }));
const all: Quote[] = [];
const start = process.hrtime.bigint();
for (const { report, sentences } of prepared) all.push(...extractQuotes(report, sentences));
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const hash = createHash('sha256').update(JSON.stringify(all)).digest('hex');
console.log(`quotes=${all.length} extractQuotes=${seconds.toFixed(2)}s sha256=${hash}`);
