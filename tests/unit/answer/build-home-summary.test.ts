import { describe, expect, it } from 'vitest';
import { buildHomeSummary } from '../../../src/answer/build-home-summary.js';
import type { Report } from '../../../src/corpus/report.js';
import type { Figure } from '../../../src/extract/figures/figure.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';

function makeReport(id: string, date: string | null, text: string): Report {
  return {
    id,
    file: `${id}.txt`,
    title: `Title ${id}`,
    date,
    outlet: 'Test Outlet',
    url: null,
    text,
    blocks: [{ kind: 'body', start: 0, end: text.length }],
    bytes: text.length,
    hash: id.repeat(4),
  };
}

const REPORTS = [
  makeReport('a', '2025-01-01', 'Officials said 100 soldiers were killed. Later 40 more were wounded.'),
  makeReport('b', '2025-02-01', 'The governor said 250 soldiers were killed. About 900 troops were deployed.'),
  makeReport('c', null, 'Some 1,200 casualties a day were reported.'),
];

/** A figure on the first occurrence of `text` in a report, in the sentence that holds it. */
function makeFigure(index: CorpusIndex, reportId: string, text: string, facts: Partial<Figure>): Figure {
  const report = index.reportsById.get(reportId);
  const start = report?.text.indexOf(text) ?? -1;
  const sentence = index.sentences.find((s) => s.reportId === reportId && s.start <= start && start < s.end);
  if (sentence === undefined) throw new Error(`No sentence holds "${text}"`);
  return {
    id: `${sentence.id}@${start}`,
    reportId,
    sentenceId: sentence.id,
    kind: 'casualties',
    start,
    end: start + text.length,
    text,
    value: Number(text.replace(/\D/g, '')),
    valueMax: null,
    qualifier: null,
    bound: 'exact',
    category: 'killed',
    subject: 'north_korean',
    claimant: 'officials',
    attribution: null,
    claimantContext: null,
    date: null,
    dateText: null,
    period: null,
    isRate: false,
    isPart: false,
    ...facts,
  };
}

function makeIndex(): CorpusIndex {
  const base = buildCorpusIndex(REPORTS);
  const figures = [
    makeFigure(base, 'a', '100', { date: '2025-01-01' }),
    makeFigure(base, 'b', '250', { date: '2025-02-01' }),
    makeFigure(base, 'a', '40', { category: 'wounded', claimant: null, date: '2025-01-01' }),
    makeFigure(base, 'b', '900', {
      kind: 'troops',
      category: 'deployed',
      claimant: 'the governor',
      date: '2025-02-01',
    }),
    makeFigure(base, 'c', '1,200', { category: 'killed_or_wounded', isRate: true }),
    makeFigure(base, 'b', '250', { subject: 'russian', claimant: 'the governor', date: '2025-02-01' }),
  ];
  return { ...base, figures };
}

describe('buildHomeSummary', () => {
  const summary = buildHomeSummary(makeIndex());

  it('lists the reports newest first, undated last, with the latest date', () => {
    expect(summary.reports.map((report) => [report.file, report.date])).toEqual([
      ['b.txt', '2025-02-01'],
      ['a.txt', '2025-01-01'],
      ['c.txt', null],
    ]);
    expect(summary.latestDate).toBe('2025-02-01');
    expect(summary.reportCount).toBe(3);
  });

  it("keeps each claimant's newest North Korean figure per category, leaving out rates", () => {
    expect(
      summary.categories.map((category) => ({
        kind: category.kind,
        category: category.category,
        claims: category.claims.map((claim) => [claim.figure.claimant, claim.figure.text, claim.citation.file]),
      })),
    ).toEqual([
      { kind: 'casualties', category: 'killed', claims: [['officials', '250', 'b.txt']] },
      { kind: 'casualties', category: 'wounded', claims: [[null, '40', 'a.txt']] },
      { kind: 'troops', category: 'deployed', claims: [['the governor', '900', 'b.txt']] },
    ]);
  });

  it('cites each claim with its sentence and marks the figure in it', () => {
    const claim = summary.categories[0]?.claims[0];
    expect(claim?.citation.sentence).toBe('The governor said 250 soldiers were killed.');
    expect(claim?.marks).toEqual([{ start: 18, end: 21 }]);
  });

  it('carries the fingerprint and the help entries', () => {
    expect(summary.fingerprint).toBe(makeIndex().fingerprint);
    expect(summary.help.length).toBeGreaterThan(0);
  });

  it('summarises the same index to the same summary', () => {
    expect(buildHomeSummary(makeIndex())).toEqual(summary);
  });

  it('leaves out a figure about another event, even when it is the newest claim', () => {
    const index = makeIndex();
    const outside = { isOutsideStory: true, outsideReason: 'names 2005, 20 years before the report' };
    const figures = index.figures.map((figure) =>
      figure.text === '250' && figure.subject === 'north_korean' ? { ...figure, ...outside } : figure,
    );
    const killed = buildHomeSummary({ ...index, figures }).categories.find(
      (category) => category.category === 'killed',
    );
    expect(killed?.claims.map((claim) => [claim.figure.claimant, claim.figure.text, claim.citation.file])).toEqual([
      ['officials', '100', 'a.txt'],
    ]);
  });

  it('lists only the reports that belong to the story, and counts the others', () => {
    const base = makeIndex();
    const extra = [
      makeReport('d', '2025-03-01', 'The harvest festival drew 5,000 visitors.'),
      makeReport('e', '2025-03-02', 'Shelling resumed near the Velling Pass overnight.'),
    ];
    const index = buildCorpusIndex([...REPORTS, ...extra]);
    const withWords = { ...index, figures: base.figures, lexicon: { ...index.lexicon, storyWords: /Velling Pass/u } };
    const home = buildHomeSummary(withWords);
    // b, a and c give figures about the followed side; e names a story word; d does neither.
    expect(home.reports.map((report) => report.file)).toEqual(['e.txt', 'b.txt', 'a.txt', 'c.txt']);
    expect(home.outsideReportCount).toBe(1);
    expect(home.latestDate).toBe('2025-03-02');
    expect(home.reportCount).toBe(5);
    // Without story words, only the followed side's figures place a report in the story.
    const figuresOnly = buildHomeSummary({
      ...index,
      figures: base.figures,
      lexicon: { ...index.lexicon, storyWords: null },
    });
    expect(figuresOnly.reports.map((report) => report.file)).toEqual(['b.txt', 'a.txt', 'c.txt']);
    expect(figuresOnly.outsideReportCount).toBe(2);
  });

  it('lists every report when the corpus defines no story (no followed side, no story words)', () => {
    const index = buildCorpusIndex(REPORTS);
    const home = buildHomeSummary({ ...index, figures: [], lexicon: { ...index.lexicon, storyWords: null } });
    expect(home.reports).toHaveLength(3);
    expect(home.outsideReportCount).toBe(0);
  });
});
