// One start of the bot's corpus side in its own process, through the entry point `npm start` uses
// (loadOrBuildCorpusIndex: read the corpus files, then restore the index from the cache when it
// holds their key, or parse, build and save it), and prints one JSON line with the time since the
// process started.
//
//   node --import tsx bench/start-child.ts <corpus-dir> <cache-dir>

import type { Report } from '../src/corpus/report.js';
import { buildCorpusIndexInParallel } from '../src/index/build-corpus-index-in-parallel.js';
import { loadOrBuildCorpusIndex } from '../src/index/load-or-build-corpus-index.js';

const [dir = '', cacheDir = ''] = process.argv.slice(2);
const started = performance.now();
let buildMs = 0;
// The bot's own build on a cache miss (loadOrBuildCorpusIndex's default), timed.
const build = async (reports: readonly Report[]) => {
  const at = performance.now();
  const index = await buildCorpusIndexInParallel(reports);
  buildMs = performance.now() - at;
  return index;
};
const { index, source, warnings } = await loadOrBuildCorpusIndex(dir, { cacheDir, build });
const ready = performance.now();
process.stdout.write(
  `${JSON.stringify({
    reports: index.reports.length,
    warnings: warnings.length,
    source,
    importMs: started,
    loadMs: ready - started,
    buildMs,
    readyMs: ready,
    peakRss: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
