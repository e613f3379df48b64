import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DigestCliDeps, runDigestCli } from '../../../src/cli/digest.js';
import { createDigestPoster } from '../../../src/slack/digest/create-digest-poster.js';
import { loadDigestState } from '../../../src/slack/digest/digest-state.js';
import type { DigestPostArgs } from '../../../src/slack/digest/post-digest.js';

const NOW = Date.parse('2024-12-24T09:00:00Z');
const REPORT = 'Troops arrive\n\nOfficials said troops arrived in Kursk on Monday.\n';

let root: string;
/** The index cache, outside the corpus so the corpus folder shows what the digest wrote. */
let cacheDir: string;
let out: string[];
let err: string[];
let sleeps: number[];
let posts: DigestPostArgs[];
let server: Server | null;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'verbatim-digest-cli-'));
  cacheDir = await mkdtemp(join(tmpdir(), 'verbatim-digest-cli-cache-'));
  await writeFile(join(root, 'a.txt'), REPORT);
  out = [];
  err = [];
  sleeps = [];
  posts = [];
  server = null;
});
afterEach(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  await rm(root, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

function deps(env: Record<string, string>, createPoster?: DigestCliDeps['createPoster']): DigestCliDeps {
  return {
    env: {
      CORPUS_DIR: root,
      STATE_DIR: join(root, 'state'),
      CACHE_DIR: cacheDir,
      DIGEST_TZ: 'Europe/London',
      ...env,
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    clock: () => NOW,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    createPoster:
      createPoster ??
      (() => ({
        async postMessage(args) {
          posts.push(args);
          return { ts: `ts-${posts.length}` };
        },
      })),
  };
}

const TOKENS = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test' };
const state = (channel: string) =>
  loadDigestState(join(root, 'state'), channel, { logger: { info() {}, warn() {}, error() {} } });

describe('runDigestCli', () => {
  it('prints the next digest with --dry-run, without tokens, posting and recording nothing', async () => {
    expect(await runDigestCli(['--dry-run'], deps({}))).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]?.split('\n').slice(0, 3)).toEqual([
      'Verbatim digest · 2024-12-24 · first digest',
      '',
      'New and changed reports (1)',
    ]);
    expect(out[0]).toContain('Officials said troops arrived in Kursk on Monday.');
    expect(err).toEqual(['No channel given: every report counts as new.']);
    expect(posts).toEqual([]);
    expect(await readdir(root)).toEqual(['a.txt']);
  });

  it('prints the same digest from the index cache in CACHE_DIR as from a fresh build', async () => {
    expect(await runDigestCli(['--dry-run'], deps({}))).toBe(0);
    expect(await runDigestCli(['--dry-run'], deps({}))).toBe(0);
    expect(await readdir(cacheDir)).toEqual([expect.stringMatching(/^corpus-index-[0-9a-f]{16}\.cache$/)]);
    expect(out[1]).toBe(out[0]);
  });

  it('posts to every configured channel and records each as posted', async () => {
    const env = { ...TOKENS, DIGEST_CHANNELS: 'C0123ABCD, C0456EFGH' };
    expect(await runDigestCli([], deps(env))).toBe(0);
    expect(out).toEqual(['C0123ABCD: posted (ts ts-1)', 'C0456EFGH: posted (ts ts-2)']);
    expect(posts.map((p) => p.channel)).toEqual(['C0123ABCD', 'C0456EFGH']);
    expect((await state('C0456EFGH')).lastTs).toBe('ts-2');
  });

  it('shows a channel’s next digest after its last one with --dry-run --channel', async () => {
    await runDigestCli(['--channel', 'C0123ABCD'], deps(TOKENS));
    out = [];
    expect(await runDigestCli(['--dry-run', '--channel', 'C0123ABCD'], deps({}))).toBe(0);
    expect(out).toEqual(['No new reports since 2024-12-24.\nCorpus: 1 report · 0 figures · 0 quotes']);
  });

  it('honours Retry-After and retries a 500 through the Web API client, then records the post', async () => {
    const apiUrl = await startFakeSlack([
      { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } },
      { status: 500, headers: {}, body: 'oops' },
      { status: 200, headers: {}, body: { ok: true, ts: '1735030800.000100', channel: 'C0123ABCD' } },
    ]);
    const env = { ...TOKENS, SLACK_API_URL: apiUrl };
    expect(await runDigestCli(['--channel', 'C0123ABCD'], deps(env, webApiPoster))).toBe(0);
    expect(sleeps).toEqual([3000, 2000]);
    expect(out).toEqual(['C0123ABCD: posted (ts 1735030800.000100)']);
    expect((await state('C0123ABCD')).lastTs).toBe('1735030800.000100');
  });

  it('exits with 1 and records nothing when the post still fails', async () => {
    const failure = { status: 500, headers: {}, body: 'oops' };
    const apiUrl = await startFakeSlack([failure, failure, failure, failure, failure]);
    const env = { ...TOKENS, SLACK_API_URL: apiUrl };
    expect(await runDigestCli(['--channel', 'C0123ABCD'], deps(env, webApiPoster))).toBe(1);
    expect(out).toEqual(['C0123ABCD: failed']);
    expect(err.at(-1)).toBe('error: Cannot post the digest to channel "C0123ABCD": HTTP 500 after 5 attempts');
    expect((await state('C0123ABCD')).lastDate).toBeNull();
  });

  it.each([
    { name: 'an unknown option', argv: ['--now'], env: TOKENS, message: /Unknown option '--now'/ },
    { name: 'no channel to post to', argv: [], env: TOKENS, message: /pass --channel ID or set DIGEST_CHANNELS/ },
    {
      name: 'a malformed channel id',
      argv: ['--channel', 'general'],
      env: TOKENS,
      message: /Cannot use channel "general"/,
    },
    { name: 'a missing token', argv: ['--channel', 'C0123ABCD'], env: {}, message: /^SLACK_BOT_TOKEN missing/ },
    {
      name: 'an unknown time zone',
      argv: ['--dry-run'],
      env: { DIGEST_TZ: 'Mars/Base' },
      message: /^DIGEST_TZ must be an IANA/,
    },
  ])('exits with 2 on $name', async ({ argv, env, message }) => {
    expect(await runDigestCli(argv, deps(env))).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(posts).toEqual([]);
  });
});

const webApiPoster: DigestCliDeps['createPoster'] = (token, apiUrl) => createDigestPoster(token, { apiUrl });

type Reply = { status: number; headers: Record<string, string>; body: unknown };

/** A tiny stand-in for Slack's Web API that answers chat.postMessage from a script. */
async function startFakeSlack(replies: Reply[]): Promise<string> {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const reply = replies.shift() ?? { status: 500, headers: {}, body: 'script ended' };
      const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(body);
    });
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}/api/`;
}
