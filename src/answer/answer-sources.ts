import type { CorpusIndex } from '../index/corpus-index.js';
import type { SourcesAnswer } from './answer.js';

/**
 * `/sources`: every report with its metadata and size, and the corpus fingerprint; while the index
 * is stale (its corpus folder is gone), why, so the asker knows the reports listed are the last ones read.
 */
export function answerSources(index: CorpusIndex): SourcesAnswer {
  const sentenceCounts = new Map<string, number>();
  for (const sentence of index.sentences) {
    sentenceCounts.set(sentence.reportId, (sentenceCounts.get(sentence.reportId) ?? 0) + 1);
  }
  return {
    command: 'sources',
    kind: 'sources',
    fingerprint: index.fingerprint,
    ...(index.stale === undefined ? {} : { stale: index.stale.reason }),
    reports: index.reports.map((report) => ({
      file: report.file,
      title: report.title,
      date: report.date,
      outlet: report.outlet,
      url: report.url,
      bytes: report.bytes,
      sentences: sentenceCounts.get(report.id) ?? 0,
    })),
  };
}
