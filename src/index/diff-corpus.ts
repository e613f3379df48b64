import type { Report } from '../corpus/report.js';

/** What changed between two reads of a corpus: the reports new or changed (as they are now), and the ids of those gone. */
export type CorpusDelta = {
  /** Reports that are new, or whose file or content hash changed; in id order. */
  readonly upserted: readonly Report[];
  /** Ids of the reports no longer in the corpus; in code-unit order. */
  readonly removedIds: readonly string[];
};

/**
 * The delta that turns the reports `before` into the reports `after`, by report id: a report is
 * upserted when its id is new or its file or content hash differs, and removed when its id is gone.
 * Pure; the same reports in any order give the same delta, and two equal sets give an empty one.
 *
 * @example
 * diffCorpus(index.reports, loaded.reports); // { upserted: [the new report], removedIds: ['old-report'] }
 */
export function diffCorpus(
  before: readonly Pick<Report, 'id' | 'file' | 'hash'>[],
  after: readonly Report[],
): CorpusDelta {
  const known = new Map(before.map((report) => [report.id, report]));
  const kept = new Set(after.map((report) => report.id));
  const upserted = after
    .filter((report) => {
      const old = known.get(report.id);
      return old === undefined || old.hash !== report.hash || old.file !== report.file;
    })
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  const removedIds = before
    .map((report) => report.id)
    .filter((id) => !kept.has(id))
    .sort(compareCodeUnits);
  return { upserted, removedIds };
}

/** Whether a delta changes nothing. */
export function isEmptyDelta(delta: CorpusDelta): boolean {
  return delta.upserted.length === 0 && delta.removedIds.length === 0;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
