import type { CorpusSettings } from '../corpus/corpus-settings.js';
import type { CorpusWarning } from '../corpus/read-corpus-files.js';
import type { Report } from '../corpus/report.js';
import { buildFingerprint, orderReports } from './build-corpus-index.js';
import type { CorpusIndex, CorpusStaleness } from './corpus-index.js';
import type { CorpusDelta } from './diff-corpus.js';

/** A report without its text and blocks: what the Slack edge needs to name, link and count it. */
export type ReportMetadata = Omit<Report, 'text' | 'blocks'>;

/**
 * What the main thread knows of the corpus the answer workers answer from, without holding its index
 * (docs/store.md, "How the bot uses it"): the fingerprint, the settings, the stale flag, the parse
 * warnings and each report's metadata, in report order (the index's). No text, sentence, figure,
 * quote or search index: the health check, the citation linker, the feedback fingerprint and the
 * watcher's diff need nothing else, and everything that reads text asks an answer worker.
 */
export type CorpusManifest = {
  readonly fingerprint: string;
  readonly settings: CorpusSettings;
  /** Set while the corpus folder is gone (`CorpusIndex.stale`). */
  readonly stale?: CorpusStaleness;
  readonly reports: readonly ReportMetadata[];
  /** The parse warnings of the load the index was built or saved from. */
  readonly warnings: readonly CorpusWarning[];
  /** The SQLite store the answer workers open (`CorpusIndex.store`); absent when the index is not stored. */
  readonly store?: string;
};

/** A report's metadata: every field but its text and blocks, in `Report`'s key order. */
export function toReportMetadata(report: ReportMetadata): ReportMetadata {
  const { id, file, title, date, outlet, url, bytes, hash } = report;
  return { id, file, title, date, outlet, url, bytes, hash };
}

/**
 * The manifest of an index, for a caller that holds one (tests, and answering in process): its
 * reports' metadata in index order, its fingerprint, settings, store and stale flag.
 */
export function toCorpusManifest(index: CorpusIndex, warnings: readonly CorpusWarning[] = []): CorpusManifest {
  return {
    fingerprint: index.fingerprint,
    settings: index.settings,
    ...(index.stale === undefined ? {} : { stale: index.stale }),
    reports: index.reports.map(toReportMetadata),
    warnings,
    ...(index.store === undefined ? {} : { store: index.store }),
  };
}

/**
 * The manifest after a delta, as `applyCorpusDelta` orders the index's reports (by id, code-unit
 * order) and fingerprints them: the reports removed or upserted leave, the upserted ones come in
 * with their new metadata. The store named stays: a folder's store is one file that takes each
 * delta in place (docs/store.md, "Updates in place"); the settings, warnings and stale flag stay. Pure.
 */
export function applyManifestDelta(manifest: CorpusManifest, delta: CorpusDelta): CorpusManifest {
  const leaving = new Set([...delta.removedIds, ...delta.upserted.map((report) => report.id)]);
  const reports = orderReports([
    ...manifest.reports.filter((report) => !leaving.has(report.id)),
    ...delta.upserted.map(toReportMetadata),
  ]);
  return { ...manifest, reports, fingerprint: buildFingerprint(reports) };
}
