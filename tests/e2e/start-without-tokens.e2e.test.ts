import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnMain } from '../support/spawn-main.js';

let dir: string | null = null;
afterEach(async () => {
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  dir = null;
});

/** Runs `src/main.ts` as `npm run dev` does, in an empty folder (no .env) with only the given variables. */
async function runMain(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-start-'));
  const main = spawnMain(dir, { PATH: process.env['PATH'] ?? '', HOME: dir, ...env });
  const code = await main.exited;
  const [stdout, stderr] = [main.stdout(), main.stderr()];
  return { code, stdout, stderr };
}

/** Each test starts tsx on main.ts: seconds on a loaded 2-core machine, so more than the e2e default. */
const PROCESS_TEST_TIMEOUT_MS = 120_000;

describe('npm start without Slack tokens', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('exits 1 naming every missing variable, where to read more, and that ask works offline', async () => {
    const { code, stdout, stderr } = await runMain({});
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('SLACK_BOT_TOKEN: missing');
    expect(stderr).toContain('SLACK_SIGNING_SECRET: missing');
    expect(stderr).toContain('docs/slack.md');
    expect(stderr).toContain('npm run ask');
  });

  it('never prints a secret it was given', async () => {
    const { code, stderr } = await runMain({
      SLACK_BOT_TOKEN: 'xoxp-TOPSECRET-1',
      SLACK_APP_TOKEN: 'xoxb-TOPSECRET-2',
      SLACK_SIGNING_SECRET: 'TOPSECRET-3',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN: must be a bot token starting with "xoxb-"');
    expect(stderr).not.toContain('TOPSECRET');
  });
});
