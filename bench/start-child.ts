// One start of the bot's corpus side in its own process: reads the corpus folder as `npm start`
// does (loadCorpus), then loads the index from the cache or builds and saves it
// (loadOrBuildCorpusIndex), and prints one JSON line with the time since the process started.
//
//   node --import tsx bench/start-child.ts <corpus-dir> <cache-dir>
import { loadOrBuildCorpusIndex } from '../src/answer/load-or-build-corpus-index.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';

const [dir = '', cacheDir = ''] = process.argv.slice(2);
const started = performance.now();
const { reports } = await loadCorpus(dir);
const loaded = performance.now();
const { index, source } = await loadOrBuildCorpusIndex(reports, { cacheDir });
const ready = performance.now();
process.stdout.write(
  `${JSON.stringify({
    reports: index.reports.length,
    source,
    importMs: started,
    loadCorpusMs: loaded - started,
    indexMs: ready - loaded,
    readyMs: ready,
    peakRss: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
