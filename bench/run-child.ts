// Runs a benchmark script in a child Node process (with tsx, as `npm start` runs the bot) and
// parses the JSON line it prints last.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Node flags for a child that may hold the full corpus: V8's default heap limit (about 4 GB here) is too small for it. */
export const LARGE_HEAP = ['--max-old-space-size=8192'];

/** Runs bench/<script> with the arguments; returns its last stdout line parsed as JSON. */
export function runChild<T>(script: string, args: readonly string[], nodeArgs: readonly string[] = []): T {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const result = spawnSync(process.execPath, [...nodeArgs, '--import', 'tsx', path, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${String(result.status)}`);
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? 'null') as T;
}
