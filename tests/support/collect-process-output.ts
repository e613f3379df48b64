import type { ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';

/** How a child process ended, and everything it printed. */
export type ProcessOutput = { readonly code: number | null; readonly stdout: string; readonly stderr: string };

/** A child process's output so far, and its exit code once it has closed. */
export type WatchedOutput = {
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code once the process has ended and its output is closed. */
  readonly exited: Promise<number | null>;
};

/** A child process whose stdout and stderr are pipes. */
type PipedChild = Pick<ChildProcess, 'on'> & { readonly stdout: Readable; readonly stderr: Readable };

/** Collects a child process's stdout and stderr as they arrive. */
export function watchProcessOutput(child: PipedChild): WatchedOutput {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { stdout: () => stdout, stderr: () => stderr, exited };
}

/** Collects a child process's stdout and stderr until it closes. */
export async function collectProcessOutput(child: PipedChild): Promise<ProcessOutput> {
  const output = watchProcessOutput(child);
  const code = await output.exited;
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}
