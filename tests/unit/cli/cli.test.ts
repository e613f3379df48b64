import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Each test starts the CLI (through tsx, which compiles on the fly) once or twice: about 1 s on an
 * idle machine, several seconds each on a loaded 2-core one, so the default 5 s would fail there.
 */
const PROCESS_TEST_TIMEOUT_MS = 120_000;

/** The index cache of every run, unless a test names another (a clean checkout's ./data/cache is never written). */
let cacheDir = '';

function ask(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', CACHE_DIR: cacheDir, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ask', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  let corpus = '';

  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'verbatim-cli-cache-'));
    corpus = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));
    mkdirSync(join(corpus, 'nested'));
    writeFileSync(
      join(corpus, 'one.txt'),
      'Drones over the river\n\nThe drones crossed the river at night. Officials counted them in the morning.\n',
    );
    writeFileSync(join(corpus, 'nested', 'two.md'), 'Ferries on the lake\n\nThe ferries stopped running in winter.\n');
    writeFileSync(join(corpus, 'broken.txt'), Buffer.from([0x66, 0x00, 0x01, 0x02]));
  });

  afterAll(() => {
    rmSync(corpus, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('answers a slash command and exits 0', () => {
    const { code, stdout } = ask(['--corpus', corpus, '/sources']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2 reports · fingerprint [0-9a-f]{64}\n/);
  });

  it('warns once per skipped file on stderr and still answers from the rest, on a cold and a warm start', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'verbatim-cli-cache-'));
    try {
      const runs = [1, 2].map(() => ask(['--corpus', corpus, '/sources'], { CACHE_DIR: fresh }));
      expect(runs.map((run) => [run.code, run.stderr.trim().split('\n')])).toEqual([
        [0, [expect.stringMatching(/^warning: skipped "broken\.txt": /)]],
        [0, [expect.stringMatching(/^warning: skipped "broken\.txt": /)]],
      ]);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('keeps the index cache in --cache DIR over CACHE_DIR, one file per corpus folder', () => {
    const [flag, env] = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'verbatim-cli-cache-')));
    try {
      expect(ask(['--corpus', corpus, '--cache', flag ?? '', '/sources'], { CACHE_DIR: env ?? '' }).code).toBe(0);
      expect([readdirSync(flag ?? ''), readdirSync(env ?? '')]).toEqual([
        [expect.stringMatching(/^corpus-index-[0-9a-f]{16}\.cache$/)],
        [],
      ]);
    } finally {
      for (const folder of [flag, env]) rmSync(folder ?? '', { recursive: true, force: true });
    }
  });

  it('prints the answer object with --format json', () => {
    const { code, stdout } = ask(['--corpus', corpus, '--format', 'json', '/sources']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { command: string; kind: string; reports: { file: string }[] };
    expect([answer.command, answer.kind, answer.reports.map((r) => r.file)]).toEqual([
      'sources',
      'sources',
      ['nested/two.md', 'one.txt'],
    ]);
  });

  it('reads the corpus folder from CORPUS_DIR', () => {
    const { code, stdout } = ask(['/sources'], { CORPUS_DIR: corpus });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2 reports/);
  });

  it('gives byte-identical output for the same corpus and question', () => {
    const first = ask(['--corpus', corpus, '--format', 'json', 'which reports mention drones?']);
    const second = ask(['--corpus', corpus, '--format', 'json', 'which reports mention drones?']);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it.each([
    [['--corpus', 'x'], /^Say what to ask/],
    [['--format', 'xml', '/sources'], /^Cannot use format "xml": choose text or json/],
    [['--colour', '/sources'], /Unknown option '--colour'/],
  ])('exits 2 with a message for the usage error %j', (args, message) => {
    const { code, stdout, stderr } = ask(args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run ask --');
  });

  it('exits 2 with a clear message when the corpus folder does not exist', () => {
    const { code, stderr } = ask(['--corpus', join(corpus, 'missing'), '/sources']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Cannot read corpus folder ".*missing": /);
    expect(stderr).toContain('Pass --corpus DIR or set CORPUS_DIR');
  });
});
