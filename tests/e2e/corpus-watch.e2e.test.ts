import { mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/**
 * Writes a report as an editor or `cp` of a finished file would land it: under a hidden name (never
 * read), then renamed, so the watcher cannot read it half-written on a busy machine.
 */
async function addReport(dir: string, name: string, text: string): Promise<void> {
  await writeFile(join(dir, `.${name}.partial`), text);
  await rename(join(dir, `.${name}.partial`), join(dir, name));
}

function blockText(body: unknown): string {
  return collectBlockText((body as { blocks: unknown[] }).blocks);
}

/** `/reports quillfeather` answers exactly as from the index read now, and from the new report. */
async function expectNewReportAnswered(app: TestApp): Promise<void> {
  const ack = await app.command('/reports', 'quillfeather');
  const expected = await buildExpectedReply(await app.readIndex(), '/reports quillfeather', {
    page: 0,
    sharedBy: null,
    isShareable: true,
  });
  expect(ack.body).toEqual({ response_type: 'ephemeral', ...expected });
  expect(blockText(ack.body)).toContain('Ferry Crossing Reopens');
}

describe('a corpus folder that changes while the bot runs', () => {
  it('answers /reports from a report added meanwhile, and puts it in the next digest', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    const app = await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    const first = buildDigest(await app.readIndex(), { date: DAY_1, baseline: null });
    expect(blockText((await app.command('/reports', 'quillfeather')).body)).not.toContain('Ferry Crossing Reopens');
    await addReport(bot.corpusDir, 'echo-ferry.txt', NEW_REPORT);
    await waitForCorpusUpdate(app);
    expect(app.getManifest().reports).toHaveLength(5);
    await expectNewReportAnswered(app);
    await bot.clock.advanceTo(tokyo(DAY_2, '09:00'));
    const second = buildDigest(await app.readIndex(), { date: DAY_2, baseline: first.covers });
    expect(second).toMatchObject({ since: DAY_1, reports: [{ status: 'new', file: 'echo-ferry.txt' }], removed: [] });
    expect(bot.posts().map((call) => call.body)).toEqual(
      [first, second].flatMap((digest) => buildDigestPostBodies(DIGEST_CHANNEL, digest)),
    );
    expect(blockText(bot.posts()[1]?.body)).toContain('Nobody has crossed here since December');
  });

  it('hands a delta over from the store in a corpus too big to apply it in place, and answers from it once read', async () => {
    // Every corpus counts as big here: the delta is written into the store, and new answer workers read it there.
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00'), inPlaceMaxCorpusReports: 0 });
    const app = await bot.start();
    expect(blockText((await app.command('/reports', 'quillfeather')).body)).not.toContain('Ferry Crossing Reopens');
    await addReport(bot.corpusDir, 'echo-ferry.txt', NEW_REPORT);
    await waitForCorpusUpdate(app);
    // The manifest served changes once a worker holding the new index answers.
    await vi.waitFor(() => expect(app.getManifest().reports).toHaveLength(5), { timeout: 60_000, interval: 20 });
    await expectNewReportAnswered(app);
    expect(app.logs.filter((record) => record.msg === 'answer worker stopped')).toEqual([]);
  });

  it('skips a bad new file with one log line naming it, and lands the rest of the update', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    const app = await bot.start();
    await writeFile(join(bot.corpusDir, 'broken.txt'), '');
    await addReport(bot.corpusDir, 'echo-ferry.txt', NEW_REPORT);
    await waitForCorpusUpdate(app);
    expect(app.getManifest().reports.map((report) => report.file)).toContain('echo-ferry.txt');
    await addReport(bot.corpusDir, 'foxtrot-depot.txt', SECOND_REPORT);
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
    const first = buildDigest(await app.readIndex(), { date: DAY_1, baseline: null });
    await unlink(join(bot.corpusDir, 'delta-convoy-log.txt'));
    await waitForCorpusUpdate(app);
    expect(blockText((await app.command('/sources', '')).body)).not.toContain('Convoy Log for the Month');
    await bot.clock.advanceTo(tokyo(DAY_2, '09:00'));
    const second = buildDigest(await app.readIndex(), { date: DAY_2, baseline: first.covers });
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

/** GET /healthz of a running test app. */
async function getHealth(app: TestApp): Promise<unknown> {
  const response = await fetch(new URL('/healthz', app.eventsUrl ?? ''));
  expect(response.status).toBe(200);
  return response.json();
}

describe('a corpus folder deleted or replaced while the bot runs', () => {
  it('serves the last index flagged stale while the folder is gone, then re-watches and rebuilds from the folder moved into place', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00'), env: { DIGEST_CHANNELS: '' } });
    const app = await bot.start();
    const before = await app.readIndex();
    const beforeManifest = app.getManifest();
    const reason = 'the corpus folder was deleted or moved away';

    await rm(bot.corpusDir, { recursive: true });
    await app.waitForLog((record) => record.level === 'error' && record['source'] === 'corpus');
    expect(app.logs.filter((record) => record['source'] === 'corpus')).toEqual([
      {
        level: 'error',
        msg: `Cannot watch the corpus folder "${bot.corpusDir}": ${reason}; answering from the last 4 reports until it is back`,
        source: 'corpus',
      },
    ]);
    expect(app.getManifest()).toEqual({ ...beforeManifest, stale: { reason } });
    expect(await app.readIndex()).toEqual({ ...before, stale: { reason } });
    const stale = await app.command('/sources', '');
    const expected = await buildExpectedReply(await app.readIndex(), '/sources', {
      page: 0,
      sharedBy: null,
      isShareable: true,
    });
    expect(stale.body).toEqual({ response_type: 'ephemeral', ...expected });
    expect(blockText(stale.body)).toContain(
      `Stale:* ${reason}. These are the reports last read; answers come from them until the folder is back.`,
    );
    expect(blockText(stale.body)).toContain('Convoy Log for the Month');
    expect(await getHealth(app)).toEqual({ ready: true, fingerprint: before.fingerprint, reports: 4, stale: reason });

    const next = await mkdtemp(join(tmpdir(), 'verbatim-corpus-next-'));
    await writeFile(join(next, 'echo-ferry.txt'), NEW_REPORT);
    await rename(next, bot.corpusDir);
    await app.waitForLog((record) => record['source'] === 'corpus' && record.msg.startsWith('Watching the corpus'));
    expect(app.getManifest().stale).toBeUndefined();
    expect(app.getManifest().reports.map((report) => report.file)).toEqual(['echo-ferry.txt']);
    const sources = blockText((await app.command('/sources', '')).body);
    expect(sources).toContain('Ferry Crossing Reopens');
    expect(sources).not.toContain('Stale');
    expect(await getHealth(app)).toEqual({
      ready: true,
      fingerprint: app.getManifest().fingerprint,
      reports: 1,
      stale: null,
    });

    // The folder moved into place is watched: a report added to it is answered from.
    await addReport(bot.corpusDir, 'foxtrot-depot.txt', SECOND_REPORT);
    await waitForCorpusUpdate(app, 2);
    expect(blockText((await app.command('/reports', 'fuel depot')).body)).toContain('foxtrot-depot.txt');
  });
});
