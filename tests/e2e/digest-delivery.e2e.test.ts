import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/answer/build-digest.js';
import type { Digest, DigestBaseline } from '../../src/answer/digest.js';
import { loadDigestState } from '../../src/slack/digest/digest-state.js';
import { buildDigestPostBodies, createTestBot, DIGEST_CHANNEL, type TestBot } from '../support/start-test-bot.js';

function tokyo(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+09:00`);
}

const DAY_1 = '2025-03-10';
const DAY_2 = '2025-03-11';
const SECOND_CHANNEL = 'C0SECOND';
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

let bot: TestBot | null = null;
afterEach(async () => {
  await bot?.close();
  bot = null;
});

async function buildExpected(running: TestBot, date: string, baseline: DigestBaseline | null): Promise<Digest> {
  return buildDigest(await running.app().readIndex(), { date, baseline });
}

function postBodies(digest: Digest, channel = DIGEST_CHANNEL): Record<string, unknown>[] {
  return buildDigestPostBodies(channel, digest);
}

/** Starts a bot at 08:00 on day 1 and lets the digest time come. */
async function startAndReachTime(env: Readonly<Record<string, string>> = {}): Promise<TestBot> {
  const running = await createTestBot({ start: tokyo(DAY_1, '08:00'), env });
  await running.start();
  await running.clock.advanceTo(tokyo(DAY_1, '09:00'));
  return running;
}

describe('posting the digest through Slack errors', () => {
  it('retries a 500 from chat.postMessage after a back-off and records the post once', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    bot.fake.failNext('chat.postMessage', { status: 500 });
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    const expected = postBodies(await buildExpected(bot, DAY_1, null));
    expect(bot.posts().map((call) => call.body)).toEqual([...expected, ...expected]);
    expect(bot.clock.sleeps).toEqual([1000]);
    const state = await loadDigestState(bot.stateDir, DIGEST_CHANNEL, { logger: quiet });
    expect(state).toMatchObject({ lastDate: DAY_1, lastTs: expect.stringMatching(/^\d+\.\d+$/), inFlight: null });
    await bot.restart(tokyo(DAY_1, '10:00'));
    expect(bot.posts()).toHaveLength(2);
  });

  it('waits exactly as long as Retry-After says after a 429, then posts', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    bot.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 7 });
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    expect(bot.clock.sleeps).toEqual([7000]);
    expect(bot.posts()).toHaveLength(2);
    const log = bot.app().logs.find((record) => record.level === 'warn');
    expect(log?.msg).toContain('rate limited, Retry-After 7 s');
  });

  it('records nothing when the 500s do not stop, logs it, and posts once on the retry 15 minutes later', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    bot.fake.failNext('chat.postMessage', { status: 500 }, 5);
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    expect(bot.posts()).toHaveLength(5);
    expect(bot.clock.sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(
      bot
        .app()
        .logs.filter((record) => record.level === 'error')
        .map((record) => record.msg),
    ).toEqual([`Cannot post the digest to channel "${DIGEST_CHANNEL}": HTTP 500 after 5 attempts`]);
    const state = await loadDigestState(bot.stateDir, DIGEST_CHANNEL, { logger: quiet });
    expect(state).toMatchObject({ lastDate: null, inFlight: null });
    await bot.clock.advanceTo(bot.clock.now() + 15 * 60_000);
    expect(bot.posts()).toHaveLength(6);
    expect(bot.posts()[5]?.body).toEqual(postBodies(await buildExpected(bot, DAY_1, null))[0]);
    await bot.clock.advanceTo(tokyo(DAY_1, '23:00'));
    expect(bot.posts()).toHaveLength(6);
  });
});

describe('the digest in two channels', () => {
  it('posts to each channel once, in order', async () => {
    bot = await startAndReachTime({ DIGEST_CHANNELS: `${DIGEST_CHANNEL}, ${SECOND_CHANNEL}` });
    const digest = await buildExpected(bot, DAY_1, null);
    expect(bot.posts().map((call) => call.body)).toEqual([
      ...postBodies(digest, DIGEST_CHANNEL),
      ...postBodies(digest, SECOND_CHANNEL),
    ]);
    await bot.restart(tokyo(DAY_1, '12:00'));
    expect(bot.posts()).toHaveLength(2);
  });

  it('still posts to the second channel when the first fails, and retries the first later', async () => {
    bot = await createTestBot({
      start: tokyo(DAY_1, '08:00'),
      env: { DIGEST_CHANNELS: `${DIGEST_CHANNEL},${SECOND_CHANNEL}` },
    });
    bot.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    expect(bot.posts().map((call) => call.body['channel'])).toEqual([DIGEST_CHANNEL, SECOND_CHANNEL]);
    expect(bot.clock.sleeps).toEqual([]); // not worth retrying at once: the bot must be invited first
    await bot.clock.advanceTo(tokyo(DAY_1, '09:15'));
    expect(bot.posts().map((call) => call.body['channel'])).toEqual([DIGEST_CHANNEL, SECOND_CHANNEL, DIGEST_CHANNEL]);
  });
});

describe('an empty day', () => {
  it('posts a short "no new reports" digest when DIGEST_EMPTY is post', async () => {
    bot = await startAndReachTime({ DIGEST_EMPTY: 'post' });
    const first = await buildExpected(bot, DAY_1, null);
    await bot.clock.advanceTo(tokyo(DAY_2, '09:00'));
    const second = await buildExpected(bot, DAY_2, first.covers);
    expect(second.isEmpty).toBe(true);
    expect(bot.posts().map((call) => call.body)).toEqual([...postBodies(first), ...postBodies(second)]);
    expect(bot.posts()[1]?.body['text']).toContain(`No new reports since ${DAY_1}`);
  });

  it('posts nothing when DIGEST_EMPTY is skip, and counts the day as handled', async () => {
    bot = await startAndReachTime({ DIGEST_EMPTY: 'skip' });
    await bot.clock.advanceTo(tokyo(DAY_2, '09:00'));
    expect(bot.posts()).toHaveLength(1);
    const state = await loadDigestState(bot.stateDir, DIGEST_CHANNEL, { logger: quiet });
    expect(state).toMatchObject({ lastDate: DAY_2, lastTs: null, baseline: { date: DAY_1 } });
    await bot.restart(tokyo(DAY_2, '10:00'));
    expect(bot.posts()).toHaveLength(1);
  });
});

describe('a torn state file', () => {
  it('is recovered from its previous copy without posting the day again', async () => {
    bot = await startAndReachTime();
    await bot.stop();
    const file = join(bot.stateDir, `digest-${DIGEST_CHANNEL}.json`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length / 2))); // a crash in the middle of the write
    const app = await bot.restart(tokyo(DAY_1, '10:00'));
    expect(bot.posts()).toHaveLength(1);
    expect(app.logs.filter((record) => record.level === 'warn').map((record) => record.msg)).toEqual([
      `Recovered the digest state of channel "${DIGEST_CHANNEL}" from its previous copy: not valid JSON (a torn write)`,
      `The digest of ${DAY_1} for channel "${DIGEST_CHANNEL}" may already be posted: Slack did not answer its post, or the bot stopped while posting it. Check the channel, and run "npm run digest -- --channel ${DIGEST_CHANNEL}" to post it by hand`,
    ]);
    await bot.clock.advanceTo(tokyo(DAY_2, '09:00'));
    expect(bot.posts()).toHaveLength(2);
    expect(bot.posts()[1]?.body['text']).toMatch(/^Verbatim digest · 2025-03-11/);
  });
});
