import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../src/answer/build-digest.js';
import type { Report } from '../../../../src/corpus/report.js';
import { buildCorpusIndex } from '../../../../src/index/build-corpus-index.js';
import { type DeliverDigestDeps, deliverDigest } from '../../../../src/slack/digest/deliver-digest.js';
import {
  type DigestState,
  emptyDigestState,
  loadDigestState,
  saveDigestState,
} from '../../../../src/slack/digest/digest-state.js';
import type { DigestPostArgs } from '../../../../src/slack/digest/post-digest.js';

const TUESDAY_9AM = Date.parse('2024-12-24T09:00:00Z');
const WEDNESDAY_9AM = Date.parse('2024-12-25T09:00:00Z');

let stateDir: string;
let calls: DigestPostArgs[];
let lines: string[];
let script: (Error | string)[];
let reports: Report[];

beforeEach(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'verbatim-deliver-'));
  calls = [];
  lines = [];
  script = [];
  reports = [report('a', 'Troops arrive in Kursk')];
});
afterEach(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

function deps(now: number, extra: Partial<DeliverDigestDeps> = {}): DeliverDigestDeps {
  return {
    stateDir,
    timeZone: 'Europe/London',
    onEmptyDay: 'post',
    makeDigest: (options) => buildDigest(buildCorpusIndex(reports), options),
    poster: {
      async postMessage(args) {
        calls.push(args);
        const next = script.shift() ?? `ts-${calls.length}`;
        if (next instanceof Error) throw next;
        return { ts: next };
      },
    },
    clock: () => now,
    sleep: async () => {},
    owner: 'test',
    logger: {
      info: (m) => lines.push(`info: ${m}`),
      warn: (m) => lines.push(`warn: ${m}`),
      error: (m) => lines.push(`error: ${m}`),
    },
    ...extra,
  };
}

const state = (channel: string) => loadDigestState(stateDir, channel, { logger: deps(0).logger });

describe('deliverDigest', () => {
  it('posts today’s digest and records what it covered', async () => {
    const result = await deliverDigest('C1', deps(TUESDAY_9AM));
    expect([result.outcome, result.ts]).toEqual(['posted', 'ts-1']);
    expect(calls.map((c) => [c.channel, c.text])).toEqual([
      ['C1', 'Verbatim digest · 2024-12-24: 1 new or changed report, 0 new figures, 0 new quotes'],
    ]);
    expect(await state('C1')).toEqual<DigestState>({
      channel: 'C1',
      lastDate: '2024-12-24',
      lastAt: '2024-12-24T09:00:00.000Z',
      lastTs: 'ts-1',
      baseline: { date: '2024-12-24', reports: { 'a.txt': 'hash-a' } },
      inFlight: null,
    });
  });

  it('does not post twice on the same day, and posts what changed the next day', async () => {
    await deliverDigest('C1', deps(TUESDAY_9AM));
    expect((await deliverDigest('C1', deps(TUESDAY_9AM + 3_600_000))).outcome).toBe('already-done');
    reports.push(report('b', 'More troops arrive'));
    const result = await deliverDigest('C1', deps(WEDNESDAY_9AM));
    expect(result.outcome).toBe('posted');
    expect(result.digest?.reports.map((r) => r.file)).toEqual(['b.txt']);
    expect(result.digest?.since).toBe('2024-12-24');
    expect(calls).toHaveLength(2);
  });

  it.each([
    {
      onEmptyDay: 'post',
      outcome: 'posted',
      texts: ['Verbatim digest · 2024-12-25: No new reports since 2024-12-24.'],
    },
    { onEmptyDay: 'skip', outcome: 'skipped-empty', texts: [] },
  ] as const)('on an empty day with DIGEST_EMPTY=$onEmptyDay: $outcome', async ({ onEmptyDay, outcome, texts }) => {
    await deliverDigest('C1', deps(TUESDAY_9AM));
    calls = [];
    expect((await deliverDigest('C1', deps(WEDNESDAY_9AM, { onEmptyDay }))).outcome).toBe(outcome);
    expect(calls.map((c) => c.text)).toEqual(texts);
    expect((await state('C1')).lastDate).toBe('2024-12-25');
    expect((await deliverDigest('C1', deps(WEDNESDAY_9AM + 60_000, { onEmptyDay }))).outcome).toBe('already-done');
  });

  it('does not record a digest that still fails after the retries, and logs it', async () => {
    const error = new webApi.WebAPIHTTPError(500, 'Internal Server Error', {}, '');
    script = [error, error, error, error, error];
    const result = await deliverDigest('C1', deps(TUESDAY_9AM));
    expect(result.outcome).toBe('failed');
    expect(calls).toHaveLength(5);
    expect(await state('C1')).toEqual(emptyDigestState('C1'));
    expect(lines.filter((l) => l.startsWith('error:'))).toEqual([
      'error: Cannot post the digest to channel "C1": HTTP 500 after 5 attempts',
    ]);
    expect((await deliverDigest('C1', deps(TUESDAY_9AM + 900_000))).outcome).toBe('posted');
  });

  it('keeps two channels apart', async () => {
    await deliverDigest('C1', deps(TUESDAY_9AM));
    expect((await state('C2')).lastDate).toBeNull();
    expect((await deliverDigest('C2', deps(TUESDAY_9AM))).outcome).toBe('posted');
    expect(calls.map((c) => c.channel)).toEqual(['C1', 'C2']);
  });

  it('recovers from a torn state file without posting again', async () => {
    await deliverDigest('C1', deps(TUESDAY_9AM));
    // A later write (of anything) torn by a crash: the previous copy still says today is done.
    await saveDigestState(stateDir, await state('C1'));
    const file = join(stateDir, 'digest-C1.json');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40));
    expect((await deliverDigest('C1', deps(TUESDAY_9AM + 60_000))).outcome).toBe('already-done');
    expect(calls).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('warn:'))).toHaveLength(1);
  });

  it('does not repeat a post that may have reached Slack before a crash, and says how to post it by hand', async () => {
    // The crash came after Slack accepted the post and while "posted" was being written: that write is torn.
    await saveDigestState(stateDir, {
      ...(await state('C1')),
      inFlight: { date: '2024-12-24', at: '2024-12-24T09:00:00.000Z' },
    });
    await saveDigestState(stateDir, { ...(await state('C1')), lastDate: '2024-12-24' });
    const file = join(stateDir, 'digest-C1.json');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 60));
    expect((await deliverDigest('C1', deps(TUESDAY_9AM + 60_000))).outcome).toBe('in-doubt');
    expect(calls).toEqual([]);
    expect(lines.at(-1)).toBe(
      'warn: The digest of 2024-12-24 for channel "C1" may already be posted: Slack did not answer its post, or the bot stopped while posting it. Check the channel, and run "npm run digest -- --channel C1" to post it by hand',
    );
  });

  it('treats a day before the last one handled as handled (a clock set back a day)', async () => {
    await deliverDigest('C1', deps(WEDNESDAY_9AM));
    reports.push(report('b', 'More troops arrive'));
    expect((await deliverDigest('C1', deps(TUESDAY_9AM + 3_600_000))).outcome).toBe('already-done');
    expect((await deliverDigest('C1', deps(WEDNESDAY_9AM + 3_600_000))).outcome).toBe('already-done');
    expect(calls).toHaveLength(1);
    expect((await state('C1')).lastDate).toBe('2024-12-25');
  });

  it('posts nothing while another owner holds the channel’s lease, and takes the lease once it has expired', async () => {
    await writeFile(
      join(stateDir, 'digest-C1.lease'),
      JSON.stringify({ owner: 'other', acquiredAt: TUESDAY_9AM - 60_000, expiresAt: TUESDAY_9AM + 60_000 }),
    );
    expect((await deliverDigest('C1', deps(TUESDAY_9AM))).outcome).toBe('busy');
    expect(calls).toEqual([]);
    expect((await deliverDigest('C1', deps(TUESDAY_9AM + 60_000))).outcome).toBe('posted');
    expect(calls).toHaveLength(1);
    await expect(readFile(join(stateDir, 'digest-C1.lease'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps the in-flight mark of a post that Slack did not answer and that cannot be checked', async () => {
    script = [new webApi.WebAPIRequestError(Object.assign(new Error('aborted'), { name: 'TimeoutError' }))];
    const result = await deliverDigest('C1', deps(TUESDAY_9AM));
    expect(result.outcome).toBe('in-doubt');
    expect(calls).toHaveLength(1);
    expect(await state('C1')).toMatchObject({ lastDate: null, inFlight: { date: '2024-12-24' } });
    expect((await deliverDigest('C1', deps(TUESDAY_9AM + 3_600_000))).outcome).toBe('in-doubt');
    expect((await deliverDigest('C1', deps(WEDNESDAY_9AM))).outcome).toBe('posted');
    expect(await state('C1')).toMatchObject({ lastDate: '2024-12-25', inFlight: null });
  });

  it('posts again by hand when forced', async () => {
    await deliverDigest('C1', deps(TUESDAY_9AM));
    expect((await deliverDigest('C1', deps(TUESDAY_9AM, { force: true }))).outcome).toBe('posted');
    expect(calls).toHaveLength(2);
  });
});

function report(id: string, title: string): Report {
  const body = `${title} today, officials said.`;
  const text = `${title}\n\n${body}\n`;
  return {
    id,
    file: `${id}.txt`,
    title,
    date: '2024-12-23',
    outlet: 'The Example Post',
    url: null,
    text,
    blocks: [
      { kind: 'title', start: 0, end: title.length },
      { kind: 'body', start: title.length + 2, end: title.length + 2 + body.length },
    ],
    bytes: text.length,
    hash: `hash-${id}`,
  };
}
