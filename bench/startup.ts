// Benchmark 2, start-up: process start → index ready to answer, cold (no cache: build and save)
// and warm (a valid cache). The corpus is written once as report files under the system's temp
// folder (never into the repository), the way a desk's corpus folder holds them.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleToText, HELD_BACK, readArticles } from './read-allsides.js';
import { LARGE_HEAP, runChild } from './run-child.js';
import { articleCountOption, describeMachine, formatTable, isFullMode, mb, median } from './stats.js';

type StartRun = {
  readonly reports: number;
  readonly source: string;
  readonly importMs: number;
  /** `loadOrBuildCorpusIndex`: read the files, then restore from the cache, or parse, build and save. */
  readonly loadMs: number;
  /** Of `loadMs`, the time in `buildCorpusIndex` (0 on a warm start). */
  readonly buildMs: number;
  readonly readyMs: number;
  /** With the store: the answer worker's read of it (`readStoredCorpusIndex`), after `readyMs`; 0 otherwise. */
  readonly workerMs?: number;
  readonly peakRss: number;
};

/**
 * The full cold start takes many minutes, so `bench/full-cold-start.ts` runs it once, saves its
 * result here and leaves the cache that the full mode's warm starts, latency and HTTP runs load.
 */
export const FULL_COLD_FILE = 'full-cold.json';

/** Articles indexed by the quick start-up, latency and HTTP runs (they share one cache). */
export const QUICK_ARTICLES = 300;

/** The benchmark's working folder in the system's temp folder. */
export const WORK_DIR = join(tmpdir(), 'verbatim-bench');

/** Writes the first `count` articles as report files (once) and returns the folder. */
export function writeCorpusDir(count: number): string {
  const dir = join(WORK_DIR, `corpus-${count}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const article of readArticles(count)) writeFileSync(join(dir, `${article.id}.txt`), articleToText(article));
  writeFileSync(done, '');
  return dir;
}

/**
 * Quick: `QUICK_ARTICLES` articles. Full: the 37,054 indexed articles. `--articles=N` overrides
 * both. One cold start, then 3 warm ones, each in its own process.
 */
export function runStartupBenchmark(full: boolean): string {
  const all = 37554 - HELD_BACK;
  const count = articleCountOption() ?? (full ? all : QUICK_ARTICLES);
  const dir = writeCorpusDir(count);
  const cacheDir = join(WORK_DIR, `startup-cache-${count}`);
  const saved = join(WORK_DIR, FULL_COLD_FILE);
  // The saved cold start is of all the articles: reuse it only for them.
  const reuse = full && count === all && existsSync(saved) && existsSync(cacheDir);
  if (!reuse) rmSync(cacheDir, { recursive: true, force: true });
  const cold = reuse
    ? (JSON.parse(readFileSync(saved, 'utf8')) as StartRun)
    : runChild<StartRun>('start-child.ts', [dir, cacheDir], LARGE_HEAP);
  const coldLoad = describeMachine().split('load average ')[1];
  const warm = [1, 2, 3].map(() => runChild<StartRun>('start-child.ts', [dir, cacheDir], LARGE_HEAP));
  // The same starts with the SQLite store (docs/store.md), in a cache folder of their own.
  const storeDir = join(WORK_DIR, `startup-store-${count}`);
  rmSync(storeDir, { recursive: true, force: true });
  const storeCold = runChild<StartRun>('start-child.ts', [dir, storeDir, 'store'], LARGE_HEAP);
  const storeWarm = [1, 2, 3].map(() => runChild<StartRun>('start-child.ts', [dir, storeDir, 'store'], LARGE_HEAP));
  const row = (name: string, runs: readonly StartRun[]) => {
    const pick = (value: (run: StartRun) => number) => median(runs.map(value));
    return [
      name,
      runs[0]?.reports ?? 0,
      runs.length,
      runs.map((run) => run.source).join(','),
      (pick((run) => run.readyMs) / 1000).toFixed(1),
      (pick((run) => run.importMs) / 1000).toFixed(1),
      (pick((run) => run.loadMs) / 1000).toFixed(1),
      (pick((run) => run.buildMs) / 1000).toFixed(1),
      (pick((run) => run.workerMs ?? 0) / 1000).toFixed(1),
      mb(pick((run) => run.peakRss)),
    ];
  };
  const table = formatTable(
    [
      'start',
      'reports',
      'runs',
      'index from',
      'ready s (median)',
      'imports s',
      'read + restore or build s',
      'of which build s',
      'then the worker reads the store s',
      'peak RSS MB',
    ],
    [
      row(reuse ? 'cold (build + save cache; bench/full-cold-start.ts)' : 'cold (build + save cache)', [cold]),
      row('warm (cache)', warm),
      row('cold (build + write the SQLite store)', [storeCold]),
      row('warm (SQLite store)', storeWarm),
    ],
  );
  return `${table}\n\n(load average after the cold start: ${coldLoad})`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(runStartupBenchmark(isFullMode()));
