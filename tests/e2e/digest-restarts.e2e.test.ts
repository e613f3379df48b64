import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/answer/build-digest.js';
import type { Digest, DigestBaseline } from '../../src/answer/digest.js';
import { buildDigestPostBodies, createTestBot, DIGEST_CHANNEL, type TestBot } from '../support/start-test-bot.js';

/** An instant given as a local time in Tokyo (UTC+9: before 09:00 the UTC date is still the day before). */
function tokyo(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+09:00`);
}

const DAY_1 = '2025-03-10';
const DAY_3 = '2025-03-12';
const LATE_REPORT = `---
title: Ferry Crossing Reopens
date: 2025-03-11
outlet: Harbour Bulletin
---
Ferry Crossing Reopens

The harbour master said the ferry crossing reopened on Tuesday after the ice cleared.
`;

let bot: TestBot | null = null;
afterEach(async () => {
  await bot?.close();
  bot = null;
});

/** The digest the running bot builds for `date` against `baseline`, and its post bodies. */
async function expectDigest(running: TestBot, date: string, baseline: DigestBaseline | null): Promise<Digest> {
  return buildDigest(await running.app().readIndex(), { date, baseline });
}

function postBodies(digest: Digest): Record<string, unknown>[] {
  return buildDigestPostBodies(DIGEST_CHANNEL, digest);
}

describe('the daily digest across restarts (digest at 09:00 Asia/Tokyo)', () => {
  it('waits for the time when started before it, then posts the digest to the channel once', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    await bot.start();
    expect(bot.posts()).toEqual([]);
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    const digest = await expectDigest(bot, DAY_1, null);
    expect(digest.reports).toHaveLength(4);
    expect(bot.posts().map((call) => call.body)).toEqual(postBodies(digest));
    await bot.clock.advanceTo(tokyo(DAY_1, '10:00'));
    await bot.clock.advanceTo(tokyo(DAY_1, '23:59'));
    expect(bot.posts()).toHaveLength(1);
  });

  it('posts at once when started at the time, and not again after a restart in the same minute', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '09:00') });
    await bot.start();
    expect(bot.posts().map((call) => call.body)).toEqual(postBodies(await expectDigest(bot, DAY_1, null)));
    await bot.restart(tokyo(DAY_1, '09:00') + 30_000);
    expect(bot.posts()).toHaveLength(1);
  });

  it('posts once, at the time, after a restart before it', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '07:00') });
    await bot.start();
    await bot.restart(tokyo(DAY_1, '08:30'));
    expect(bot.posts()).toEqual([]);
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    expect(bot.posts().map((call) => call.body)).toEqual(postBodies(await expectDigest(bot, DAY_1, null)));
  });

  it('posts nothing more after a restart later the same day', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:55') });
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    expect(bot.posts()).toHaveLength(1);
    await bot.restart(tokyo(DAY_1, '15:00'));
    await bot.clock.advanceTo(tokyo(DAY_1, '16:00'));
    expect(bot.posts()).toHaveLength(1);
  });

  it('posts the digest missed while the bot was down once, when it is back the same day', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    await bot.start();
    await bot.stop();
    bot.clock.set(tokyo(DAY_1, '09:00')); // down at the time
    await bot.restart(tokyo(DAY_1, '11:00'));
    expect(bot.posts().map((call) => call.body)).toEqual(postBodies(await expectDigest(bot, DAY_1, null)));
    await bot.restart(tokyo(DAY_1, '11:05'));
    await bot.clock.advanceTo(tokyo(DAY_1, '12:05'));
    expect(bot.posts()).toHaveLength(1);
  });

  it('skips a day missed entirely, and the next digest covers both days', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    const first = await expectDigest(bot, DAY_1, null);
    await bot.stop(); // down from day 1 until the morning of day 3; a report arrives meanwhile
    await writeFile(join(bot.corpusDir, 'echo-ferry.txt'), LATE_REPORT);
    await bot.restart(tokyo(DAY_3, '08:00'));
    expect(bot.posts()).toHaveLength(1);
    await bot.clock.advanceTo(tokyo(DAY_3, '09:00'));
    const third = await expectDigest(bot, DAY_3, first.covers);
    expect(third).toMatchObject({ since: DAY_1, reports: [{ status: 'new', file: 'echo-ferry.txt' }] });
    expect(bot.posts().map((call) => call.body)).toEqual([...postBodies(first), ...postBodies(third)]);
  });
});
