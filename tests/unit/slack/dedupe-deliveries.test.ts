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
});
