import { format } from 'node:util';
import { describeError } from './error-boundary.js';
import type { JsonLogger } from './json-logger.js';

/** The parts of `process` the guards attach to; tests pass an `EventEmitter`. */
export type GuardedProcess = Pick<NodeJS.EventEmitter, 'on' | 'removeAllListeners'>;

/** The console methods a library may print with; each is replaced by a JSON line at its level. */
export type GuardedConsole = Pick<Console, 'debug' | 'info' | 'log' | 'warn' | 'error'>;

const CONSOLE_LEVELS = [
  ['debug', 'debug'],
  ['info', 'info'],
  ['log', 'info'],
  ['warn', 'warn'],
  ['error', 'error'],
] as const;

/**
 * Makes the process's own reports JSON log lines, and decides what a stray error does:
 *
 * - `warning` (anything passed to `process.emitWarning`, by Node or a library): one `warn` line.
 *   Node's default listener, which prints the warning to stderr as text, is removed.
 * - `unhandledRejection`: one `error` line, and the bot keeps serving. A rejected promise has
 *   already unwound; in Verbatim every request's work runs inside `withErrorReply` and Bolt's
 *   receiver handles each request in its own detached promise, so a rejection that escapes
 *   concerns one request (which goes unanswered). Exiting would drop every other request in
 *   flight and a digest being posted.
 * - `uncaughtException`: one `error` line, then `exit(1)`. A synchronous throw that reached the
 *   top of the stack may have left any state half-changed, and Node advises against resuming:
 *   run the bot under a supervisor (systemd, Docker's restart policy, Kubernetes) that restarts it.
 * - `console.*` (when `console` is given): a library that prints with the console (the Web API
 *   client's default logger does, for a client built without Verbatim's logger) writes one JSON
 *   line with `source: "console"` instead. A last line of defence: Verbatim's own code logs
 *   through the logger.
 */
export function installProcessGuards(
  target: GuardedProcess,
  options: { readonly logger: JsonLogger; readonly exit: (code: number) => void; readonly console?: GuardedConsole },
): void {
  const { logger, exit } = options;
  const output = options.console;
  if (output !== undefined) {
    for (const [method, level] of CONSOLE_LEVELS) {
      output[method] = (...parts: unknown[]) => logger.write({ level, msg: format(...parts), source: 'console' });
    }
  }
  target.removeAllListeners('warning');
  target.on('warning', (warning: Error & { readonly code?: string }) => {
    logger.write({
      level: 'warn',
      msg: 'process warning',
      warning: {
        name: warning.name,
        message: warning.message,
        ...(warning.code === undefined ? {} : { code: warning.code }),
      },
    });
  });
  target.on('unhandledRejection', (reason: unknown) => {
    logger.write({ level: 'error', msg: 'unhandled rejection, still serving', error: describeError(reason) });
  });
  target.on('uncaughtException', (error: unknown) => {
    logger.write({ level: 'error', msg: 'uncaught exception, exiting', error: describeError(error) });
    exit(1);
  });
}
