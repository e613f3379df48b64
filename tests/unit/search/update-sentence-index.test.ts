import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import type { Report } from '../../../src/corpus/report.js';
import { buildSentenceIndex, searchSentences } from '../../../src/search/sentence-index.js';
import { updateSentenceIndex } from '../../../src/search/update-sentence-index.js';
import { splitSentences } from '../../../src/sentences/split-sentences.js';
import { buildTestReport } from '../../support/build-test-corpus.js';

const REPORTS_DIR = fileURLToPath(new URL('../../fixtures/reports', import.meta.url));
const { reports } = await loadCorpus(REPORTS_DIR);
const QUERIES = ['north korean troops', 'storm cranes', 'soldiers killed wounded', 'tropps', 'depot'];

function build(of: readonly Report[]) {
  const ordered = [...of].sort((a, b) => (a.id < b.id ? -1 : 1));
  const sentences = ordered.flatMap((report) => splitSentences(report));
  return { reports: ordered, sentences, index: buildSentenceIndex(ordered, sentences) };
}

describe('updateSentenceIndex', () => {
  it('searches, after taking reports out and putting others in, exactly as a build of the new reports', () => {
    const [first, second, ...rest] = reports as [Report, Report, ...Report[]];
    const before = build([first, ...rest.slice(1)]);
    const after = build([second, ...rest]);
    const updated = updateSentenceIndex(before.index, after, { removed: [first], added: [second, rest[0] as Report] });
    for (const query of QUERIES) {
      expect(searchSentences(updated, query)).toEqual(searchSentences(after.index, query));
    }
    expect(updated.documents.documentCount).toBe(after.index.documents.documentCount);
  });

  it('keeps a title word that no sentence holds from matching, in a report added and after it is taken out', () => {
    const quiet = buildTestReport('a', '# Quiet night\nThe depot burned.').report;
    const plain = buildTestReport('b', 'A quiet night fell.').report;
    const empty = build([plain]);
    const withQuiet = build([quiet, plain]);
    const added = updateSentenceIndex(empty.index, withQuiet, { removed: [], added: [quiet] });
    expect(searchSentences(added, 'quiet').hits.map((hit) => hit.reportId)).toEqual(['b']);
    expect(searchSentences(added, 'quiet depot')).toEqual(searchSentences(withQuiet.index, 'quiet depot'));
    const removed = updateSentenceIndex(added, build([plain]), { removed: [quiet], added: [] });
    expect(removed.titleOnlyTerms).toEqual(new Map());
  });

  it('refuses a report it does not hold, or one added twice, before changing anything', () => {
    const { index } = build(reports.slice(1));
    const corpus = build(reports);
    const [missing, held] = [reports[0] as Report, reports[1] as Report];
    expect(() => updateSentenceIndex(index, corpus, { removed: [missing], added: [] })).toThrow(RangeError);
    expect(() => updateSentenceIndex(index, corpus, { removed: [], added: [held] })).toThrow(RangeError);
    expect(searchSentences(index, 'storm cranes')).toEqual(
      searchSentences(build(reports.slice(1)).index, 'storm cranes'),
    );
  });
});
