// Benchmark 3, answer latency in process: every query set of make-queries.ts through the bot's own
// path (parseQuestion → answerQuestion, as Slack and the CLI call it), one at a time, and, in the
// same run, plain minisearch with default options (fields title + text, whole articles) over the
// same articles and the same /reports queries.
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../src/answer/answer-question.js';
import { parseQuestion } from '../src/answer/parse-question.js';
import type { CorpusIndex } from '../src/index/corpus-index.js';
import { loadOrBuildCorpusIndex } from '../src/index/load-or-build-corpus-index.js';
import { makeQuerySets } from './make-queries.js';
import { type Article, readAllSides } from './read-allsides.js';
import { QUICK_ARTICLES, WORK_DIR, writeCorpusDir } from './startup.js';
import { articleCountOption, formatTable, isFullMode, mb, ms, percentile } from './stats.js';

/** The indexed articles (all 37,054, or the first `QUICK_ARTICLES` in quick mode), the held-back ones and the bot's index. */
export async function loadBenchCorpus(
  full: boolean,
): Promise<{ indexed: Article[]; heldBack: Article[]; index: CorpusIndex; source: string; seconds: number }> {
  const all = readAllSides();
  const indexed = all.indexed.slice(0, articleCountOption() ?? (full ? all.indexed.length : QUICK_ARTICLES));
  const started = performance.now();
  // The reports are read from the corpus folder the start-up benchmark wrote, as the bot reads them,
  // so the cache that benchmark saved has the same key.
  const { index, source } = await loadOrBuildCorpusIndex(writeCorpusDir(indexed.length), {
    cacheDir: join(WORK_DIR, `startup-cache-${indexed.length}`),
  });
  return { indexed, heldBack: all.heldBack, index, source, seconds: (performance.now() - started) / 1000 };
}

/** Queries per set in quick mode (the full mode runs all 500). */
const QUICK_QUERIES = 100;

/** Wall-clock budget per query set and system: a set whose queries are slow is cut short (the n column says how many ran). */
const BUDGET_MS = { quick: 10_000, full: 60_000 };

function timeEach(queries: readonly string[], budgetMs: number, run: (query: string) => unknown): number[] {
  for (const query of queries.slice(0, 5)) run(query);
  const started = performance.now();
  const times: number[] = [];
  for (const query of queries) {
    if (performance.now() - started > budgetMs) break;
    const at = performance.now();
    run(query);
    times.push(performance.now() - at);
  }
  return times;
}

/** Quick: 300 indexed articles, 100 queries per set. Full: all 37,054, 500 queries per set. */
export async function runLatencyBenchmark(full: boolean): Promise<string> {
  const { indexed, heldBack, index, source, seconds } = await loadBenchCorpus(full);
  const sets = makeQuerySets(index, indexed, heldBack).map((set) => ({
    ...set,
    queries: full ? set.queries : set.queries.slice(0, QUICK_QUERIES),
  }));
  const buildStarted = performance.now();
  const plain = new MiniSearch<Article>({ fields: ['title', 'text'] });
  plain.addAll(indexed);
  const plainBuild = (performance.now() - buildStarted) / 1000;
  const rows = sets.map((set) => {
    const budget = full ? BUDGET_MS.full : BUDGET_MS.quick;
    const ours = timeEach(set.queries, budget, (query) =>
      answerQuestion(parseQuestion(`${set.command} ${query}`), index),
    );
    const base = set.command === '/reports' ? timeEach(set.queries, budget, (query) => plain.search(query)) : [];
    const cells = (times: readonly number[]) =>
      times.length === 0
        ? ['', '', '']
        : [ms(percentile(times, 0.5)), ms(percentile(times, 0.99)), ms(Math.max(...times))];
    const ratio = (q: number) => (base.length === 0 ? '' : (percentile(base, q) / percentile(ours, q)).toFixed(1));
    return [set.name, `${ours.length}/${set.queries.length}`, ...cells(ours), ...cells(base), ratio(0.5), ratio(0.99)];
  });
  // Start-up and peak RSS in this mode too: the index's load (from the cache, or built) and the process's peak so far.
  const header = `${indexed.length} articles indexed (${index.sentences.length} sentences, ${index.figures.length} figures, ${index.quotes.length} quotes); bot index from ${source} in ${seconds.toFixed(1)} s; plain minisearch built in ${plainBuild.toFixed(1)} s; peak RSS of the process so far ${mb(process.resourceUsage().maxRSS * 1024)} MB (both indexes, and whatever ran before in the same \`npm run bench\`)`;
  return `${header}\n\n${formatTable(
    [
      'queries',
      'n run/planned',
      'p50 ms',
      'p99 ms',
      'max ms',
      'minisearch p50',
      'minisearch p99',
      'minisearch max',
      'ratio p50',
      'ratio p99',
    ],
    rows,
  )}`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runLatencyBenchmark(isFullMode()));
