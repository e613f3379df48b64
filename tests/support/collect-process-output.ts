import type { ChildProcessWithoutNullStreams } from 'node:child_process';

/** How a child process ended, and everything it printed. */
export type ProcessOutput = { readonly code: number | null; readonly stdout: string; readonly stderr: string };

/** Collects a child process's stdout and stderr until it closes. */
export function collectProcessOutput(child: ChildProcessWithoutNullStreams): Promise<ProcessOutput> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}
