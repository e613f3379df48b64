import type { DeliveryOutcome } from './deliver-digest.js';
import { type DigestSchedule, localDateAt, nextDigestAt } from './digest-schedule.js';
import type { DigestLogger } from './post-digest.js';

export type DigestSchedulerOptions = {
  readonly schedule: DigestSchedule;
  readonly channels: readonly string[];
  /** Epoch milliseconds; injected so tests control time. */
  readonly clock: () => number;
  /** Delivers today's digest to one channel at most once (`deliverDigest` bound to its deps). */
  readonly deliver: (channel: string) => Promise<{ readonly outcome: DeliveryOutcome }>;
  readonly logger: DigestLogger;
  /** After a failed delivery, try again this much later the same day; 15 minutes by default. */
  readonly retryLaterMs?: number;
  /** The longest single wait, so a suspended host or a clock change is noticed; 1 hour by default. */
  readonly maxWaitMs?: number;
  /** The timer it waits with; the global `setTimeout` by default, a manual one in end-to-end tests. */
  readonly timer?: DigestTimer;
};

/** A one-shot timer: `set` schedules `run` after `ms` and returns a handle that `clear` cancels. */
export type DigestTimer = {
  readonly set: (run: () => void, ms: number) => unknown;
  readonly clear: (handle: unknown) => void;
};

const GLOBAL_TIMER: DigestTimer = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The one timer that posts the daily digests. */
export type DigestScheduler = {
  /** Checks at once (posting a digest missed earlier today), then waits for the next digest time. */
  start(): void;
  /** Clears the timer and resolves once a delivery under way has finished. */
  stop(): Promise<void>;
};

/**
 * Creates the digest scheduler. It owns a single `setTimeout`. Whenever it wakes on or after
 * today's digest time, it delivers to each channel not yet handled today, in order; a channel
 * whose delivery failed is tried again `retryLaterMs` later, until the day ends. Whether a day is
 * handled is read from the state file by `deliver`, so restarts neither skip nor repeat a digest.
 *
 * @example
 * const scheduler = createDigestScheduler({ schedule, channels, clock: Date.now, deliver, logger });
 * scheduler.start();
 * process.on('SIGTERM', () => void scheduler.stop());
 */
export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const retryLaterMs = options.retryLaterMs ?? 15 * 60_000;
  const maxWaitMs = options.maxWaitMs ?? 60 * 60_000;
  const timers = options.timer ?? GLOBAL_TIMER;
  /** Channel → the local date it was last handled, so a handled channel is not re-read every wake. */
  const handled = new Map<string, string>();
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let isStopped = false;

  async function wake(): Promise<void> {
    timer = null;
    let hasFailed = false;
    const now = options.clock();
    const today = localDateAt(now, options.schedule.timeZone);
    // Rule 1: once the next digest time falls on a later day, today's time has come (or passed while the bot was down).
    const isDue = localDateAt(nextDigestAt(now, options.schedule), options.schedule.timeZone) !== today;
    if (isDue) {
      for (const channel of options.channels) {
        if (isStopped) return;
        if ((handled.get(channel) ?? '') >= today) continue;
        const outcome = await deliverSafely(channel);
        // A busy channel (another process holds its lease) is checked again later, like a failed one.
        if (outcome === 'failed' || outcome === 'busy') hasFailed = true;
        else handled.set(channel, today);
      }
    }
    if (isStopped) return;
    const later = options.clock();
    let wait = Math.min(nextDigestAt(later, options.schedule) - later, maxWaitMs);
    // Rule 2: a failed channel is retried later the same day; the next day's digest covers it otherwise.
    if (hasFailed) wait = Math.min(wait, retryLaterMs);
    timer = timers.set(run, Math.max(0, wait));
  }

  async function deliverSafely(channel: string): Promise<DeliveryOutcome> {
    try {
      return (await options.deliver(channel)).outcome;
    } catch (error: unknown) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      options.logger.error(`Cannot deliver the digest to channel "${channel}": ${detail}`);
      return 'failed';
    }
  }

  function run(): void {
    running = wake()
      .catch((error: unknown) => {
        // A broken schedule (an invalid time zone slipped past config) stops the digest loudly, not silently.
        options.logger.error(`Cannot schedule the digest: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        running = null;
      });
  }

  return {
    start() {
      if (running !== null || timer !== null || isStopped) return;
      run();
    },
    async stop() {
      isStopped = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
      await running;
    },
  };
}
