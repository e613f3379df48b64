// Benchmark 7, live updates: the whole bot as `npm start` runs it (startVerbatim: corpus watcher,
// corpus worker, answer worker, Bolt's HTTP receiver on 127.0.0.1, the Web API pointed at a fake),
// over a copy of the benchmark corpus in the system's temp folder. It measures how soon a report
// added while the bot runs is answered, and what a batch of reports landing at once does to the
// answers of a query loop running meanwhile (signed slash commands over keep-alive connections).
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { locateCorpusStore } from '../src/index/store/corpus-store-files.js';
import { readStoredCorpusIndex } from '../src/index/store/read-stored-corpus-index.js';
import { createJsonLogger } from '../src/slack/json-logger.js';
import { startVerbatim } from '../src/slack/start-verbatim.js';
import { startFakeSlack } from './fake-slack.js';
import { loadBenchConfig, post, type Result } from './http.js';
import { makeQuerySets } from './make-queries.js';
import { articleToText, readAllSides } from './read-allsides.js';
import { QUICK_ARTICLES, WORK_DIR, writeCorpusDir } from './startup.js';
import { articleCountOption, describeMachine, formatTable, isFullMode, mb, ms, percentile } from './stats.js';

/** Reports added at once: the 2,000 in full mode, 200 in quick mode. */
const BATCH = { quick: 200, full: 2_000 };
/** Articles the bot starts with in full mode unless `--articles=N` says otherwise (see docs/benchmarks.md). */
const FULL_BASE_ARTICLES = 5_000;
/** Connections of the query loop that runs while the batch lands. */
const CONNECTIONS = 4;
/** How long the loop runs before the batch (the baseline) and after the batch is answered. */
const SETTLE_MS = 3_000;
/** The longest wait for an update to be answered before the benchmark gives up on it. */
const CAP_MS = { quick: 60_000, full: 300_000 };

type Timed = Result & { readonly id: string };

/** Quick: 300 articles + 200 at once. Full: 10,000 (or `--articles=N`) + 2,000 at once. */
export async function runLiveUpdateBenchmark(full: boolean): Promise<string> {
  const { indexed, heldBack } = readAllSides();
  const base = articleCountOption() ?? (full ? FULL_BASE_ARTICLES : QUICK_ARTICLES);
  const batchSize = Math.min(full ? BATCH.full : BATCH.quick, indexed.length - base);
  const capMs = full ? CAP_MS.full : CAP_MS.quick;
  const runDir = join(WORK_DIR, `live-${base}-${process.pid}`);
  const corpusDir = join(runDir, 'corpus');
  const stagingDir = join(runDir, 'staging');
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  const sourceDir = writeCorpusDir(base);
  // The files keep their times, so a warm start finds them unchanged by their stamps (docs/store.md).
  cpSync(sourceDir, corpusDir, { recursive: true, preserveTimestamps: true });
  // A warm start when the start-up benchmark's bot starts stored this corpus (`bench/startup.ts
  // --bot-only`): the store is keyed by the files' content, and named by the folder.
  const stored = locateCorpusStore({ cacheDir: join(WORK_DIR, `startup-bot-${base}`), corpusDir: sourceDir }).path;
  const cacheDir = join(runDir, 'cache');
  mkdirSync(cacheDir);
  const isWarm = existsSync(stored);
  if (isWarm) copyFileSync(stored, locateCorpusStore({ cacheDir, corpusDir }).path);
  for (const article of indexed.slice(base, base + batchSize - 1)) {
    writeFileSync(join(stagingDir, `${article.id}.txt`), articleToText(article));
  }
  // Two made-up words no article holds: one for the single report, one for a report of the batch.
  writeFileSync(join(stagingDir, 'live-batch-marker.txt'), markerReport('Batch Marker Lands', 'plonkwhistle'));
  writeFileSync(join(runDir, 'live-single.txt'), markerReport('Single Marker Lands', 'quorbladder'));

  const fake = await startFakeSlack();
  const config = loadBenchConfig(fake.apiUrl, {
    CORPUS_DIR: corpusDir,
    CACHE_DIR: cacheDir,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const startedAt = performance.now();
  const bot = await startVerbatim(config, { logger: createJsonLogger(() => undefined, 'error') });
  const readyMs = performance.now() - startedAt;
  const port = bot.port ?? 0;
  let n = 0;
  const ask = (agent: Agent, command: string, text: string): Promise<Timed> => {
    n += 1;
    const id = `live${n}`;
    const body = new URLSearchParams({
      token: 'unused',
      team_id: 'T0TEAM',
      channel_id: 'C0GENERAL',
      user_id: 'U0ASKER',
      command,
      text,
      api_app_id: 'A0VERBATIM',
      response_url: fake.responseUrl(id),
      trigger_id: `trigger-${n}`,
    }).toString();
    return post(agent, port, body).then((result) => ({ ...result, id }));
  };
  const probe = new Agent({ keepAlive: true, maxSockets: 1 });
  /** Ms from now until `/reports word` answers with the report titled `title`, or null past the cap. */
  const timeUntilAnswered = async (word: string, title: string, from: number): Promise<number | null> => {
    while (performance.now() - from < capMs) {
      const result = await ask(probe, '/reports', word);
      if (result.text.includes(title)) return performance.now() - from;
      await delay(50);
    }
    return null;
  };

  // 1. One report added while the bot runs.
  const singleFrom = performance.now();
  renameSync(join(runDir, 'live-single.txt'), join(corpusDir, 'live-single.txt'));
  const singleMs = await timeUntilAnswered('quorbladder', 'Single Marker Lands', singleFrom);

  // 2. A batch landing at once (moved in by another process, so writing it costs the bot nothing),
  // while a query loop runs on `CONNECTIONS` connections.
  // The six query sets of benchmarks 3 and 4, cycled as benchmark 4 cycles them.
  // The bot's main thread holds no index: the queries are made from the store its answer worker reads.
  const manifest = bot.getManifest();
  const served = readStoredCorpusIndex(manifest.store ?? '', manifest.settings).index;
  const sets = makeQuerySets(served, indexed.slice(0, base), heldBack);
  const results: Timed[] = [];
  let isLooping = true;
  let next = 0;
  const loop = async (agent: Agent) => {
    while (isLooping) {
      const i = next++;
      const set = sets[i % sets.length];
      const query = set?.queries[Math.floor(i / sets.length) % set.queries.length] ?? '';
      results.push(await ask(agent, set?.command ?? '/reports', query));
    }
  };
  const agents = Array.from({ length: CONNECTIONS }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  const loops = Promise.all(agents.map(loop));
  await delay(SETTLE_MS);
  const batchFrom = performance.now();
  const moving = promisify(execFile)('sh', ['-c', 'mv "$0"/*.txt "$1"/', stagingDir, corpusDir]);
  const batchMs = await timeUntilAnswered('plonkwhistle', 'Batch Marker Lands', batchFrom);
  await moving;
  await delay(SETTLE_MS);
  isLooping = false;
  await loops;
  for (const agent of [probe, ...agents]) agent.destroy();
  const reports = bot.getManifest().reports.length;
  await bot.stop();
  await fake.close();
  rmSync(runDir, { recursive: true, force: true });

  // An empty acknowledgement's answer arrives on the response URL: its time is until then.
  const answerMs = (result: Timed) =>
    result.late ? (fake.respondedAt(result.id) ?? Number.POSITIVE_INFINITY) - result.started : result.ms;
  const before = results.filter((result) => result.started < batchFrom);
  const during = results.filter((result) => result.started >= batchFrom);
  const row = (name: string, set: readonly Timed[]) => {
    const times = set.map(answerMs);
    return [
      name,
      set.length,
      ms(percentile(times, 0.5)),
      ms(percentile(times, 0.99)),
      ms(Math.max(...times)),
      times.filter((time) => time > 3000).length,
      set.filter((result) => result.late).length,
      set.filter((result) => !result.ok).length,
    ];
  };
  const seconds = (value: number | null) => (value === null ? `not within ${capMs / 1000} s` : ms(value));
  return [
    `${base} articles at start (ready in ${(readyMs / 1000).toFixed(1)} s, index from ${isWarm ? "the start-up benchmark's store" : 'a cold build'}), then 1 report, then ${batchSize} at once; ${reports} reports at the end; answers in one answer worker thread; the query loop runs on ${CONNECTIONS} connections; peak RSS of the process (bot, its workers and the load loop) ${mb(process.resourceUsage().maxRSS * 1024)} MB; ${describeMachine()}`,
    '',
    formatTable(
      ['update', 'answered after ms (target 2,000)'],
      [
        ['1 report added', seconds(singleMs)],
        [`${batchSize} reports added at once`, seconds(batchMs)],
      ],
    ),
    '',
    formatTable(
      ['query loop', 'answers', 'p50 ms', 'p99 ms', 'max ms', '> 3 s', 'acked empty', 'errors'],
      [
        row(`before the batch (${SETTLE_MS / 1000} s)`, before),
        row('from the batch until 3 s after it is answered', during),
      ],
    ),
  ].join('\n');
}

/** A small report whose title and made-up word no other report holds. */
function markerReport(title: string, word: string): string {
  return `---\ntitle: ${JSON.stringify(title)}\ndate: 2026-12-07\n---\n\nThe ${word} committee met on Monday, the organisers said.\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runLiveUpdateBenchmark(isFullMode()));
