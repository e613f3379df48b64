// Benchmark 1, ingest: read (gunzip + JSON lines), clean (parseReport), split, extract and index
// the first N AllSides articles, each run in a fresh process so its peak memory is its own.
import { LARGE_HEAP, runChild } from './run-child.js';
import { formatTable, isFullMode, mb, median } from './stats.js';

type IngestRun = {
  readonly articles: number;
  readonly sentences: number;
  readonly figures: number;
  readonly quotes: number;
  readonly seconds: Readonly<Record<string, number>>;
  readonly total: number;
  readonly peakRss: number;
  readonly peakHeap: number;
};

type Mode = 'staged' | 'parallel';

/**
 * Quick: 300 articles, staged (3 runs) and parallel (1 run). Full: 1,000 (3 runs staged, 1
 * parallel), 10,000 and 37,554 (1 run each way: minutes per run). Staged times each stage on one
 * thread; parallel is the bot's own cold build (`buildCorpusIndexInParallel`).
 */
export function runIngestBenchmark(full: boolean): string {
  const plan: readonly (readonly [number, Mode, number])[] = full
    ? [
        [1000, 'staged', 3],
        [1000, 'parallel', 1],
        [10000, 'staged', 1],
        [10000, 'parallel', 1],
        [37554, 'staged', 1],
        [37554, 'parallel', 1],
      ]
    : [
        [300, 'staged', 3],
        [300, 'parallel', 1],
      ];
  const rows = plan.map(([size, mode, runs]) => {
    const results = Array.from({ length: runs }, () =>
      runChild<IngestRun>('ingest-child.ts', [String(size), mode], LARGE_HEAP),
    );
    const pick = (value: (run: IngestRun) => number) => median(results.map(value));
    const total = pick((run) => run.total);
    const stage = (name: string) => pick((run) => run.seconds[name] ?? 0).toFixed(1);
    const first = results[0];
    const stages =
      mode === 'staged'
        ? `${stage('read')} / ${stage('clean')} / ${stage('split')} / ${stage('figures')} / ${stage('quotes')} / ${stage('index')}`
        : `${stage('read')} / ${stage('clean')} / build ${stage('build')}`;
    return [
      size,
      mode,
      runs,
      first?.sentences ?? 0,
      first?.figures ?? 0,
      first?.quotes ?? 0,
      total.toFixed(1),
      (size / total).toFixed(0),
      stages,
      mb(pick((run) => run.peakRss)),
      mb(pick((run) => run.peakHeap)),
    ];
  });
  return formatTable(
    [
      'articles',
      'build',
      'runs',
      'sentences',
      'figures',
      'quotes',
      'seconds (median)',
      'articles/s',
      's: read / clean / split / figures / quotes+speakers / index (staged); read / clean / build (parallel)',
      'peak RSS MB',
      'peak heap MB (main thread)',
    ],
    rows,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(runIngestBenchmark(isFullMode()));
