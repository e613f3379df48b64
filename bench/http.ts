// Benchmark 4, end to end over HTTP: the real bot (createSlackApp, HTTP receiver on 127.0.0.1)
// with the corpus index, the Web API pointed at a fake, and signed slash commands sent by our own
// bounded load loop (node:http with a keep-alive Agent, one socket per concurrent connection).
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { type Config, loadConfig } from '../src/config/config.js';
import { createAnswerPool, toAnswerIndexSource } from '../src/slack/create-answer-pool.js';
import { createSlackApp } from '../src/slack/create-slack-app.js';
import { serveIndexInProcess } from '../src/slack/serve-index-in-process.js';
import { startFakeSlack } from './fake-slack.js';
import { loadBenchCorpus } from './latency.js';
import { makeQuerySets } from './make-queries.js';
import { formatTable, isFullMode, mb, ms, percentile } from './stats.js';

const SECRET = 'bench-signing-secret';
const LEVELS = [1, 10, 50];

export type Result = {
  readonly ms: number;
  readonly ok: boolean;
  readonly late: boolean;
  readonly started: number;
  /** The acknowledgement's body. */
  readonly text: string;
};
/** How long a level waits for the answers acknowledged empty to reach the response URLs. */
const LATE_ANSWER_WAIT_MS = 60_000;

/** Sends one signed slash command; resolves with its time, status and whether the acknowledgement was empty (answer via response_url). */
export function post(agent: Agent, port: number, body: string): Promise<Result> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-slack-signature': `v0=${signature}`,
          'x-slack-request-timestamp': String(timestamp),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () =>
          resolve({
            ms: performance.now() - started,
            ok: response.statusCode === 200,
            late: text === '',
            started,
            text,
          }),
        );
      },
    );
    req.on('error', () => resolve({ ms: performance.now() - started, ok: false, late: false, started, text: '' }));
    req.end(body);
  });
}

/** The bot's configuration for a benchmark: the HTTP receiver with the benchmark's signing secret, the Web API at `apiUrl`. */
export function loadBenchConfig(apiUrl: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_APP_TOKEN: '',
    SLACK_API_URL: apiUrl,
    LOG_LEVEL: 'error',
    ...env,
  });
}

/** Quick: 300 articles, 60 requests per level, 15 s cap. Full: 37,054 articles, 600 per level; each level stops starting requests after 60 s. */
export async function runHttpBenchmark(full: boolean): Promise<string> {
  const { indexed, heldBack, index, source, seconds } = await loadBenchCorpus(full);
  const sets = makeQuerySets(index, indexed, heldBack);
  const fake = await startFakeSlack();
  const config = loadBenchConfig(fake.apiUrl);
  // As `startVerbatim` runs the bot: answers in an answer worker thread.
  const logger = { write: () => undefined };
  const readyStarted = performance.now();
  const pool = createAnswerPool(toAnswerIndexSource(index), { logger });
  await pool.ready;
  const readyMs = performance.now() - readyStarted;
  const { getManifest } = serveIndexInProcess(() => index);
  const corpus = { getManifest, answerPage: pool.answerPage, askCorpus: pool.askCorpus };
  const slack = createSlackApp({ config, corpus, logger });
  const { port } = await slack.start(0, '127.0.0.1');
  const total = full ? 600 : 60;
  const capMs = full ? 60_000 : 15_000;
  let n = 0;
  const rows = [];
  for (const concurrency of LEVELS) {
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const results: (Omit<Result, 'text'> & { readonly id: string })[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < total && performance.now() - started < capMs) {
        const i = next++;
        const set = sets[i % sets.length];
        const query = set?.queries[Math.floor(i / sets.length) % set.queries.length] ?? '';
        n += 1;
        const body = new URLSearchParams({
          token: 'unused',
          team_id: 'T0TEAM',
          channel_id: 'C0GENERAL',
          user_id: 'U0ASKER',
          command: set?.command ?? '/reports',
          text: query,
          api_app_id: 'A0VERBATIM',
          response_url: fake.responseUrl(`r${n}`),
          trigger_id: `trigger-${n}`,
        }).toString();
        const id = `r${n}`;
        const { text: _text, ...result } = await post(agent, port ?? 0, body);
        results.push({ ...result, id });
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    // A request acknowledged empty is answered on its response URL: wait (bounded) for those answers.
    const waitStarted = performance.now();
    const isAnswered = (result: Omit<Result, 'text'> & { id: string }) =>
      !result.late || fake.respondedAt(result.id) !== undefined;
    while (!results.every(isAnswered) && performance.now() - waitStarted < LATE_ANSWER_WAIT_MS) await delay(20);
    const times = results.map((result) => result.ms);
    const answerTimes = results.map((result) =>
      result.late ? (fake.respondedAt(result.id) ?? Number.POSITIVE_INFINITY) - result.started : result.ms,
    );
    rows.push([
      concurrency,
      results.length,
      (results.length / seconds).toFixed(1),
      ms(percentile(times, 0.5)),
      ms(percentile(times, 0.99)),
      ms(Math.max(...times)),
      results.filter((result) => !result.ok).length,
      results.filter((result) => result.late).length,
      times.filter((time) => time > 2500).length,
      times.filter((time) => time > 3000).length,
      ms(percentile(answerTimes, 0.5)),
      ms(percentile(answerTimes, 0.99)),
      answerTimes.filter((time) => time > 3000).length,
    ]);
  }
  await slack.stop();
  await pool.close();
  await fake.close();
  return `${indexed.length} articles indexed (index from ${source} in ${seconds.toFixed(1)} s; peak RSS of the process at the end ${mb(process.resourceUsage().maxRSS * 1024)} MB, the answer worker's copy included); requests cycle through the six query sets of benchmark 3; answers in one answer worker thread (packing the index, starting the worker and unpacking it there took ${ms(readyMs)} ms before the first request); the ms columns are the acknowledgement's, the answer columns the time until the answer arrived (in the acknowledgement or on the response URL)\n\n${formatTable(
    [
      'connections',
      'requests',
      'req/s',
      'p50 ms',
      'p99 ms',
      'max ms',
      'errors',
      'acked empty (answer via response_url)',
      'ack > 2.5 s',
      'ack > 3 s',
      'answer p50 ms',
      'answer p99 ms',
      'answer > 3 s',
    ],
    rows,
  )}`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runHttpBenchmark(isFullMode()));
