// Verbatim's benchmarks: `npm run bench` (quick, a first look) or `npm run bench -- --full` (the
// numbers in docs/benchmarks.md). Options: `--only=ingest,startup,latency,http,scifact,render,live` (run in
// that order) and `--articles=N` (how many articles the latency and HTTP benchmarks index).
// Data is read from ../shared/data/ (next to the repository, never copied into it); without it,
// the quick mode says so and exits 0.
import { runHttpBenchmark } from './http.js';
import { runIngestBenchmark } from './ingest.js';
import { runLatencyBenchmark } from './latency.js';
import { runLiveUpdateBenchmark } from './live-update.js';
import { DATA_DIR, hasAllSides } from './read-allsides.js';
import { runRenderPageBenchmark } from './render-page.js';
import { hasSciFact, runSciFactBenchmark } from './scifact.js';
import { runStartupBenchmark } from './startup.js';
import { describeMachine, isFullMode } from './stats.js';

const full = isFullMode();
const only =
  process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? null;
const wanted = (name: string) => only === null || only.includes(name);

console.log(`# Verbatim benchmarks (${full ? 'full' : 'quick'} mode)\n\nMachine: ${describeMachine()}\n`);
if (!hasAllSides() || !hasSciFact()) {
  console.log(`The benchmark data is not in ${DATA_DIR} (allsides-news/ and beir-scifact/); nothing to measure.`);
  process.exit(full ? 1 : 0);
}
const benchmarks: readonly (readonly [string, string, () => string | Promise<string>])[] = [
  ['ingest', '1. Ingest', () => runIngestBenchmark(full)],
  ['startup', '2. Start-up', () => runStartupBenchmark(full)],
  ['latency', '3. Answer latency in process', () => runLatencyBenchmark(full)],
  ['http', '4. End to end over HTTP', () => runHttpBenchmark(full)],
  ['scifact', '5. Retrieval quality (BEIR SciFact)', () => runSciFactBenchmark()],
  ['render', '6. Rendering the page sent, in process', () => runRenderPageBenchmark(full)],
  ['live', '7. Live updates: a report added while the bot runs, and 2,000 at once', () => runLiveUpdateBenchmark(full)],
];
// With --only, the benchmarks run in the order given.
const order = only === null ? benchmarks : only.flatMap((name) => benchmarks.filter(([key]) => key === name));
for (const [name, title, run] of order) {
  if (!wanted(name)) continue;
  const started = performance.now();
  const table = await run();
  console.log(
    `## ${title}\n\n${table}\n\n(${((performance.now() - started) / 1000).toFixed(0)} s; load average after: ${describeMachine().split('load average ')[1]})\n`,
  );
}
