// Benchmark 1, ingest: read (gunzip + JSON lines), clean (parseReport), split, extract and index
// the first N AllSides articles, each run in a fresh process so its peak memory is its own.
import { runChild } from './run-child.js';
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

/** Quick: 200 articles, 3 runs. Full: 1,000 (3 runs), 10,000 and 37,554 (1 run each: minutes per run). */
export function runIngestBenchmark(full: boolean): string {
  const plan: readonly (readonly [number, number])[] = full
    ? [
        [1000, 3],
        [10000, 1],
        [37554, 1],
      ]
    : [[200, 3]];
  const rows = plan.map(([size, runs]) => {
    const results = Array.from({ length: runs }, () => runChild<IngestRun>('ingest-child.ts', [String(size)]));
    const pick = (value: (run: IngestRun) => number) => median(results.map(value));
    const total = pick((run) => run.total);
    const stage = (name: string) => pick((run) => run.seconds[name] ?? 0).toFixed(1);
    const first = results[0];
    return [
      size,
      runs,
      first?.sentences ?? 0,
      first?.figures ?? 0,
      first?.quotes ?? 0,
      total.toFixed(1),
      (size / total).toFixed(0),
      `${stage('read')} / ${stage('clean')} / ${stage('split')} / ${stage('figures')} / ${stage('quotes')} / ${stage('index')}`,
      mb(pick((run) => run.peakRss)),
      mb(pick((run) => run.peakHeap)),
    ];
  });
  return formatTable(
    [
      'articles',
      'runs',
      'sentences',
      'figures',
      'quotes',
      'seconds (median)',
      'articles/s',
      's: read / clean / split / figures / quotes+speakers / index',
      'peak RSS MB',
      'peak heap MB',
    ],
    rows,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(runIngestBenchmark(isFullMode()));
