// One start of the whole bot (`startVerbatim`, as `npm start` runs it) in its own process, against
// the benchmark's fake Slack Web API, and prints one JSON line: the time from process start until
// the bot answers (`readyMs`), where its index came from, and its memory once started: the
// process RSS (every thread: the main thread, the answer worker, the corpus worker) and the main
// thread's own V8 heap after a full collection (the index it holds, or its manifest).
//
//   node --expose-gc --import tsx bench/start-bot-child.ts <corpus-dir> <cache-dir>

import { createJsonLogger } from '../src/slack/json-logger.js';
import { startVerbatim } from '../src/slack/start-verbatim.js';
import { startFakeSlack } from './fake-slack.js';
import { loadBenchConfig } from './http.js';

const [dir = '', cacheDir = ''] = process.argv.slice(2);
const fake = await startFakeSlack();
const config = loadBenchConfig(fake.apiUrl, { CORPUS_DIR: dir, CACHE_DIR: cacheDir, PORT: '0', HOST: '127.0.0.1' });
const lines: string[] = [];
const startedAt = performance.now();
const bot = await startVerbatim(config, { logger: createJsonLogger((line) => lines.push(line), 'info') });
const readyMs = performance.now();
const ready = lines
  .map((line) => JSON.parse(line) as Record<string, unknown>)
  .find((r) => r['msg'] === 'corpus index ready');
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    reports: ready?.['reports'] ?? null,
    source: ready?.['source'] ?? null,
    importMs: startedAt,
    readyMs,
    rss: memory.rss,
    mainHeap: memory.heapUsed,
    peakRss: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
await bot.stop();
await fake.close();
