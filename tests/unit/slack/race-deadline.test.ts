import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { raceDeadline } from '../../../src/slack/race-deadline.js';

describe('raceDeadline', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the value when the work finishes first', async () => {
    await expect(raceDeadline(Promise.resolve('answer'), 2000)).resolves.toEqual({ isReady: true, value: 'answer' });
  });

  it('returns the pending work when the deadline passes first', async () => {
    let finish = (_value: string) => {};
    const work = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const race = raceDeadline(work, 2000);
    await vi.advanceTimersByTimeAsync(2000);
    const result = await race;
    expect(result.isReady).toBe(false);
    finish('late answer');
    await expect(result.isReady ? null : result.pending).resolves.toBe('late answer');
  });

  it('throws the error of work that fails before the deadline', async () => {
    await expect(raceDeadline(Promise.reject(new Error('boom')), 2000)).rejects.toThrow('boom');
  });

  it('reports a failure after the deadline where the pending work is awaited, not as unhandled', async () => {
    let fail = (_error: Error) => {};
    const work = new Promise<string>((_resolve, reject) => {
      fail = reject;
    });
    const race = raceDeadline(work, 10);
    await vi.advanceTimersByTimeAsync(10);
    const result = await race;
    fail(new Error('late boom'));
    await vi.advanceTimersByTimeAsync(0);
    await expect(result.isReady ? null : result.pending).rejects.toThrow('late boom');
  });
});
