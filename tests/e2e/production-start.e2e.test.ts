import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectProcessOutput, type ProcessOutput } from '../support/collect-process-output.js';
import { collectBlockText } from '../support/expected-slack-reply.js';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { postSlashCommand } from '../support/sign-slack-request.js';
import { buildCommandFields, TEST_SECRETS } from '../support/start-test-app.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `tsc` over all of src/ takes about 8 s on an idle machine and several times that on a loaded 2-core one. */
const BUILD_TIMEOUT_MS = 300_000;
const PROCESS_TEST_TIMEOUT_MS = 120_000;

const REPORTS = {
  'harbour.txt': 'Harbour Cranes Idle\n\nThe harbour cranes stood idle for three days, the port authority said.\n',
  'nested/depot.md':
    'Depot Lights Return\n\nPower came back to the fuel depot on Tuesday evening, the operator said.\n',
};

/** Runs a command to its end and collects its output; HOME is the test's folder, so npm writes nothing to the repo. */
function run(command: string, args: readonly string[], cwd: string, home: string): Promise<ProcessOutput> {
  const child = spawn(command, args, { cwd, env: { PATH: process.env['PATH'] ?? '', HOME: home } });
  return collectProcessOutput(child);
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

let dir = '';
let fake: FakeSlackApi | null = null;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-dist-'));
  const build = await run('npm', ['run', 'build'], ROOT, dir);
  expect(build, 'npm run build').toMatchObject({ code: 0 });
  await mkdir(join(dir, 'corpus', 'nested'), { recursive: true });
  for (const [file, text] of Object.entries(REPORTS)) await writeFile(join(dir, 'corpus', file), text);
  fake = await startFakeSlackApi();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await fake?.close();
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('the production build (npm run build, then node dist/main.js)', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('serves Slack and GET /healthz from dist, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'main.js')], {
      cwd: dir,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: dir,
        SLACK_BOT_TOKEN: TEST_SECRETS.botToken,
        SLACK_SIGNING_SECRET: TEST_SECRETS.signingSecret,
        SLACK_API_URL: fake?.apiUrl ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        CORPUS_DIR: join(dir, 'corpus'),
        CACHE_DIR: join(dir, 'cache'),
        STATE_DIR: join(dir, 'state'),
      },
    });
    const ended = collectProcessOutput(child);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    try {
      const running = await vi.waitFor(
        () => {
          const line = jsonLines(stdout).find((record) => record['msg'] === 'Verbatim is running');
          if (line === undefined) throw new Error(`not started yet: ${stdout}`);
          return line;
        },
        { timeout: 60_000, interval: 50 },
      );
      expect(running).toMatchObject({ transport: 'http', reports: 2 });
      const base = `http://127.0.0.1:${String(running['port'])}`;
      const health = await fetch(`${base}/healthz`);
      expect([health.status, health.headers.get('content-type')]).toEqual([200, 'application/json']);
      expect(await health.json()).toEqual({
        ready: true,
        fingerprint: running['fingerprint'],
        reports: 2,
        stale: null,
      });
      const ack = await postSlashCommand(
        `${base}/slack/events`,
        TEST_SECRETS.signingSecret,
        buildCommandFields('/sources', '', fake?.responseUrl('dist') ?? '', 1),
      );
      expect(ack.status).toBe(200);
      const text = collectBlockText(((await ack.json()) as { blocks: unknown[] }).blocks);
      expect(text).toContain('harbour.txt · outlet unknown · undated · 92 bytes · 1 sentence');
      expect(text).toContain('nested/depot.md · outlet unknown · undated · 94 bytes · 1 sentence');
    } finally {
      child.kill('SIGTERM');
    }
    const { code } = await ended;
    expect(code).toBe(0);
    expect(jsonLines(stdout).at(-1)).toEqual({ level: 'info', msg: 'Verbatim stopped' });
  });

  it('starts the parallel build’s worker threads from dist (compiled .js workers, no tsx)', async () => {
    const script = `
      const { loadCorpus } = await import(${JSON.stringify(join(ROOT, 'dist/corpus/load-corpus.js'))});
      const { buildCorpusIndex } = await import(${JSON.stringify(join(ROOT, 'dist/answer/build-corpus-index.js'))});
      const { buildCorpusIndexInParallel } = await import(${JSON.stringify(join(ROOT, 'dist/answer/build-corpus-index-in-parallel.js'))});
      const { reports } = await loadCorpus(${JSON.stringify(join(dir, 'corpus'))});
      const parallel = await buildCorpusIndexInParallel(reports, { workers: 1, extractOnMainThread: false, minReports: 0 });
      const single = buildCorpusIndex(reports);
      const facts = (index) => JSON.stringify([index.fingerprint, index.figures, index.quotes]);
      console.log(JSON.stringify({ same: facts(parallel) === facts(single), reports: parallel.reports.length }));
    `;
    // A file, not `-e`: a worker inherits the parent's execArgv, and `--input-type` is refused there.
    await writeFile(join(dir, 'build-in-parallel.mjs'), script);
    const result = await run(process.execPath, [join(dir, 'build-in-parallel.mjs')], dir, dir);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ same: true, reports: 2 });
  });
});
