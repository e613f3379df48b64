import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { parseReport } from '../../../src/corpus/parse-report.js';
import type { Report } from '../../../src/corpus/report.js';
import { applyCorpusDelta } from '../../../src/index/apply-corpus-delta.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { diffCorpus } from '../../../src/index/diff-corpus.js';
import { packCorpusIndex } from '../../../src/index/pack-corpus-index.js';
import { prepareCorpusDelta } from '../../../src/index/prepare-corpus-delta.js';
import { renderAnswerText } from '../../../src/render/text/render-answer-text.js';

const REPORTS_DIR = fileURLToPath(new URL('../../fixtures/reports', import.meta.url));

/** A question of every command, with words the fixtures hold, miss and misspell. */
const QUESTIONS = [
  '/reports North Korean troops',
  '/reports storm cranes berth',
  '/reports soldiers killed',
  '/reports Kursk marines',
  '/reports tropps',
  '/reports nothing-here-at-all',
  '/casualties',
  '/casualties killed',
  '/casualties North Korea',
  '/troops',
  '/troops Kursk',
  '/who-said Kallas',
  '/who-said Zelensky',
  '/who-said Ravi Osei',
  '/who-said divers need calm water',
  '/who-said the storm took',
  '/sources',
  '/verbatim help',
];

/** Every question answered, as the answer data and as the plain text sent: the whole output. */
function answersOf(index: CorpusIndex): unknown[] {
  return QUESTIONS.map((question) => {
    const answer = answerQuestion(parseQuestion(question), index);
    return { question, answer, text: renderAnswerText(answer) };
  });
}

/** What a build and an update must agree on: the pack without the search index's JSON (its term numbers differ by design). */
function factsOf(index: CorpusIndex): unknown {
  const { search: _search, ...packed } = packCorpusIndex(index);
  return packed;
}

/**
 * The search index as a set of postings, term → report id → field counts, and each sentence's terms
 * by name: everything that ranks, with the internal numbers (minisearch short ids, term numbers)
 * that legitimately differ taken out.
 */
function searchOf(index: CorpusIndex): unknown {
  const { search } = index;
  const json = search.documents.toJSON();
  const ids = new Map(Object.entries(json.documentIds).map(([short, id]) => [short, id]));
  const postings = Object.fromEntries(
    json.index
      .map(([term, fields]): [string, unknown] => [
        term,
        Object.fromEntries(
          Object.entries(fields)
            .map(([field, docs]): [string, unknown] => [
              field,
              Object.fromEntries(
                Object.entries(docs)
                  .map(([short, count]) => [ids.get(short), count])
                  .sort(([a], [b]) => String(a).localeCompare(String(b), 'en')),
              ),
            ])
            .sort(([a], [b]) => a.localeCompare(b, 'en')),
        ),
      ])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const terms = [...search.termIds.keys()];
  const termsOfSentence = search.sentences.map((sentence, at) => ({
    id: sentence.id,
    terms: [...search.sentenceTerms.subarray(search.termStarts[at], search.termEnds[at])]
      .map((termId) => terms[termId])
      .sort(),
  }));
  const frequency = Object.fromEntries(
    terms
      .map((term, termId) => [term, search.reportFrequency[termId] ?? 0] as const)
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return {
    documentCount: json.documentCount,
    dirtCount: json.dirtCount,
    averageFieldLength: json.averageFieldLength.map((length) => Number(length.toFixed(9))),
    fieldLength: Object.fromEntries(
      Object.entries(json.fieldLength).map(([short, lengths]) => [ids.get(short), lengths]),
    ),
    postings,
    termsOfSentence,
    frequency,
    vocabulary: [...search.vocabulary].sort(([a], [b]) => (a < b ? -1 : 1)),
    positionOfReport: [...search.positionOfReport],
    tieRank: [...search.tieRank],
    sentencesOfReport: search.sentencesOfReport,
  };
}

/** The index `before` updated to `after` in place, beside a full build of `after`. */
function updateAndBuild(before: readonly Report[], after: readonly Report[]) {
  const index = buildCorpusIndex(before);
  const updated = applyCorpusDelta(index, prepareCorpusDelta(diffCorpus(before, after), index.lexicon));
  return { updated, built: buildCorpusIndex(after) };
}

function expectSameIndex(updated: CorpusIndex, built: CorpusIndex): void {
  expect(factsOf(updated)).toEqual(factsOf(built));
  expect(searchOf(updated)).toEqual(searchOf(built));
  expect(answersOf(updated)).toEqual(answersOf(built));
}

/** A fixture report with its text changed: the same file and id, another hash. */
function rewrite(report: Report, text: string): Report {
  return parseReport(report.file, text, Buffer.byteLength(text), `changed-${report.hash}`);
}

const { reports } = await loadCorpus(REPORTS_DIR);
const byFile = (name: string): Report => {
  const found = reports.find((report) => report.file === name);
  if (found === undefined) throw new Error(`No fixture ${name}`);
  return found;
};

describe('applyCorpusDelta', () => {
  it('adds a report: the same index as a full build of the new corpus', () => {
    const added = byFile('search-troops.txt');
    const { updated, built } = updateAndBuild(
      reports.filter((report) => report !== added),
      reports,
    );
    expect(updated.reports.map(({ id }) => id)).toContain(added.id);
    expectSameIndex(updated, built);
  });

  it('changes a report: the same index as a full build of the new corpus', () => {
    const old = byFile('quote-split-and-continued.txt');
    const changed = rewrite(
      old,
      'Harbour master Ines Kallas spoke again on Friday.\n\n"The cranes are back," Kallas said. About 40 soldiers were wounded near Kursk, officials said.\n',
    );
    const { updated, built } = updateAndBuild(
      reports,
      reports.map((report) => (report === old ? changed : report)),
    );
    expect(updated.reportsById.get(old.id)?.text).toBe(changed.text);
    expectSameIndex(updated, built);
  });

  it('deletes a report: the same index as a full build of the new corpus', () => {
    const gone = byFile('figures-claims.txt');
    const { updated, built } = updateAndBuild(
      reports,
      reports.filter((report) => report !== gone),
    );
    expect(updated.reportsById.has(gone.id)).toBe(false);
    expectSameIndex(updated, built);
  });

  it('adds, changes and deletes at once, then again on the updated index: still the same as a full build', () => {
    const first = reports.filter((report) => report.file !== 'search-weather.txt');
    const second = [...first.filter((report) => report.file !== 'search-allies.txt'), byFile('search-weather.txt')].map(
      (report) =>
        report.file === 'search-strike.txt' ? rewrite(report, '# Strike\n\nA strike hit the depot.\n') : report,
    );
    const index = buildCorpusIndex(reports);
    const once = applyCorpusDelta(index, prepareCorpusDelta(diffCorpus(reports, first), index.lexicon));
    const twice = applyCorpusDelta(once, prepareCorpusDelta(diffCorpus(first, second), once.lexicon));
    expectSameIndex(twice, buildCorpusIndex(second));
  });

  it('ignores the removal of a report it never held, and an empty delta changes nothing', () => {
    const index = buildCorpusIndex(reports);
    const expected = buildCorpusIndex(reports);
    const updated = applyCorpusDelta(index, { upserted: [], removedIds: ['no-such-report'] });
    expectSameIndex(updated, expected);
  });
});

describe('diffCorpus', () => {
  it('lists the new and changed reports in id order, and the ids gone', () => {
    const [a, b, c] = reports as [Report, Report, Report];
    const changed = rewrite(b, 'Other text.\n');
    expect(diffCorpus([a, b, c], [c, changed])).toEqual({ upserted: [changed], removedIds: [a.id] });
    expect(diffCorpus([a, b], [b, a])).toEqual({ upserted: [], removedIds: [] });
  });
});
