import type { PreparedCorpusDelta } from './prepare-corpus-delta.js';

/**
 * A prepared delta cut into deltas of at most `size` upserted reports each, the removals in the
 * first, so that applying them one after another (`applyCorpusDelta`) gives the same index as
 * applying the whole delta, each step leaving an index of a real state of the corpus folder (the
 * old reports and the first slices' new ones). An empty delta gives one empty slice. Pure.
 *
 * @throws {RangeError} when `size` is not a whole number of 1 or more.
 * @example
 * for (const slice of sliceCorpusDelta(prepared, 100)) index = applyCorpusDelta(index, slice);
 */
export function sliceCorpusDelta(delta: PreparedCorpusDelta, size: number): PreparedCorpusDelta[] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`Cannot slice the delta: size must be a whole number of 1 or more, got "${size}"`);
  }
  const slices: PreparedCorpusDelta[] = [{ upserted: delta.upserted.slice(0, size), removedIds: delta.removedIds }];
  for (let start = size; start < delta.upserted.length; start += size) {
    slices.push({ upserted: delta.upserted.slice(start, start + size), removedIds: [] });
  }
  return slices;
}
