import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDigest } from '../../src/answer/build-digest.js';
import { buildExpectedReply, collectBlockText } from '../support/expected-slack-reply.js';
import type { TestApp } from '../support/start-test-app.js';
import { buildDigestPostBodies, createTestBot, DIGEST_CHANNEL, type TestBot } from '../support/start-test-bot.js';

function tokyo(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+09:00`);
}

const DAY_1 = '2025-03-10';
const DAY_2 = '2025-03-11';
const NEW_REPORT = `---
title: Ferry Crossing Reopens
date: 2025-03-11
outlet: Harbour Bulletin
---
Ferry Crossing Reopens

The harbour master said the quillfeather ferry crossing reopened on Tuesday after the ice cleared.

"Nobody has crossed here since December," harbour master Ivo Brandt told reporters.
`;
const SECOND_REPORT = `---
title: Depot Lights Return
date: 2025-03-11
outlet: Harbour Bulletin
---
Depot Lights Return

Power came back to the fuel depot on Tuesday evening, the operator said.
`;

let bot: TestBot | null = null;
afterEach(async () => {
  await bot?.close();
  bot = null;
});

/** Resolves once the watcher has swapped in a new index for the `n`-th time. */
async function waitForCorpusUpdate(app: TestApp, n = 1): Promise<void> {
  const countUpdates = () =>
    app.logs.filter((record) => record['source'] === 'corpus' && record.msg.startsWith('Updated the corpus')).length;
  await vi.waitFor(() => expect(countUpdates()).toBeGreaterThanOrEqual(n), { timeout: 10_000, interval: 5 });
}

function blockText(body: unknown): string {
  return collectBlockText((body as { blocks: unknown[] }).blocks);
}

describe('a corpus folder that changes while the bot runs', () => {
  it('answers /reports from a report added meanwhile, and puts it in the next digest', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    const app = await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    const first = buildDigest(app.getIndex(), { date: DAY_1, baseline: null });
    expect(blockText((await app.command('/reports', 'quillfeather')).body)).not.toContain('Ferry Crossing Reopens');
    await writeFile(join(bot.corpusDir, 'echo-ferry.txt'), NEW_REPORT);
    await waitForCorpusUpdate(app);
    expect(app.getIndex().reports).toHaveLength(5);
    const ack = await app.command('/reports', 'quillfeather');
    const expected = await buildExpectedReply(app.getIndex(), '/reports quillfeather', {
      page: 0,
      sharedBy: null,
      isShareable: true,
    });
    expect(ack.body).toEqual({ response_type: 'ephemeral', ...expected });
    expect(blockText(ack.body)).toContain('Ferry Crossing Reopens');
    await bot.clock.advanceTo(tokyo(DAY_2, '09:00'));
    const second = buildDigest(app.getIndex(), { date: DAY_2, baseline: first.covers });
    expect(second).toMatchObject({ since: DAY_1, reports: [{ status: 'new', file: 'echo-ferry.txt' }], removed: [] });
    expect(bot.posts().map((call) => call.body)).toEqual(
      [first, second].flatMap((digest) => buildDigestPostBodies(DIGEST_CHANNEL, digest)),
    );
    expect(blockText(bot.posts()[1]?.body)).toContain('Nobody has crossed here since December');
  });

  it('skips a bad new file with one log line naming it, and lands the rest of the update', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    const app = await bot.start();
    await writeFile(join(bot.corpusDir, 'broken.txt'), '');
    await writeFile(join(bot.corpusDir, 'echo-ferry.txt'), NEW_REPORT);
    await waitForCorpusUpdate(app);
    expect(app.getIndex().reports.map((report) => report.file)).toContain('echo-ferry.txt');
    await writeFile(join(bot.corpusDir, 'foxtrot-depot.txt'), SECOND_REPORT);
    await waitForCorpusUpdate(app, 2);
    const warnings = app.logs.filter((record) => record['source'] === 'corpus' && record.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toMatch(/^Skipped report "broken\.txt": /);
    const sources = blockText((await app.command('/sources', '')).body);
    expect(sources).toContain('Ferry Crossing Reopens');
    expect(sources).toContain('Depot Lights Return');
  });

  it('drops a removed report from the answers and lists it as removed in the next digest', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    const app = await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    const first = buildDigest(app.getIndex(), { date: DAY_1, baseline: null });
    await unlink(join(bot.corpusDir, 'delta-convoy-log.txt'));
    await waitForCorpusUpdate(app);
    expect(blockText((await app.command('/sources', '')).body)).not.toContain('Convoy Log for the Month');
    await bot.clock.advanceTo(tokyo(DAY_2, '09:00'));
    const second = buildDigest(app.getIndex(), { date: DAY_2, baseline: first.covers });
    expect(second).toMatchObject({ reports: [], removed: ['delta-convoy-log.txt'] });
    const expected = buildDigestPostBodies(DIGEST_CHANNEL, second);
    expect(
      bot
        .posts()
        .slice(1)
        .map((call) => call.body),
    ).toEqual(expected);
  });
});
