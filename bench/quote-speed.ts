// Measures quote extraction speed on real news text: MB of UTF-8 per CPU-second.
//
//   npx tsx bench/quote-speed.ts [articles]
//
// The reports are built from the first AllSides articles shared with the project (read at run time
// from ../shared/data/, never copied into the repo), as the ingest benchmark builds them.
import { extractQuotes } from '../src/extract/quotes/extract-quotes.js';
import { splitSentences } from '../src/sentences/split-sentences.js';
import { articleToReport, hasAllSides, readArticles } from './read-allsides.js';

if (!hasAllSides()) {
  console.log('The AllSides files are not in ../shared/data/allsides-news: nothing to measure.');
  process.exit(0);
}
const limit = Number(process.argv[2] ?? 3000);
const prepared = readArticles(limit)
  .map(articleToReport)
  .map((report) => ({ report, sentences: splitSentences(report), bytes: Buffer.byteLength(report.text) }));
const before = process.cpuUsage();
for (const { report, sentences } of prepared) extractQuotes(report, sentences);
const { user, system } = process.cpuUsage(before);
const bytes = prepared.reduce((sum, { bytes: size }) => sum + size, 0);
console.log(`${prepared.length} articles, ${(bytes / (user + system)).toFixed(2)} MB per CPU-second`);
