import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/answer/build-digest.js';
import type { Digest, DigestBaseline } from '../../src/answer/digest.js';
import { renderDigestText } from '../../src/render/text/render-digest-text.js';
import { loadDigestState } from '../../src/slack/digest/digest-state.js';
import { collectBlockText } from '../support/expected-slack-reply.js';
import { buildDigestPostBodies, createTestBot, DIGEST_CHANNEL, type TestBot } from '../support/start-test-bot.js';

/** An instant given as a local time in Tokyo, the test bots' digest time zone (digest at 09:00). */
function tokyo(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+09:00`);
}

const DAY_1 = '2025-03-10';
const DAY_2 = '2025-03-11';
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
/** The direction and zero-width controls that must never reach Slack raw. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** A report whose text tries every trick Slack's formatting and automatic parsing would fall for. */
const HOSTILE_REPORT = `---
title: Plaza \u2066Notice\u2069 Board
date: 2025-03-09
outlet: Plaza Gazette
url: https://plaza.example.net/notice
---
Plaza Notice Board

The plaza notice read *bold* ~strike~ _x_ \`\`\`code\`\`\` @here @channel <!everyone> #general https://evil.example.com and pay \u202E001$ to the zero\u200Bwidth fund.

The council removed the plaza notice within the hour.
`;

const bots: TestBot[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function newBot(options: Parameters<typeof createTestBot>[0]): Promise<TestBot> {
  const bot = await createTestBot(options);
  bots.push(bot);
  return bot;
}

async function expectedDigest(bot: TestBot, date: string, baseline: DigestBaseline | null): Promise<Digest> {
  return buildDigest(await bot.app().readIndex(), { date, baseline });
}

/** Every text object in a list of blocks (section texts, fields and context elements). */
function textObjects(blocks: readonly unknown[]): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if ((record['type'] === 'mrkdwn' || record['type'] === 'plain_text') && typeof record['text'] === 'string')
        found.push(record);
      else for (const item of Object.values(record)) walk(item);
    }
  };
  walk(blocks);
  return found;
}

describe('case 1 and 11: the digest gets the same protections as every answer', () => {
  it('posts report text with mrkdwn, pings, links and invisible controls neutralised, every text verbatim', async () => {
    const bot = await newBot({ start: tokyo(DAY_1, '08:00') });
    await writeFile(join(bot.corpusDir, 'plaza-notice.txt'), HOSTILE_REPORT);
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    const digest = await expectedDigest(bot, DAY_1, null);
    expect(digest.reports.map((report) => report.file)).toContain('plaza-notice.txt');
    expect(bot.posts().map((call) => call.body)).toEqual(buildDigestPostBodies(DIGEST_CHANNEL, digest));
    const [post] = bot.posts();
    const blocks = post?.body['blocks'] as unknown[];
    const mrkdwn = textObjects(blocks).filter((text) => text['type'] === 'mrkdwn');
    expect(mrkdwn.length).toBeGreaterThan(10);
    for (const text of mrkdwn) expect(text['verbatim']).toBe(true);
    const shown = collectBlockText(blocks);
    expect(shown).toContain(
      '“The plaza notice read ∗bold∗ ∼strike∼ ˍxˍ ˋˋˋcodeˋˋˋ @here @channel &lt;!everyone&gt; #general https://evil.example.com and pay &lt;U+202E&gt;001$ to the zero&lt;U+200B&gt;width fund.”',
    );
    expect(shown).toContain('*Plaza &lt;U+2066&gt;Notice&lt;U+2069&gt; Board*');
    expect(shown).not.toContain('*bold*');
    expect(JSON.stringify(post?.body)).not.toMatch(INVISIBLE);
    expect(JSON.stringify(post?.body)).not.toMatch(/<[!@#]|<https?:/);
    // The terminal view of the same digest (`npm run digest -- --dry-run`) shows the controls too.
    const terminal = renderDigestText(digest);
    expect(terminal).toContain('pay <U+202E>001$ to the zero<U+200B>width fund.');
    expect(terminal).not.toMatch(INVISIBLE);
  });

  it('shows invisible controls in answers, their fallback and the Home tab, while the citation slice stays exact', async () => {
    const bot = await newBot({ start: tokyo(DAY_1, '08:00') });
    await writeFile(join(bot.corpusDir, 'plaza-notice.txt'), HOSTILE_REPORT);
    const app = await bot.start();
    const ack = await app.command('/reports', 'plaza notice fund');
    const body = ack.body as { blocks: unknown[]; text: string };
    const shown = collectBlockText(body.blocks);
    expect(shown).toContain('&lt;U+202E&gt;001$');
    expect(body.text).toContain('&lt;U+202E&gt;001$');
    expect(JSON.stringify(body)).not.toMatch(INVISIBLE);
    // The citation's offsets still point at the report's own characters, control included.
    const cited = /plaza-notice\.txt:(\d+)-(\d+)/.exec(shown);
    const report = (await app.readIndex()).reports.find((candidate) => candidate.file === 'plaza-notice.txt');
    expect(cited).not.toBeNull();
    const slice = report?.text.slice(Number(cited?.[1]), Number(cited?.[2])) ?? '';
    expect(slice).toContain('pay \u202E001$ to the zero\u200Bwidth fund.');
    await app.event({ type: 'app_home_opened', user: 'U0READER', channel: 'D0HOME', tab: 'home' });
    const home = await app.fake.waitForCall('views.publish');
    // The notice is not about the story, so the Home tab leaves it off (issue 16) and shows no control.
    expect(JSON.stringify(home.body)).not.toContain('Plaza');
    expect(JSON.stringify(home.body)).not.toMatch(INVISIBLE);
    const sources = (await app.command('/sources', '')).body as { blocks: unknown[] };
    expect(collectBlockText(sources.blocks)).toContain('Plaza &lt;U+2066&gt;Notice&lt;U+2069&gt; Board');
  });
});

describe('case 2: a digest post that Slack never answers', () => {
  it('times out, logs the error class, looks in the channel, finds nothing and posts once; the scheduler re-arms', async () => {
    const bot = await newBot({ start: tokyo(DAY_1, '08:00'), digestTimeoutMs: 300 });
    bot.fake.failNext('chat.postMessage', { hang: 'lost' });
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    const expected = buildDigestPostBodies(DIGEST_CHANNEL, await expectedDigest(bot, DAY_1, null));
    expect(bot.posts().map((call) => call.body)).toEqual([...expected, ...expected]);
    expect(bot.fake.callsTo('conversations.history').map((call) => call.body)).toEqual([
      { channel: DIGEST_CHANNEL, limit: '100', include_all_metadata: 'true' },
    ]);
    const warning = bot.app().logs.find((record) => record['source'] === 'digest' && record.level === 'warn');
    expect(warning).toMatchObject({ channel: DIGEST_CHANNEL, errorClass: 'timeout', attempt: 1 });
    const state = await loadDigestState(bot.stateDir, DIGEST_CHANNEL, { logger: quiet });
    expect(state).toMatchObject({ lastDate: DAY_1, inFlight: null });
    await bot.clock.advanceTo(tokyo(DAY_1, '10:00'));
    await bot.restart(tokyo(DAY_1, '11:00'));
    expect(bot.posts()).toHaveLength(2);
  });

  it('records a post that landed without an answer as posted, found by its marker, and never posts it again', async () => {
    const bot = await newBot({ start: tokyo(DAY_1, '08:00'), digestTimeoutMs: 300 });
    bot.fake.failNext('chat.postMessage', { hang: 'landed' });
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    expect(bot.posts()).toHaveLength(1);
    const history = await bot.fake.waitForCall('conversations.history');
    expect(history.body['channel']).toBe(DIGEST_CHANNEL);
    const state = await loadDigestState(bot.stateDir, DIGEST_CHANNEL, { logger: quiet });
    expect(state).toMatchObject({ lastDate: DAY_1, lastTs: expect.stringMatching(/^\d+\.\d+$/), inFlight: null });
    await bot.restart(tokyo(DAY_1, '12:00'));
    expect(bot.posts()).toHaveLength(1);
  });

  it('stays in doubt when the channel cannot be read (no history scope): no repost that day, the next day posts', async () => {
    const bot = await newBot({ start: tokyo(DAY_1, '08:00'), digestTimeoutMs: 300 });
    bot.fake.failNext('chat.postMessage', { hang: 'landed' });
    bot.fake.failNext('conversations.history', { error: 'missing_scope' });
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    expect(bot.posts()).toHaveLength(1);
    const errors = bot.app().logs.filter((record) => record['source'] === 'digest' && record.level === 'error');
    expect(errors).toEqual([
      {
        level: 'error',
        source: 'digest',
        msg: `Cannot post the digest to channel "${DIGEST_CHANNEL}": no answer within the timeout; the message may have been posted`,
        channel: DIGEST_CHANNEL,
        errorClass: 'timeout',
      },
    ]);
    const inDoubt = await loadDigestState(bot.stateDir, DIGEST_CHANNEL, { logger: quiet });
    expect(inDoubt).toMatchObject({ lastDate: null, inFlight: { date: DAY_1 } });
    await bot.clock.advanceTo(tokyo(DAY_1, '09:15'));
    await bot.clock.advanceTo(tokyo(DAY_1, '23:00'));
    expect(bot.posts()).toHaveLength(1);
    await bot.clock.advanceTo(tokyo(DAY_2, '00:00'));
    await bot.clock.advanceTo(tokyo(DAY_2, '09:00'));
    expect(
      bot
        .posts()
        .map((call) => call.body)
        .slice(1),
    ).toEqual(buildDigestPostBodies(DIGEST_CHANNEL, await expectedDigest(bot, DAY_2, null)));
    const next = await loadDigestState(bot.stateDir, DIGEST_CHANNEL, { logger: quiet });
    expect(next).toMatchObject({ lastDate: DAY_2, inFlight: null });
  });

  it('still stops on SIGTERM while Slack holds a post: stop() resolves once the timeout ends the call', async () => {
    const bot = await newBot({ start: tokyo(DAY_1, '08:00'), digestTimeoutMs: 1000 });
    bot.fake.failNext('chat.postMessage', { hang: 'lost' });
    await bot.start();
    const advancing = bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    // Stopped mid-delivery, the scheduler arms no further wake-up, so this never settles.
    advancing.catch(() => {});
    await bot.fake.waitForCall('chat.postMessage');
    const began = performance.now();
    await bot.stop();
    expect(performance.now() - began).toBeLessThan(8000);
    expect(bot.posts().length).toBeLessThanOrEqual(2);
  });
});

describe('case 4: two processes sharing a state folder', () => {
  async function sharedStateBots(): Promise<readonly [TestBot, TestBot, string]> {
    const shared = join(await mkdtemp(join(tmpdir(), 'verbatim-shared-state-')), 'state');
    folders.push(join(shared, '..'));
    const env = { STATE_DIR: shared };
    const first = await newBot({ start: tokyo(DAY_1, '08:00'), env, digestOwner: 'bot one' });
    const second = await newBot({ start: tokyo(DAY_1, '08:00'), env, digestOwner: 'bot two' });
    return [first, second, shared];
  }

  it('posts the day’s digest once when both reach the time together', async () => {
    const [first, second, shared] = await sharedStateBots();
    await first.start();
    await second.start();
    await Promise.all([first.clock.advanceTo(tokyo(DAY_1, '09:00')), second.clock.advanceTo(tokyo(DAY_1, '09:00'))]);
    expect(first.posts().length + second.posts().length).toBe(1);
    await Promise.all([first.clock.advanceTo(tokyo(DAY_1, '09:15')), second.clock.advanceTo(tokyo(DAY_1, '09:15'))]);
    await Promise.all([first.clock.advanceTo(tokyo(DAY_1, '10:00')), second.clock.advanceTo(tokyo(DAY_1, '10:00'))]);
    expect(first.posts().length + second.posts().length).toBe(1);
    const state = await loadDigestState(shared, DIGEST_CHANNEL, { logger: quiet });
    expect(state).toMatchObject({ lastDate: DAY_1, inFlight: null });
  });

  it('does not post from the second while the first is between attempts at the same digest', async () => {
    const [first, second, shared] = await sharedStateBots();
    await first.start();
    await second.start();
    first.fake.failNext('chat.postMessage', { status: 500 });
    const pause = first.clock.pauseNextSleep();
    const firstAdvancing = first.clock.advanceTo(tokyo(DAY_1, '09:00'));
    // The first got a 500 and waits to retry; its state says nothing is in flight.
    await pause.reached;
    await second.clock.advanceTo(tokyo(DAY_1, '09:00'));
    pause.release();
    await firstAdvancing;
    await second.clock.advanceTo(tokyo(DAY_1, '09:15'));
    expect(second.posts()).toEqual([]);
    expect(first.posts().map((call) => call.body)).toEqual([
      ...buildDigestPostBodies(DIGEST_CHANNEL, await expectedDigest(first, DAY_1, null)),
      ...buildDigestPostBodies(DIGEST_CHANNEL, await expectedDigest(first, DAY_1, null)),
    ]);
    const state = await loadDigestState(shared, DIGEST_CHANNEL, { logger: quiet });
    expect(state).toMatchObject({ lastDate: DAY_1, inFlight: null });
  });

  it('waits while another owner’s lease is live, and takes it over once it has expired', async () => {
    const [bot, , shared] = await sharedStateBots();
    await mkdir(shared, { recursive: true });
    await writeFile(
      join(shared, `digest-${DIGEST_CHANNEL}.lease`),
      JSON.stringify({ owner: 'bot gone', acquiredAt: tokyo(DAY_1, '08:55'), expiresAt: tokyo(DAY_1, '09:20') }),
    );
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    expect(bot.posts()).toEqual([]);
    expect(bot.app().logs.map((record) => record.msg)).toContain(
      `The digest of channel "${DIGEST_CHANNEL}" is being posted by bot gone (lease until ${new Date(tokyo(DAY_1, '09:20')).toISOString()})`,
    );
    await bot.clock.advanceTo(tokyo(DAY_1, '09:15'));
    expect(bot.posts()).toEqual([]);
    await bot.clock.advanceTo(tokyo(DAY_1, '09:30'));
    expect(bot.posts().map((call) => call.body)).toEqual(
      buildDigestPostBodies(DIGEST_CHANNEL, await expectedDigest(bot, DAY_1, null)),
    );
    expect(bot.app().logs.map((record) => record.msg)).toContain(
      `Took over the lease of bot gone on the digest of channel "${DIGEST_CHANNEL}": it had expired`,
    );
  });
});

describe('case 10: a clock that jumps back a day', () => {
  it('does not post again for the earlier day, nor when the clock is corrected', async () => {
    const bot = await newBot({ start: tokyo(DAY_2, '08:00') });
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_2, '09:00'));
    expect(bot.posts()).toHaveLength(1);
    await bot.clock.jumpTo(tokyo(DAY_1, '10:00'));
    expect(bot.posts()).toHaveLength(1);
    await bot.clock.jumpTo(tokyo(DAY_2, '11:00'));
    expect(bot.posts()).toHaveLength(1);
    await bot.restart(tokyo(DAY_1, '12:00'));
    await bot.restart(tokyo(DAY_2, '12:00'));
    expect(bot.posts()).toHaveLength(1);
    const state = await loadDigestState(bot.stateDir, DIGEST_CHANNEL, { logger: quiet });
    expect(state).toMatchObject({ lastDate: DAY_2, inFlight: null });
  });
});
