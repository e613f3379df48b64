/** Remembers recent deliveries so a retried or repeated one is answered once. */
export type DeliveryDedupe = {
  /** True when the key was seen before; otherwise remembers it and returns false. */
  readonly isRepeat: (key: string) => boolean;
};

/** How many recent deliveries are remembered: Slack retries within minutes, so this is plenty. */
export const DEDUPE_CAPACITY = 2000;

/**
 * A bounded in-memory record of delivery keys (a message's `channel:ts`, which a retry and a
 * second event type for the same message share). The oldest key is forgotten first. Not kept
 * across restarts: a delivery retried after a restart may be answered again.
 */
export function createDeliveryDedupe(capacity: number = DEDUPE_CAPACITY): DeliveryDedupe {
  if (capacity < 1) throw new RangeError(`Cannot remember ${capacity} deliveries`);
  const seen = new Set<string>();
  return {
    isRepeat(key) {
      if (seen.has(key)) return true;
      seen.add(key);
      if (seen.size > capacity) {
        const oldest = seen.values().next();
        if (oldest.done !== true) seen.delete(oldest.value);
      }
      return false;
    },
  };
}
