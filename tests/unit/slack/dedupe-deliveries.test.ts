import { describe, expect, it } from 'vitest';
import { createDeliveryDedupe } from '../../../src/slack/dedupe-deliveries.js';

describe('createDeliveryDedupe', () => {
  it('reports a key as repeated from its second delivery on', () => {
    const dedupe = createDeliveryDedupe();
    expect([dedupe.isRepeat('C1:1.0'), dedupe.isRepeat('C1:1.0'), dedupe.isRepeat('C1:2.0')]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('forgets the oldest key past its capacity', () => {
    const dedupe = createDeliveryDedupe(2);
    dedupe.isRepeat('a');
    dedupe.isRepeat('b');
    dedupe.isRepeat('c');
    expect([dedupe.isRepeat('b'), dedupe.isRepeat('c'), dedupe.isRepeat('a')]).toEqual([true, true, false]);
  });

  it('refuses a capacity below one', () => {
    expect(() => createDeliveryDedupe(0)).toThrow(RangeError);
  });

  it('with a window, counts a key as repeated only until the window has passed since it was remembered', () => {
    let now = 0;
    const dedupe = createDeliveryDedupe(10, { ms: 1000, clock: { now: () => now } });
    const seen = [dedupe.isRepeat('click')];
    now = 999;
    seen.push(dedupe.isRepeat('click'));
    now = 1000;
    seen.push(dedupe.isRepeat('click'));
    now = 1500;
    seen.push(dedupe.isRepeat('click'));
    expect(seen).toEqual([false, true, false, true]);
  });

  it('with a window, still holds at most its capacity of keys', () => {
    const dedupe = createDeliveryDedupe(2, { ms: 60_000, clock: { now: () => 0 } });
    dedupe.isRepeat('a');
    dedupe.isRepeat('b');
    dedupe.isRepeat('c');
    expect([dedupe.isRepeat('c'), dedupe.isRepeat('a')]).toEqual([true, false]);
  });
});
