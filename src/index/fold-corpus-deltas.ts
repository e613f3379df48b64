import type { PreparedCorpusDelta, PreparedReport } from './prepare-corpus-delta.js';

/**
 * The one delta that does what `deltas` do applied one after another: for each report id, the
 * last delta that touches it decides (upserted as that delta prepared it, or removed). Applying
 * the result (`applyCorpusDelta`) gives the index that applying each in turn gives, since an
 * update in place equals a build of the reports it leaves (tests/unit/index/apply-corpus-delta.test.ts);
 * the store's delta log is read back this way, with one derivation of the speakers and quote
 * catalog instead of one per delta. Pure; upserted reports come in id order, removed ids in
 * code-unit order.
 *
 * @example
 * const index = applyCorpusDelta(base, foldCorpusDeltas(store.readDeltas()));
 */
export function foldCorpusDeltas(deltas: readonly PreparedCorpusDelta[]): PreparedCorpusDelta {
  const last = new Map<string, PreparedReport | null>();
  for (const delta of deltas) {
    for (const id of delta.removedIds) last.set(id, null);
    for (const prepared of delta.upserted) last.set(prepared.report.id, prepared);
  }
  const ids = [...last.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const upserted: PreparedReport[] = [];
  const removedIds: string[] = [];
  for (const id of ids) {
    const prepared = last.get(id);
    if (prepared === null || prepared === undefined) removedIds.push(id);
    else upserted.push(prepared);
  }
  return { upserted, removedIds };
}
