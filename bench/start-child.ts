// One start of the bot's corpus side in its own process, through the entry point `npm start` uses
// (loadOrBuildCorpusIndex: read the corpus files, then restore the index from the cache when it
// holds their key, or parse, build and save it), and prints one JSON line with the time since the
// process started.
//
//   node --import tsx bench/start-child.ts <corpus-dir> <cache-dir> [store]
//
// With `store`, the start goes through `loadOrBuildStoredCorpusIndex` (the SQLite store, as
// `startVerbatim` starts), and then reads the index back from the store as the answer worker does
// (`readStoredCorpusIndex`), timed apart (`workerMs`).

import type { Report } from '../src/corpus/report.js';
import { buildCorpusIndexInParallel } from '../src/index/build-corpus-index-in-parallel.js';
import { loadOrBuildCorpusIndex } from '../src/index/load-or-build-corpus-index.js';
import { loadOrBuildStoredCorpusIndex } from '../src/index/store/load-or-build-stored-corpus-index.js';
import { readStoredCorpusIndex } from '../src/index/store/read-stored-corpus-index.js';

const [dir = '', cacheDir = '', mode = 'cache'] = process.argv.slice(2);
const started = performance.now();
let buildMs = 0;
// The bot's own build on a cache miss (loadOrBuildCorpusIndex's default), timed.
const build = async (reports: readonly Report[]) => {
  const at = performance.now();
  const index = await buildCorpusIndexInParallel(reports);
  buildMs = performance.now() - at;
  return index;
};
const load = mode === 'store' ? loadOrBuildStoredCorpusIndex : loadOrBuildCorpusIndex;
const { index, source, warnings } = await load(dir, { cacheDir, build });
const ready = performance.now();
// The answer worker's own read of the store, in this thread (the bot does it in the worker, after the main thread's load).
const workerMs = (() => {
  if (index.store === undefined) return 0;
  const at = performance.now();
  readStoredCorpusIndex(index.store, index.settings);
  return performance.now() - at;
})();
process.stdout.write(
  `${JSON.stringify({
    reports: index.reports.length,
    warnings: warnings.length,
    source,
    importMs: started,
    loadMs: ready - started,
    buildMs,
    readyMs: ready,
    workerMs,
    peakRss: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
