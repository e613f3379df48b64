import type { Report } from '../corpus/report.js';
import type { Sentence } from '../sentences/sentence.js';
import { type AnalyzedTerm, analyzeText } from './analyze-text.js';
import { buildVocabulary, countSurfaces, type SurfaceCounts } from './build-vocabulary.js';
import { assembleIndex, buildIndexedDocument, groupSentences, type SentenceIndex } from './sentence-index.js';

/** The reports an update takes out (as the index holds them) and puts in (as they are now); a changed report is in both. */
export type SentenceIndexChange = {
  readonly removed: readonly Report[];
  readonly added: readonly Report[];
};

/**
 * The index of `reports` and `sentences` (the whole corpus after the change, reports in id order,
 * sentences in report order), made from `index` by taking out the documents of `change.removed`
 * (minisearch `remove`, which leaves no discarded postings behind) and adding those of
 * `change.added`; only the sentences of the reports added are analysed. Every search gives the
 * same hits, scores and marks as `buildSentenceIndex(reports, sentences)`; the term numbers
 * differ, and a term no report holds any more keeps its number with a report frequency of 0.
 *
 * Rule: it consumes `index`. Its minisearch documents are changed in place (rebuilding them is
 * what an update avoids), so only the index returned may be searched afterwards; the caller
 * swaps its reference in one step, and nothing is awaited in between.
 *
 * @throws {RangeError} when a removed report is not in `index`, or an added report already is
 *   and is not removed first.
 */
export function updateSentenceIndex(
  index: SentenceIndex,
  corpus: { readonly reports: readonly Report[]; readonly sentences: readonly Sentence[] },
  change: SentenceIndexChange,
): SentenceIndex {
  const { reports, sentences } = corpus;
  const { aliases, documents } = index;
  checkChange(index, change);
  // The spellings are counted in place: like the documents, they belong to the index returned.
  const surfaces = index.surfaces;
  const termIds = new Map(index.termIds);
  const frequency = Array.from(index.reportFrequency);
  const titleOnlyTerms = new Map(index.titleOnlyTerms);
  for (const report of change.removed) {
    titleOnlyTerms.delete(report.id);
    const own = sentencesOfOldReport(index, report.id).map((at) => index.sentences[at]?.text ?? '');
    if (own.length === 0) continue;
    const analysed = own.map((text) => analyzeText(text, aliases));
    documents.remove(buildDocument(report, analysed, aliases));
    for (const terms of analysed) uncountSurfaces(surfaces, terms);
    for (const term of new Set(analysed.flat().map(({ term }) => term))) {
      const termId = termIds.get(term) ?? -1;
      frequency[termId] = (frequency[termId] ?? 1) - 1;
    }
  }
  const sentencesOfReport = groupSentences(reports, sentences);
  const positionOf = new Map(reports.map((report, position) => [report.id, position]));
  const added = new Map<string, AnalyzedTerm[][]>();
  for (const report of change.added) {
    const own = (sentencesOfReport[positionOf.get(report.id) ?? -1] ?? []).map((at) => sentences[at]?.text ?? '');
    if (own.length === 0) continue;
    const analysed = own.map((text) => analyzeText(text, aliases));
    const document = buildDocument(report, analysed, aliases);
    documents.add(document);
    if (document.titleOnly.length > 0) titleOnlyTerms.set(report.id, document.titleOnly);
    added.set(report.id, analysed);
    for (const terms of analysed) countSurfaces(surfaces, terms);
    for (const term of new Set(analysed.flat().map(({ term }) => term))) {
      const termId = termIds.get(term) ?? termIds.size;
      termIds.set(term, termId);
      frequency[termId] = (frequency[termId] ?? 0) + 1;
    }
  }
  // The new sentences' term numbers first, then every sentence's run copied into one array.
  const addedTerms = new Map<number, Uint32Array>();
  let total = 0;
  sentencesOfReport.forEach((positions, position) => {
    const analysed = added.get(reports[position]?.id ?? '');
    const before = analysed === undefined ? sentencesOfOldReport(index, reports[position]?.id ?? '') : [];
    positions.forEach((at, ordinal) => {
      if (analysed === undefined) {
        const old = before[ordinal] ?? -1;
        total += (index.termEnds[old] ?? 0) - (index.termStarts[old] ?? 0);
        return;
      }
      const own = Uint32Array.from(new Set((analysed[ordinal] ?? []).map(({ term }) => termIds.get(term) ?? 0)));
      addedTerms.set(at, own);
      total += own.length;
    });
  });
  const sentenceTerms = new Uint32Array(total);
  const termStarts = new Uint32Array(sentences.length);
  const termEnds = new Uint32Array(sentences.length);
  let end = 0;
  sentencesOfReport.forEach((positions, position) => {
    const before = sentencesOfOldReport(index, reports[position]?.id ?? '');
    positions.forEach((at, ordinal) => {
      const old = before[ordinal] ?? -1;
      const own = addedTerms.get(at) ?? index.sentenceTerms.subarray(index.termStarts[old], index.termEnds[old]);
      termStarts[at] = end;
      sentenceTerms.set(own, end);
      end += own.length;
      termEnds[at] = end;
    });
  });
  return assembleIndex({
    aliases,
    reports,
    sentences,
    documents,
    vocabulary: buildVocabulary(surfaces),
    surfaces,
    sentencesOfReport,
    termIds,
    sentenceTerms,
    termStarts,
    termEnds,
    reportFrequency: Uint32Array.from(frequency, (count) => count ?? 0),
    titleOnlyTerms,
  });
}

/** Rule: everything is checked before the documents change, so a bad change leaves `index` whole. */
function checkChange(index: SentenceIndex, change: SentenceIndexChange): void {
  const removed = new Set<string>();
  for (const { id } of change.removed) {
    if (!index.positionOfReport.has(id))
      throw new RangeError(`Cannot update the index: it does not hold report "${id}"`);
    removed.add(id);
  }
  for (const { id } of change.added) {
    if (index.positionOfReport.has(id) && !removed.has(id)) {
      throw new RangeError(`Cannot update the index: report "${id}" is added without being removed first`);
    }
  }
}

/** A report's minisearch document, exactly as `buildSentenceIndex` adds it: the same terms, in the same order. */
function buildDocument(
  report: Report,
  analysed: readonly (readonly AnalyzedTerm[])[],
  aliases: SentenceIndex['aliases'],
) {
  return buildIndexedDocument(
    report,
    analysed.flatMap((terms) => terms.map(({ term }) => term)),
    aliases,
  );
}

/** The positions of a report's sentences in the old index, by ordinal; none for a report it does not hold. */
function sentencesOfOldReport(index: SentenceIndex, reportId: string): readonly number[] {
  return index.sentencesOfReport[index.positionOfReport.get(reportId) ?? -1] ?? [];
}

/** Takes a text's spellings back out of the counts, as `countSurfaces` put them in; a spelling counted down to 0 is dropped. */
function uncountSurfaces(counts: SurfaceCounts, terms: readonly AnalyzedTerm[]): void {
  for (const { term, surface } of terms) {
    const known = counts.get(surface);
    if (known === undefined || known.term !== term) continue;
    known.count -= 1;
    if (known.count === 0) counts.delete(surface);
  }
}
