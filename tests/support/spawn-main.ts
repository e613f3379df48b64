import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'src', 'main.ts');

/** `src/main.ts` running as a child process, with everything it has written so far. */
export type MainProcess = {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code once the process has ended and its output is closed. */
  readonly exited: Promise<number | null>;
};

/**
 * Starts `src/main.ts` as `npm start` does (through tsx), in `cwd` with exactly `env` (no .env
 * file is read from the repo), collecting its stdout and stderr. The caller ends it.
 */
export function spawnMain(cwd: string, env: Readonly<Record<string, string>>): MainProcess {
  const child = spawn(TSX, [MAIN], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
