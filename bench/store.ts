// The SQLite corpus store's own costs (docs/store.md), at a corpus of N AllSides articles: writing
// it, its size, opening it read-only, one report text by id, reading the whole index back (what an
// answer worker does), beside restoring the JSON cache. The index comes from the JSON cache in a
// cache folder of this script's own (built the first time, which takes minutes).
//
//   npx tsx bench/store.ts --articles=5000

import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrBuildCorpusIndex } from '../src/index/load-or-build-corpus-index.js';
import { openSqliteCorpusStore } from '../src/index/store/open-sqlite-corpus-store.js';
import { readStoredCorpusIndex } from '../src/index/store/read-stored-corpus-index.js';
import { writeSqliteCorpusStore } from '../src/index/store/write-sqlite-corpus-store.js';
import { QUICK_ARTICLES, WORK_DIR, writeCorpusDir } from './startup.js';
import { articleCountOption, describeMachine, formatTable, mb, median } from './stats.js';

const count = articleCountOption() ?? QUICK_ARTICLES;
const dir = writeCorpusDir(count);
const cacheDir = join(WORK_DIR, `store-bench-cache-${count}`);
const time = <T>(run: () => T): [T, number] => {
  const at = performance.now();
  const result = run();
  return [result, performance.now() - at];
};

const restoreStarted = performance.now();
const loaded = await loadOrBuildCorpusIndex(dir, { cacheDir });
const restoreMs = performance.now() - restoreStarted;
const { index } = loaded;
const path = join(cacheDir, 'bench.sqlite');
rmSync(path, { force: true });
const [, writeMs] = time(() => writeSqliteCorpusStore(path, index, { key: 'bench', warnings: [] }));
const [store, openMs] = time(() => openSqliteCorpusStore(path));
// One report text by id, for 1,000 ids spread over the corpus.
const step = Math.max(1, Math.floor(index.reports.length / 1000));
const lookups = index.reports
  .filter((_, i) => i % step === 0)
  .map((report) => time(() => store.readReportText(report.id))[1] * 1000);
store.close();
const heapBefore = process.memoryUsage().heapUsed;
const [stored, readMs] = time(() => readStoredCorpusIndex(path, index.settings));
const heapAfter = process.memoryUsage().heapUsed;
const storedReports = stored.index.reports.length;
console.log(
  formatTable(
    [
      'articles',
      'index from',
      'restore JSON cache s',
      'write store s',
      'store MB',
      'open store ms',
      'report text by id µs (median)',
      'read whole index from store s',
      'heap held after the read MB',
      'peak RSS MB',
    ],
    [
      [
        `${index.reports.length} (${storedReports} read back)`,
        loaded.source,
        (restoreMs / 1000).toFixed(1),
        (writeMs / 1000).toFixed(1),
        mb(statSync(path).size),
        openMs.toFixed(2),
        median(lookups).toFixed(1),
        (readMs / 1000).toFixed(1),
        mb(heapAfter - heapBefore),
        mb(process.resourceUsage().maxRSS * 1024),
      ],
    ],
  ),
);
console.log(`\n(${describeMachine()})`);
