import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestApp } from '../support/start-test-app.js';
import { createTestBot, type TestBot } from '../support/start-test-bot.js';

const START = Date.parse('2025-03-10T08:00:00+09:00');
const COMMANDS = [
  ['/reports', 'convoy'],
  ['/casualties', ''],
  ['/sources', ''],
] as const;
const NEW_REPORT = `Ferry Crossing Reopens

The harbour master said the quillfeather ferry crossing reopened on Tuesday after the ice cleared.
`;

let bot: TestBot | null = null;
afterEach(async () => {
  await bot?.close();
  bot = null;
});

/** Where the index came from at start, as the bot logs it. */
function startSources(app: TestApp): unknown[] {
  return app.logs.filter((record) => record.msg === 'corpus index ready').map((record) => record['source']);
}

async function answerAll(app: TestApp): Promise<unknown[]> {
  const acks = [];
  for (const [command, text] of COMMANDS) acks.push((await app.command(command, text)).body);
  return acks;
}

describe('a bot restarted with the index cache in CACHE_DIR', () => {
  it('starts from the cache and answers exactly as after building the index', async () => {
    bot = await createTestBot({ start: START, env: { DIGEST_CHANNELS: '' } });
    const first = await bot.start();
    const built = await answerAll(first);
    const again = await bot.restart(START);
    expect([startSources(first), startSources(again)]).toEqual([['built'], ['cache']]);
    expect(await answerAll(again)).toEqual(built);
  });

  it('caches the index the watcher rebuilt, so the next start is warm with the new report', async () => {
    bot = await createTestBot({ start: START, env: { DIGEST_CHANNELS: '' } });
    const first = await bot.start();
    await writeFile(join(bot.corpusDir, 'echo-ferry.txt'), NEW_REPORT);
    await vi.waitFor(() => expect(first.getManifest().reports).toHaveLength(5), { timeout: 10_000, interval: 5 });
    const updated = await answerAll(first);
    // Stopping waits for the cache save under way.
    const again = await bot.restart(START);
    expect([startSources(again), again.getManifest().reports.length]).toEqual([['cache'], 5]);
    expect(await answerAll(again)).toEqual(updated);
  });

  it('rebuilds a corrupted corpus store with one log line saying why, and answers as before', async () => {
    bot = await createTestBot({ start: START, env: { DIGEST_CHANNELS: '' } });
    const first = await bot.start();
    const built = await answerAll(first);
    await bot.stop();
    const cacheDir = join(bot.stateDir, '..', 'cache');
    const stores = (await readdir(cacheDir)).filter((name) => name.endsWith('.sqlite'));
    expect(stores).toHaveLength(1);
    await writeFile(join(cacheDir, stores[0] ?? ''), 'not a database');
    const again = await bot.start();
    const rebuilt = again.logs.filter((record) => record.msg === 'corpus store rebuilt');
    expect(rebuilt.map((record) => [record.level, String(record['reason']).replace(cacheDir, '<cache>')])).toEqual([
      ['warn', `The corpus store <cache>/${stores[0]} cannot be read (file is not a database); rebuilding the index`],
    ]);
    expect(startSources(again)).toEqual(['built']);
    expect(await answerAll(again)).toEqual(built);
  });
});
