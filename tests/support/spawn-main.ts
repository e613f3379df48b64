import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { watchProcessOutput } from './collect-process-output.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// tsx's loader (its package's main export), given to this Node by URL: one process, so a signal or
// a kill reaches the bot itself (the `tsx` command runs the script in a child it would orphan).
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
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
 * Starts `src/main.ts` as `npm run dev` does (through tsx's loader, in one process), in `cwd` with
 * exactly `env` (no .env file is read from the repo), collecting its stdout and stderr. The caller
 * ends it.
 */
export function spawnMain(cwd: string, env: Readonly<Record<string, string>>): MainProcess {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { child, ...watchProcessOutput(child) };
}
