import type { Clock } from './error-boundary.js';

/** Remembers recent deliveries so a retried or repeated one is answered once. */
export type DeliveryDedupe = {
  /** True when the key was seen before (within the window, if there is one); otherwise remembers it and returns false. */
  readonly isRepeat: (key: string) => boolean;
};

/** How long a key counts as a repeat, read on the given clock. */
export type DedupeWindow = { readonly ms: number; readonly clock: Clock };

/** How many recent deliveries are remembered: Slack retries within minutes, so this is plenty. */
export const DEDUPE_CAPACITY = 2000;

/**
 * A bounded in-memory record of delivery keys (a message's `channel:ts`, which a retry and a
 * second event type for the same message share; a button click's identity). The oldest key is
 * forgotten first, so memory stays within `capacity` keys. With a `window`, a key also stops
 * counting as a repeat once `window.ms` have passed since it was remembered. Not kept across
 * restarts: a delivery retried after a restart may be answered again.
 */
export function createDeliveryDedupe(
  capacity: number = DEDUPE_CAPACITY,
  window: DedupeWindow | null = null,
): DeliveryDedupe {
  if (capacity < 1) throw new RangeError(`Cannot remember ${capacity} deliveries`);
  // Key → when it was remembered. A Map iterates in insertion order, so the first key is the oldest.
  const seen = new Map<string, number>();
  return {
    isRepeat(key) {
      const now = window === null ? 0 : window.clock.now();
      const at = seen.get(key);
      if (at !== undefined && (window === null || now - at < window.ms)) return true;
      seen.delete(key);
      seen.set(key, now);
      if (seen.size > capacity) {
        const oldest = seen.keys().next();
        if (oldest.done !== true) seen.delete(oldest.value);
      }
      return false;
    },
  };
}
