import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { postSigned, postSlashCommand } from '../support/sign-slack-request.js';
import { type MainProcess, spawnMain } from '../support/spawn-main.js';
import { buildCommandFields, TEST_SECRETS } from '../support/start-test-app.js';

/** A hand-written report whose front matter makes `yaml` warn (an unknown tag). */
const TAGGED_REPORT = [
  '---',
  'title: !headline Ferry Service Resumes',
  'date: 2025-03-02',
  '---',
  'Ferry Service Resumes',
  '',
  'The harbour office said 14 ferries sailed on Sunday after the storm passed.',
  '',
].join('\n');

const TAGGED_WARNING = {
  level: 'warn',
  msg: 'report loaded with a problem',
  file: 'ferry-tagged-title.md',
  reason: 'front matter YAML: Unresolved tag: !headline at line 1, column 8',
  skipped: false,
};

let dir: string | null = null;
let fake: FakeSlackApi | null = null;
let bot: MainProcess | null = null;
afterEach(async () => {
  if (bot !== null && bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await fake?.close();
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  [dir, fake, bot] = [null, null, null];
});

/** Starts `src/main.ts` as `npm start` does, over HTTP on 127.0.0.1, against the fake Slack. */
function startMain(corpusDir: string, work: string, apiUrl: string): MainProcess {
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: work,
    SLACK_BOT_TOKEN: TEST_SECRETS.botToken,
    SLACK_SIGNING_SECRET: TEST_SECRETS.signingSecret,
    SLACK_API_URL: apiUrl,
    CORPUS_DIR: corpusDir,
    CACHE_DIR: join(work, 'cache'),
    STATE_DIR: join(work, 'state'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
  return spawnMain(work, env);
}

function parseLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('every line the running bot writes is JSON (issue 13, cases 13 and 8)', () => {
  it('logs a YAML warning as JSON naming the file, survives a signed null body, and writes nothing to stderr', async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-json-log-'));
    const corpusDir = join(dir, 'reports');
    await mkdir(corpusDir);
    await writeFile(join(corpusDir, 'ferry-tagged-title.md'), TAGGED_REPORT);
    fake = await startFakeSlackApi();
    const started = startMain(corpusDir, dir, fake.apiUrl);
    bot = started;
    const running = await vi.waitFor(
      () => {
        const line = parseLines(started.stdout()).find((record) => record['msg'] === 'Verbatim is running');
        if (line === undefined) throw new Error(`Waiting for the bot to start; stderr: ${started.stderr()}`);
        return line;
      },
      { timeout: 90_000, interval: 50 },
    );
    // The YAML warning was met while the corpus loaded: a JSON line, nothing on stderr.
    expect(started.stderr()).toBe('');
    expect(parseLines(started.stdout()).filter((record) => record['level'] === 'warn')).toEqual([TAGGED_WARNING]);
    const url = `http://127.0.0.1:${String(running['port'])}/slack/events`;
    const refused = await postSigned(url, TEST_SECRETS.signingSecret, 'null', 'application/json');
    expect(refused.status).toBe(400);
    const fields = buildCommandFields('/sources', '', fake.responseUrl('after-null'), 1);
    const answered = await postSlashCommand(url, TEST_SECRETS.signingSecret, fields);
    expect(answered.status).toBe(200);
    started.child.kill('SIGTERM');
    const code = await started.exited;
    expect(code).toBe(0);
    expect(started.stderr()).toBe('');
    const records = parseLines(started.stdout());
    expect(records.filter((record) => record['level'] === 'warn')).toEqual([
      TAGGED_WARNING,
      { level: 'warn', msg: 'request refused', status: 400, reason: 'body is not a JSON object' },
    ]);
    expect(records.at(-1)).toEqual({ level: 'info', msg: 'Verbatim stopped' });
  }, 120_000);
});
