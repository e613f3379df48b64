/** Above this many wanted items a full sort is simpler and no slower than keeping a sorted buffer. */
const MAX_BUFFERED = 256;

/**
 * The indexes `0 … count - 1` of the `k` smallest items under `compare`, in order. For a page of
 * results out of many hits it keeps a small sorted buffer instead of sorting every hit: O(count · log k)
 * comparisons when `k` is small. `compare` must be a total order, so the result never depends on
 * the input order.
 *
 * @example
 * selectTop(5, 2, (a, b) => [3, 1, 4, 1, 5][a] - [3, 1, 4, 1, 5][b] || a - b); // [1, 3]
 */
export function selectTop(count: number, k: number, compare: (a: number, b: number) => number): number[] {
  const wanted = Math.max(0, Math.min(k, count));
  if (wanted === 0) return [];
  if (wanted > MAX_BUFFERED || wanted === count) {
    const all = Array.from({ length: count }, (_, i) => i);
    return all.sort(compare).slice(0, wanted);
  }
  const top: number[] = [];
  for (let item = 0; item < count; item += 1) {
    const last = top.at(-1);
    if (top.length === wanted && last !== undefined && compare(item, last) >= 0) continue;
    top.splice(insertionPoint(top, item, compare), 0, item);
    if (top.length > wanted) top.pop();
  }
  return top;
}

function insertionPoint(sorted: readonly number[], item: number, compare: (a: number, b: number) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = sorted[middle];
    if (other !== undefined && compare(other, item) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
