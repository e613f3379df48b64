/** Counts are written the way an English-language newsroom writes them: "112,733". The locale is named, never the machine's. */
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * A count with its noun, in fixed template text: `formatCount(1, 'report')` is "1 report",
 * `formatCount(112733, 'sentence')` is "112,733 sentences". `plural` is for nouns that do not
 * take an "s". Deterministic: the locale is `en-US` whatever the machine's is.
 */
export function formatCount(count: number, noun: string, plural = `${noun}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? noun : plural}`;
}

/** A bare count with thousands separators ("112,733"), for where the noun is written apart (`*112,733* sentences`). */
export function formatNumber(count: number): string {
  return COUNT.format(count);
}
