/**
 * The number of single-letter insertions, deletions, substitutions and swaps of two neighbouring
 * letters that turn `a` into `b` (optimal string alignment distance). Compares UTF-16 code units.
 * Stops early and returns `max + 1` once the distance must exceed `max`. Pure.
 *
 * @example
 * measureEditDistance('kirbi', 'kirby'); // 1
 */
export function measureEditDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // "One typo apart?" is the common question (names, phrase words): answered by comparing the two
  // strings around their first difference, without the table.
  if (max === 1) return isOneEditApart(a, b);
  // Three rows reused in turn (two rows back, the last one, this one): no array per row.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[b.length] as number, max + 1);
}

/** The distance capped at 2 (`max` 1): 0 for equal strings, 1 for one insertion, deletion, substitution or swap. */
function isOneEditApart(a: string, b: string): number {
  if (a === b) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let at = 0;
  while (at < short.length && short[at] === long[at]) at += 1;
  if (short.length < long.length) return short.slice(at) === long.slice(at + 1) ? 1 : 2;
  if (short.slice(at + 1) === long.slice(at + 1)) return 1;
  const isSwap = short[at] === long[at + 1] && short[at + 1] === long[at] && short.slice(at + 2) === long.slice(at + 2);
  return isSwap ? 1 : 2;
}
