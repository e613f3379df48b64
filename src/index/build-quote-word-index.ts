import { isNearQuoteWord, nearQuoteWordKeys } from '../extract/quotes/match-quote-phrase.js';

/** Bits of a near-word key's hash kept in `QuoteWordIndex.nearKeys`; the other 27 bits of a double's 53 hold the word number. */
const HASH_BITS = 26;
const WORD_SPACE = 2 ** (53 - HASH_BITS);

/**
 * The normalised words of the direct quotes and the quote groups that hold each, held in a few
 * flat arrays instead of a map of arrays (docs/benchmarks.md, "Memory of the index"): at full scale
 * the map of arrays and its near-word keys held about 280 MB, this holds a fraction.
 *
 * - `words`: the words in code-unit order; `wordIds` gives a word's number.
 * - word `i`'s groups are `groups.subarray(starts[i], starts[i + 1])`, ascending.
 * - `nearKeys`: one number per `nearQuoteWordKeys` key of each word, `hash × 2^27 + word number`,
 *   ascending. A hash may be shared by two keys; that only adds candidates, which
 *   `findNearQuoteWords` checks with `isNearQuoteWord` as it would check those of a shared key.
 */
export type QuoteWordIndex = {
  readonly words: readonly string[];
  readonly wordIds: ReadonlyMap<string, number>;
  readonly starts: Uint32Array;
  readonly groups: Uint32Array;
  readonly nearKeys: Float64Array;
};

/**
 * Indexes words given with the groups that hold them (each list ascending, as the catalog builds
 * them). Pure: the same words and groups give the same index whatever the order of the entries.
 *
 * @throws {RangeError} when there are more words than a near key can number (2^27).
 */
export function buildQuoteWordIndex(entries: Iterable<readonly [string, readonly number[]]>): QuoteWordIndex {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length > WORD_SPACE)
    throw new RangeError(`Cannot index ${sorted.length} quote words: at most ${WORD_SPACE}`);
  const starts = new Uint32Array(sorted.length + 1);
  sorted.forEach(([, groups], i) => {
    starts[i + 1] = (starts[i] ?? 0) + groups.length;
  });
  const groups = new Uint32Array(starts[sorted.length] ?? 0);
  sorted.forEach(([, list], i) => {
    groups.set(list, starts[i]);
  });
  const words = sorted.map(([word]) => word);
  const near: number[] = [];
  words.forEach((word, i) => {
    for (const key of nearQuoteWordKeys(word)) near.push(hashKey(key) * WORD_SPACE + i);
  });
  return {
    words,
    wordIds: new Map(words.map((word, i) => [word, i])),
    starts,
    groups,
    nearKeys: new Float64Array(near).sort(),
  };
}

/** The groups that hold `word`, ascending (a view into the index: not to be written). Empty when none does. */
export function findQuoteWordGroups(index: QuoteWordIndex, word: string): Uint32Array {
  const id = index.wordIds.get(word);
  if (id === undefined) return new Uint32Array(0);
  return index.groups.subarray(index.starts[id], index.starts[id + 1]);
}

/**
 * The groups that hold every one of the words, ascending: each group of the word held by the
 * fewest is looked up in the others' lists by bisection. Empty when a word is not indexed.
 */
export function findGroupsWithEveryWord(index: QuoteWordIndex, words: readonly string[]): number[] {
  const [fewest, ...rest] = words.map((word) => findQuoteWordGroups(index, word)).sort((a, b) => a.length - b.length);
  if (!fewest) return [];
  return Array.from(fewest).filter((group) => rest.every((list) => list[lowerBound(list, group)] === group));
}

/**
 * The indexed words that count as `word` in a near match (`isNearQuoteWord`): those sharing a
 * near-word key with it, checked. In code-unit order.
 */
export function findNearQuoteWords(index: QuoteWordIndex, word: string): string[] {
  const ids = new Set<number>();
  for (const key of nearQuoteWordKeys(word)) {
    const low = hashKey(key) * WORD_SPACE;
    for (let at = lowerBound(index.nearKeys, low); at < index.nearKeys.length; at++) {
      const value = index.nearKeys[at] ?? 0;
      if (value >= low + WORD_SPACE) break;
      ids.add(value - low);
    }
  }
  return [...ids]
    .sort((a, b) => a - b)
    .map((id) => index.words[id] ?? '')
    .filter((candidate) => isNearQuoteWord(word, candidate));
}

/** The word index as the `[word, groups]` entries it was built from, in code-unit order of the words. */
export function listQuoteWordEntries(index: QuoteWordIndex): [string, number[]][] {
  return index.words.map((word, i) => [word, Array.from(index.groups.subarray(index.starts[i], index.starts[i + 1]))]);
}

/** FNV-1a over the UTF-16 code units, cut to `HASH_BITS` bits. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) >>> (32 - HASH_BITS);
}

/** The first position whose value is at least `value` in an ascending array. */
function lowerBound(values: Float64Array | Uint32Array, value: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
