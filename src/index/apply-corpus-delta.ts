import type { Report } from '../corpus/report.js';
import type { Figure } from '../extract/figures/figure.js';
import { buildSpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import type { Quote } from '../extract/quotes/quote.js';
import { updateSentenceIndex } from '../search/update-sentence-index.js';
import type { Sentence } from '../sentences/sentence.js';
import { assembleCorpusIndex } from './assemble-corpus-index.js';
import { buildFingerprint, orderReports } from './build-corpus-index.js';
import type { CorpusIndex } from './corpus-index.js';
import type { PreparedCorpusDelta, PreparedReport } from './prepare-corpus-delta.js';

/**
 * The index of the corpus after a delta, made from the index before it without a rebuild: the
 * reports, sentences, figures and quotes of the reports kept are reused as they are, those of the
 * upserted reports come prepared (`prepareCorpusDelta`), and the search index is updated in place
 * (`updateSentenceIndex`: only the upserted reports' sentences are analysed). The speaker directory,
 * the quote catalog and the look-up maps are derived again from the merged facts, as
 * `assembleCorpusIndex` derives them for a build. The result answers every question exactly as
 * `buildCorpusIndex` of the new reports does, and its reports, sentences, facts, speakers,
 * catalog and fingerprint are deep-equal to that build's (tests/unit/index/apply-corpus-delta.test.ts).
 *
 * A removed id the index does not hold is ignored (the report was never indexed); an upserted
 * report replaces the report of the same id. The corpus settings stay the index's: a change of
 * `verbatim.yml` changes every report's analysis, and needs a rebuild.
 *
 * Rule: it consumes `index` (its search documents change in place), so the caller swaps its
 * reference to the result in the same step and uses `index` no more.
 *
 * @example
 * const next = applyCorpusDelta(index, prepareCorpusDelta(diffCorpus(index.reports, loaded.reports), index.lexicon));
 */
export function applyCorpusDelta(index: CorpusIndex, delta: PreparedCorpusDelta): CorpusIndex {
  const upserted = new Map(delta.upserted.map((prepared) => [prepared.report.id, prepared]));
  const leaving = new Set([...delta.removedIds, ...upserted.keys()].filter((id) => index.reportsById.has(id)));
  const removed = [...leaving].map((id) => index.reportsById.get(id) as Report);
  const reports = orderReports([
    ...index.reports.filter((report) => !leaving.has(report.id)),
    ...delta.upserted.map(({ report }) => report),
  ]);
  const sentences = mergeByReport(reports, upserted, groupByReport(index.sentences), (own) => own.sentences);
  const figures = mergeByReport(reports, upserted, groupByReport(index.figures), (own) => own.figures);
  const quotes = mergeByReport(reports, upserted, groupByReport(index.quotes), (own) => own.quotes);
  const search = updateSentenceIndex(
    index.search,
    { reports, sentences },
    { removed, added: delta.upserted.map(({ report }) => report) },
  );
  return assembleCorpusIndex({
    reports,
    sentences,
    search,
    figures,
    quotes,
    speakers: buildSpeakerDirectory(quotes),
    fingerprint: buildFingerprint(reports),
    settings: index.settings,
    lexicon: index.lexicon,
  });
}

/** The items of every report, in report order: the prepared ones of an upserted report, else the ones it had. */
function mergeByReport<T>(
  reports: readonly Report[],
  upserted: ReadonlyMap<string, PreparedReport>,
  before: ReadonlyMap<string, readonly T[]>,
  pick: (prepared: PreparedReport) => readonly T[],
): T[] {
  const merged: T[] = [];
  for (const { id } of reports) {
    const prepared = upserted.get(id);
    for (const item of prepared === undefined ? (before.get(id) ?? []) : pick(prepared)) merged.push(item);
  }
  return merged;
}

/** Report id → its items, in the order given. */
function groupByReport<T extends Sentence | Figure | Quote>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.reportId);
    if (group) group.push(item);
    else groups.set(item.reportId, [item]);
  }
  return groups;
}
