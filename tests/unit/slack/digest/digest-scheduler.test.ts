import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeliveryOutcome } from '../../../../src/slack/digest/deliver-digest.js';
import { localDateAt } from '../../../../src/slack/digest/digest-schedule.js';
import { createDigestScheduler, type DigestScheduler } from '../../../../src/slack/digest/digest-scheduler.js';

const ZONE = 'Europe/London';
const HOUR = 3_600_000;

/**
 * Stands in for deliverDigest and the state file: `posted` survives a scheduler's restart, as the
 * file does, and a channel is posted at most once per local day.
 */
function createFakeDelivery() {
  const posted = new Map<string, string>();
  const posts: string[] = [];
  const fake = {
    posts,
    failuresLeft: 0,
    busyLeft: 0,
    throwsLeft: 0,
    async deliver(channel: string): Promise<{ outcome: DeliveryOutcome }> {
      const today = localDateAt(Date.now(), ZONE);
      if (posted.get(channel) === today) return { outcome: 'already-done' };
      if (fake.throwsLeft > 0) {
        fake.throwsLeft--;
        throw new Error('disk full');
      }
      if (fake.failuresLeft > 0) {
        fake.failuresLeft--;
        return { outcome: 'failed' };
      }
      if (fake.busyLeft > 0) {
        fake.busyLeft--;
        return { outcome: 'busy' };
      }
      posted.set(channel, today);
      posts.push(`${channel} ${new Date(Date.now()).toISOString()}`);
      return { outcome: 'posted' };
    },
  };
  return fake;
}

let delivery: ReturnType<typeof createFakeDelivery>;
let lines: string[];
let running: DigestScheduler[];

beforeEach(() => {
  delivery = createFakeDelivery();
  lines = [];
  running = [];
});
afterEach(async () => {
  await Promise.all(running.map((scheduler) => scheduler.stop()));
  vi.useRealTimers();
});

/** Starts a scheduler at an instant, as a (re)started bot does. */
async function startAt(iso: string, options: { time?: string; channels?: string[] } = {}): Promise<DigestScheduler> {
  vi.useFakeTimers({ now: Date.parse(iso) });
  return startScheduler(options);
}

async function startScheduler(options: { time?: string; channels?: string[] } = {}): Promise<DigestScheduler> {
  const scheduler = createDigestScheduler({
    schedule: { time: options.time ?? '08:00', timeZone: ZONE },
    channels: options.channels ?? ['C1'],
    clock: () => Date.now(),
    deliver: (channel) => delivery.deliver(channel),
    logger: {
      info: (m) => lines.push(`info: ${m}`),
      warn: (m) => lines.push(`warn: ${m}`),
      error: (m) => lines.push(`error: ${m}`),
    },
  });
  running.push(scheduler);
  scheduler.start();
  await vi.advanceTimersByTimeAsync(0);
  return scheduler;
}

/** Stops a scheduler and starts another at the current fake instant plus `gapMs`. */
async function restartAfter(scheduler: DigestScheduler, gapMs: number): Promise<DigestScheduler> {
  await scheduler.stop();
  vi.setSystemTime(Date.now() + gapMs);
  return startScheduler();
}

describe('createDigestScheduler', () => {
  it('posts once a day at the digest time', async () => {
    await startAt('2024-01-15T07:00:00Z');
    expect(delivery.posts).toEqual([]);
    await vi.advanceTimersByTimeAsync(3 * 24 * HOUR);
    expect(delivery.posts).toEqual([
      'C1 2024-01-15T08:00:00.000Z',
      'C1 2024-01-16T08:00:00.000Z',
      'C1 2024-01-17T08:00:00.000Z',
    ]);
  });

  it('posts at the time after a restart before it', async () => {
    const first = await startAt('2024-01-15T07:00:00Z');
    await vi.advanceTimersByTimeAsync(HOUR / 2);
    await restartAfter(first, HOUR / 4);
    await vi.advanceTimersByTimeAsync(25 * HOUR);
    expect(delivery.posts).toEqual(['C1 2024-01-15T08:00:00.000Z', 'C1 2024-01-16T08:00:00.000Z']);
  });

  it('does not repeat the digest after a restart at the time or after it', async () => {
    const first = await startAt('2024-01-15T07:59:00Z');
    await vi.advanceTimersByTimeAsync(60_000);
    const second = await restartAfter(first, 500);
    const third = await restartAfter(second, 4 * HOUR);
    await vi.advanceTimersByTimeAsync(12 * HOUR);
    expect(delivery.posts).toEqual(['C1 2024-01-15T08:00:00.000Z']);
    await third.stop();
  });

  it('posts a digest missed while the bot was down, once, when it comes back the same day', async () => {
    await startAt('2024-01-15T10:30:00Z');
    await vi.advanceTimersByTimeAsync(12 * HOUR);
    expect(delivery.posts).toEqual(['C1 2024-01-15T10:30:00.000Z']);
  });

  it('does not post yesterday’s missed digest the next morning before the time', async () => {
    await startAt('2024-01-16T06:00:00Z');
    expect(delivery.posts).toEqual([]);
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(delivery.posts).toEqual(['C1 2024-01-16T08:00:00.000Z']);
  });

  it('posts to each channel in order', async () => {
    await startAt('2024-01-15T07:00:00Z', { channels: ['C1', 'C2'] });
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(delivery.posts).toEqual(['C1 2024-01-15T08:00:00.000Z', 'C2 2024-01-15T08:00:00.000Z']);
  });

  it('tries a failed channel again 15 minutes later, the others staying posted', async () => {
    delivery.failuresLeft = 1;
    await startAt('2024-01-15T07:00:00Z', { channels: ['C1', 'C2'] });
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(delivery.posts).toEqual(['C2 2024-01-15T08:00:00.000Z', 'C1 2024-01-15T08:15:00.000Z']);
  });

  it('checks a channel busy in another process again 15 minutes later, logging nothing', async () => {
    delivery.busyLeft = 1;
    await startAt('2024-01-15T08:00:00Z');
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(delivery.posts).toEqual(['C1 2024-01-15T08:15:00.000Z']);
    expect(lines).toEqual([]);
  });

  it('does not deliver again when the clock jumps back a day after the digest, nor when it is corrected', async () => {
    await startAt('2024-01-15T08:00:00Z');
    expect(delivery.posts).toEqual(['C1 2024-01-15T08:00:00.000Z']);
    vi.setSystemTime(Date.parse('2024-01-14T10:00:00Z'));
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    vi.setSystemTime(Date.parse('2024-01-15T12:00:00Z'));
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(delivery.posts).toEqual(['C1 2024-01-15T08:00:00.000Z']);
  });

  it('logs a delivery that throws and tries again later', async () => {
    delivery.throwsLeft = 1;
    await startAt('2024-01-15T08:00:00Z');
    expect(lines).toEqual(['error: Cannot deliver the digest to channel "C1": Error: disk full']);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(delivery.posts).toEqual(['C1 2024-01-15T08:15:00.000Z']);
  });

  it('posts once on the day a time of day happens twice (daylight saving ends)', async () => {
    await startAt('2024-10-26T23:00:00Z', { time: '01:30' });
    await vi.advanceTimersByTimeAsync(36 * HOUR);
    expect(delivery.posts).toEqual(['C1 2024-10-27T00:30:00.000Z', 'C1 2024-10-28T01:30:00.000Z']);
  });

  it('posts after the gap on the day a time of day does not exist (daylight saving starts)', async () => {
    await startAt('2024-03-31T00:00:00Z', { time: '01:30' });
    await vi.advanceTimersByTimeAsync(36 * HOUR);
    expect(delivery.posts).toEqual(['C1 2024-03-31T01:00:00.000Z', 'C1 2024-04-01T00:30:00.000Z']);
  });

  it('lets a delivery under way finish before stop() resolves', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const deliver = delivery.deliver;
    delivery.deliver = async (channel) => {
      await slow;
      return deliver(channel);
    };
    const scheduler = await startAt('2024-01-15T08:00:00Z');
    let isStopped = false;
    const stopping = scheduler.stop().then(() => {
      isStopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(isStopped).toBe(false);
    release();
    await stopping;
    expect(delivery.posts).toEqual(['C1 2024-01-15T08:00:00.000Z']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('posts nothing once stopped', async () => {
    const scheduler = await startAt('2024-01-15T07:00:00Z');
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(48 * HOUR);
    expect(delivery.posts).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
