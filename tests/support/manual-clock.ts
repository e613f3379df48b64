import { vi } from 'vitest';
import type { DigestTimer } from '../../src/slack/digest/digest-scheduler.js';

/** Time as the digest sees it, moved by the test: the clock, the scheduler's timer and the retry sleep. */
export type ManualClock = {
  /** Epoch milliseconds. */
  readonly now: () => number;
  /** For `startVerbatim`'s `digestTimer`: holds the scheduler's one pending wake-up. */
  readonly timer: DigestTimer;
  /** For `startVerbatim`'s `sleep`: records the wait, moves the clock by it, and resolves at once. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Every wait asked of `sleep`, in order. */
  readonly sleeps: number[];
  /** Moves the clock without waking anyone (the bot is down). */
  readonly set: (instant: number) => void;
  /**
   * Moves the clock; when the pending wake-up is due, runs it and resolves once the scheduler has
   * armed its next one, i.e. once everything that wake-up did (posting, recording) is finished.
   */
  readonly advanceTo: (instant: number) => Promise<void>;
  /** Resolves once the scheduler waits for a wake-up: its check at start (or after a wake-up) is done. */
  readonly settled: () => Promise<void>;
  /**
   * Sets the clock to `instant`, earlier or later, as a host clock that jumps does, then runs the
   * pending wake-up (a real timer fires after its wait whatever the clock says) and resolves once
   * the scheduler has armed its next one.
   */
  readonly jumpTo: (instant: number) => Promise<void>;
  /**
   * Holds the next `sleep` (a wait between post attempts) until `release` is called; `reached`
   * resolves once it is held, so a test can act while a delivery is between two attempts.
   */
  readonly pauseNextSleep: () => { readonly reached: Promise<void>; readonly release: () => void };
};

type Pending = { readonly id: number; readonly at: number; readonly run: () => void };

/** A manual clock starting at `start` (epoch milliseconds). */
export function createManualClock(start: number): ManualClock {
  let current = start;
  let pending: Pending | null = null;
  let nextId = 0;
  const sleeps: number[] = [];
  let pause: { readonly arrive: () => void; readonly held: Promise<void> } | null = null;
  const settled = () =>
    vi.waitFor(
      () => {
        if (pending === null) throw new Error('Waiting for the digest scheduler to arm its timer');
      },
      { timeout: 10_000, interval: 2 },
    );
  return {
    now: () => current,
    timer: {
      set: (run, ms) => {
        nextId += 1;
        pending = { id: nextId, at: current + ms, run };
        return nextId;
      },
      clear: (handle) => {
        if (pending?.id === handle) pending = null;
      },
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      current += ms;
      const held = pause;
      pause = null;
      if (held !== null) {
        held.arrive();
        await held.held;
      }
    },
    sleeps,
    set: (instant) => {
      current = instant;
    },
    advanceTo: async (instant) => {
      current = instant;
      const due: Pending | null = pending;
      if (due === null || due.at > instant) return;
      pending = null;
      due.run();
      await settled();
    },
    settled,
    pauseNextSleep: () => {
      let arrive = () => {};
      let release = () => {};
      const reached = new Promise<void>((done) => {
        arrive = done;
      });
      const held = new Promise<void>((done) => {
        release = done;
      });
      pause = { arrive, held };
      return { reached, release };
    },
    jumpTo: async (instant) => {
      current = instant;
      const due: Pending | null = pending;
      if (due === null) return;
      pending = null;
      due.run();
      await settled();
    },
  };
}
