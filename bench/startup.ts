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

/** One start of the whole bot (`bench/start-bot-child.ts`): ready time, and memory once started. */
type BotRun = {
  readonly reports: number;
  readonly source: string;
  readonly readyMs: number;
  /** Process RSS once started: every thread (main, answer worker, corpus worker). */
  readonly rss: number;
  /** The main thread's own V8 heap after a full collection: the index it holds, or only its manifest. */
  readonly mainHeap: number;
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
      ...leadColumns(name, runs),
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
  return `${table}\n\n(load average after the cold start: ${coldLoad})\n\n${runBotStartups(dir, count)}`;
}

/**
 * The whole bot (`startVerbatim`, fake Slack) started on the corpus of `count` articles in `dir`:
 * one cold start (the store built and written), then 3 warm ones, each in its own process. Prints
 * the ready time and the memory once started: the process RSS and the main thread's own heap.
 */
export function runBotStartups(dir: string, count: number): string {
  const cacheDir = join(WORK_DIR, `startup-bot-${count}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const flags = [...LARGE_HEAP, '--expose-gc'];
  const cold = runChild<BotRun>('start-bot-child.ts', [dir, cacheDir], flags);
  const coldLoad = describeMachine().split('load average ')[1];
  const warm = [1, 2, 3].map(() => runChild<BotRun>('start-bot-child.ts', [dir, cacheDir], flags));
  const row = (name: string, runs: readonly BotRun[]) => {
    const pick = (value: (run: BotRun) => number) => median(runs.map(value));
    return [
      ...leadColumns(name, runs),
      mb(pick((run) => run.rss)),
      mb(pick((run) => run.mainHeap)),
      mb(pick((run) => run.peakRss)),
    ];
  };
  const table = formatTable(
    [
      'bot start',
      'reports',
      'runs',
      'index from',
      'ready s (median)',
      'RSS after start MB',
      'main heap MB',
      'peak RSS MB',
    ],
    [row('cold (store built in the corpus worker)', [cold]), row('warm (store)', warm)],
  );
  return `${table}\n\n(load average after the cold start: ${coldLoad})`;
}

/** The columns every start row begins with: its name, reports, runs, where the index came from, and the median ready time. */
function leadColumns(
  name: string,
  runs: readonly { readonly reports: number; readonly source: string; readonly readyMs: number }[],
): (string | number)[] {
  const ready = median(runs.map((run) => run.readyMs));
  return [name, runs[0]?.reports ?? 0, runs.length, runs.map((run) => run.source).join(','), (ready / 1000).toFixed(1)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--bot-only`: the whole bot's starts alone (its cold start builds the store, as the others' do).
  const count = articleCountOption() ?? QUICK_ARTICLES;
  console.log(
    process.argv.includes('--bot-only')
      ? runBotStartups(writeCorpusDir(count), count)
      : runStartupBenchmark(isFullMode()),
  );
}
