import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../../src/answer/answer.js';
import { type FigureSources, groupFigures } from '../../../src/answer/group-figures.js';
import type { Figure } from '../../../src/extract/figures/figure.js';
import { buildFigureReport, buildTestFigure } from '../../support/build-figure-report.js';
import { TEST_LEXICON } from '../../support/test-lexicon.js';

const A = buildFigureReport({
  id: 'a',
  date: '2024-12-20',
  title: 'Report A',
  paragraphs: [['Kirby said 1,000 soldiers were killed in one week.', 'Zelensky said over 3,000 were killed.']],
});
const B = buildFigureReport({
  id: 'b',
  date: '2024-12-22',
  title: 'Report B',
  paragraphs: [
    ['President Volodymyr Zelensky said over 3,000 were killed.', 'Thousands were killed, and 1,200 died a day.'],
  ],
});
const C = buildFigureReport({ id: 'c', date: null, paragraphs: [['Russia lost 600,000 soldiers.']] });
const SOURCES: FigureSources = {
  figures: [],
  lexicon: TEST_LEXICON,
  reportsById: new Map([A, B, C].map((built) => [built.report.id, built.report])),
  sentencesById: new Map([A, B, C].flatMap((built) => built.sentences.map((s) => [s.id, s]))),
};

const KIRBY = buildTestFigure(A, 0, '1,000', { value: 1000, claimant: 'Kirby', period: 'in one week' });
const ZELENSKY_A = buildTestFigure(A, 1, 'over 3,000', { value: 3000, bound: 'lower', claimant: 'Zelensky' });
// The same statement on the same day (the sentence of report B dates it December 20).
const ZELENSKY_B = buildTestFigure(B, 0, 'over 3,000', {
  value: 3000,
  bound: 'lower',
  claimant: 'President Volodymyr Zelensky',
  date: '2024-12-20',
  dateText: 'December 20',
});
const THOUSANDS = buildTestFigure(B, 1, 'Thousands', { bound: 'vague' });
const RATE = buildTestFigure(B, 1, '1,200', { value: 1200, period: 'a day', isRate: true });
const RUSSIAN = buildTestFigure(C, 0, '600,000', { value: 600000, subject: 'russian', category: 'killed_or_wounded' });

/** A row as [figure text, claimant, date, cited sentence id offsets, alsoIn files, reportCount]. */
function rowsOf(figures: readonly Figure[]) {
  const { primary, others } = groupFigures(figures, SOURCES);
  return [...primary, ...others].map((group) => ({
    group: `${group.subject}/${group.category}`,
    rows: group.rows.map((row) => [
      row.figure.text,
      row.figure.claimant,
      row.citation.file,
      row.alsoIn.map((excerpt: Excerpt) => excerpt.citation.file),
      row.reportCount,
    ]),
  }));
}

describe('groupFigures', () => {
  it('orders rows newest claim first, undated last, and groups one claim across reports', () => {
    const undated = buildTestFigure(C, 0, '600,000', { value: 600000, date: null });
    expect(rowsOf([KIRBY, ZELENSKY_A, ZELENSKY_B, undated])).toEqual([
      {
        group: 'north_korean/killed',
        rows: [
          ['1,000', 'Kirby', 'a.txt', [], 1],
          ['over 3,000', 'Zelensky', 'a.txt', ['b.txt'], 2],
          ['600,000', null, 'c.txt', [], 1],
        ],
      },
    ]);
  });

  it('breaks a date tie by report id, then by position', () => {
    const second = buildTestFigure(A, 1, 'over 3,000', { value: 3000, claimant: 'Someone' });
    expect(rowsOf([second, KIRBY])[0]?.rows.map((row) => row[0])).toEqual(['1,000', 'over 3,000']);
  });

  it('keeps a figure with a claimant and one without as two claims', () => {
    const unnamed = buildTestFigure(B, 0, 'over 3,000', { value: 3000, bound: 'lower' });
    expect(rowsOf([ZELENSKY_A, unnamed])[0]?.rows.map((row) => [row[0], row[1], row[4]])).toEqual([
      ['over 3,000', null, 1],
      ['over 3,000', 'Zelensky', 1],
    ]);
  });

  it('keeps unattributed figures apart when their source wordings differ, and joins them when one holds the other', () => {
    const reports = buildTestFigure(A, 1, 'over 3,000', { value: 3000, bound: 'lower', attribution: 'reports' });
    const sameDay = { value: 3000, bound: 'lower', date: '2024-12-20' } as const;
    const claims = buildTestFigure(B, 0, 'over 3,000', { ...sameDay, attribution: 'claims' });
    const recent = buildTestFigure(B, 0, 'over 3,000', { ...sameDay, attribution: 'recent reports' });
    expect(rowsOf([reports, claims])[0]?.rows.map((row) => [row[2], row[3]])).toEqual([
      ['a.txt', []],
      ['b.txt', []],
    ]);
    expect(rowsOf([reports, recent])[0]?.rows.map((row) => [row[2], row[3]])).toEqual([['a.txt', ['b.txt']]]);
  });

  it('keeps claims apart when the bound differs', () => {
    const exact = buildTestFigure(B, 0, '3,000', { value: 3000, claimant: 'Zelensky' });
    expect(rowsOf([ZELENSKY_A, exact])[0]?.rows.length).toBe(2);
  });

  it('gives the lowest and the highest total as the spread, leaving out vague figures, rates and period counts', () => {
    const total = buildTestFigure(C, 0, '600,000', { value: 600000, claimant: 'Someone', date: null });
    const { primary } = groupFigures([KIRBY, ZELENSKY_A, THOUSANDS, RATE, total], SOURCES);
    expect(primary[0]?.spread).toEqual({
      low: { text: 'over 3,000', claimant: 'Zelensky', attribution: null, period: null },
      high: { text: '600,000', claimant: 'Someone', attribution: null, period: null },
    });
    expect(primary[0]?.rows.map((row) => row.figure.text)).toEqual([
      'Thousands',
      '1,200',
      '1,000',
      'over 3,000',
      '600,000',
    ]);
  });

  it('sets no total against a period count: 1,000 in one week and over 3,000 are no spread', () => {
    expect(groupFigures([KIRBY, ZELENSKY_A], SOURCES).primary[0]?.spread).toBeNull();
  });

  it('gives no spread when the figures agree', () => {
    expect(groupFigures([ZELENSKY_A, ZELENSKY_B], SOURCES).primary[0]?.spread).toBeNull();
  });

  it('puts North Korean groups in primary and other forces in others, in category order', () => {
    const wounded = buildTestFigure(A, 0, '1,000', { value: 1000, category: 'wounded' });
    const { primary, others } = groupFigures([RUSSIAN, wounded, KIRBY], SOURCES);
    expect([primary.map((g) => `${g.subject}/${g.category}`), others.map((g) => `${g.subject}/${g.category}`)]).toEqual(
      [['north_korean/killed', 'north_korean/wounded'], ['russian/killed_or_wounded']],
    );
  });

  it('cites the sentence of the figure and marks the figure', () => {
    const row = groupFigures([ZELENSKY_A], SOURCES).primary[0]?.rows[0];
    const sentence = A.sentences[1];
    expect(row && { citation: row.citation, marks: row.marks }).toEqual({
      citation: {
        file: 'a.txt',
        start: sentence?.start,
        end: sentence?.end,
        sentence: 'Zelensky said over 3,000 were killed.',
        title: 'Report A',
        date: '2024-12-20',
        outlet: null,
      },
      marks: [{ start: 14, end: 24 }],
    });
  });

  it('never takes a part of a whole as a spread end', () => {
    const whole = buildFigureReport({
      id: 'w',
      date: '2024-12-01',
      paragraphs: [['North Korea sent 12,000 troops, including 500 officers.', 'Seoul said 10,000 troops were sent.']],
    });
    const sources = {
      ...SOURCES,
      reportsById: new Map([[whole.report.id, whole.report]]),
      sentencesById: new Map(whole.sentences.map((s) => [s.id, s])),
    };
    const figures = [
      buildTestFigure(whole, 0, '12,000', { value: 12000, category: 'deployed' }),
      buildTestFigure(whole, 0, '500', { value: 500, category: 'deployed', isPart: true }),
      buildTestFigure(whole, 1, '10,000', { value: 10000, category: 'deployed', claimant: 'Seoul' }),
    ];
    const [group] = groupFigures(figures, sources).primary;
    expect(group?.rows.map((row) => row.figure.text)).toEqual(['12,000', '500', '10,000']);
    expect([group?.spread?.low.text, group?.spread?.high.text]).toEqual(['10,000', '12,000']);
  });

  describe('comparable claims', () => {
    const S = buildFigureReport({
      id: 's',
      date: '2025-03-10',
      paragraphs: [
        [
          'Medics said 40 people were killed in Aleppo.',
          'Monitors said 55 people were killed in Aleppo.',
          'The army said 300 people were killed in Idlib.',
          'Monitors said 350 people were killed in Idlib.',
          'About 20 people were killed a day in Aleppo.',
          'Medics said 90 people were killed in Aleppo over the past week.',
          'Monitors said 60 civilians were killed in Aleppo.',
        ],
      ],
    });
    const T = buildFigureReport({
      id: 't',
      date: '2025-03-12',
      paragraphs: [['Medics said 40 people were killed in Aleppo.', 'Medics said forty people were killed in Aleppo.']],
    });
    const sources: FigureSources = {
      ...SOURCES,
      reportsById: new Map([S, T].map((built) => [built.report.id, built.report])),
      sentencesById: new Map([S, T].flatMap((built) => built.sentences.map((s) => [s.id, s]))),
    };
    const syrian = { subject: 'syrian', category: 'killed' } as const;
    /** A Syrian death toll in Aleppo claimed on 2025-03-10 (the date of report S). */
    const aleppoOn10March = (facts: Partial<Figure>) => ({ ...syrian, place: 'Aleppo', date: '2025-03-10', ...facts });
    const medicsAleppo = buildTestFigure(S, 0, '40', { ...syrian, value: 40, claimant: 'Medics', place: 'Aleppo' });
    const monitorsAleppo = buildTestFigure(S, 1, '55', { ...syrian, value: 55, claimant: 'Monitors', place: 'Aleppo' });
    const armyIdlib = buildTestFigure(S, 2, '300', { ...syrian, value: 300, claimant: 'The army', place: 'Idlib' });
    const monitorsIdlib = buildTestFigure(S, 3, '350', { ...syrian, value: 350, claimant: 'Monitors', place: 'Idlib' });
    const rate = buildTestFigure(S, 4, 'About 20', {
      ...syrian,
      value: 20,
      bound: 'approximate',
      period: 'a day',
      isRate: true,
      place: 'Aleppo',
    });
    const week = buildTestFigure(S, 5, '90', {
      ...syrian,
      value: 90,
      claimant: 'Medics',
      period: 'over the past week',
      place: 'Aleppo',
    });
    const civilians: Figure = {
      ...buildTestFigure(S, 6, '60', { ...syrian, value: 60, claimant: 'Monitors', place: 'Aleppo' }),
      ...{ population: 'civilian' },
    };

    /** Every group as its scope, its rows (figure, claimant, file, alsoIn files) and its spread. */
    function groupsOf(figures: readonly Figure[]) {
      const { primary, others } = groupFigures(figures, sources);
      return [...primary, ...others].map((group) => ({
        group: `${group.subject}/${group.category}/${group.population ?? '-'}/${group.place ?? '-'}`,
        rows: group.rows.map((row) => [
          row.figure.text,
          row.figure.claimant,
          row.citation.file,
          row.alsoIn.map((excerpt) => excerpt.citation.file),
        ]),
        spread: group.spread === null ? null : [group.spread.low.text, group.spread.high.text],
      }));
    }

    it('compares claims only within one place: two places are two groups, each with its own spread', () => {
      expect(groupsOf([medicsAleppo, monitorsAleppo, armyIdlib, monitorsIdlib])).toEqual([
        {
          group: 'syrian/killed/-/Aleppo',
          rows: [
            ['40', 'Medics', 's.txt', []],
            ['55', 'Monitors', 's.txt', []],
          ],
          spread: ['40', '55'],
        },
        {
          group: 'syrian/killed/-/Idlib',
          rows: [
            ['300', 'The army', 's.txt', []],
            ['350', 'Monitors', 's.txt', []],
          ],
          spread: ['300', '350'],
        },
      ]);
    });

    it('keeps a place that is not said apart from a said one', () => {
      const unplaced = buildTestFigure(S, 2, '300', { ...syrian, value: 300, claimant: 'The army' });
      expect(groupsOf([unplaced, medicsAleppo]).map((group) => [group.group, group.spread])).toEqual([
        ['syrian/killed/-/-', null],
        ['syrian/killed/-/Aleppo', null],
      ]);
    });

    it('reads the side’s own country as no place: Syrians killed in Syria are compared with Syrians killed', () => {
      const unplaced = buildTestFigure(S, 2, '300', { ...syrian, value: 300, claimant: 'The army' });
      const inSyria = buildTestFigure(S, 3, '350', { ...syrian, value: 350, claimant: 'Monitors', place: 'Syria' });
      expect(groupsOf([unplaced, inSyria])).toEqual([
        {
          group: 'syrian/killed/-/-',
          rows: [
            ['300', 'The army', 's.txt', []],
            ['350', 'Monitors', 's.txt', []],
          ],
          spread: ['300', '350'],
        },
      ]);
    });

    it('compares civilians only with civilians', () => {
      expect(groupsOf([medicsAleppo, civilians, monitorsAleppo])).toEqual([
        {
          group: 'syrian/killed/-/Aleppo',
          rows: [
            ['40', 'Medics', 's.txt', []],
            ['55', 'Monitors', 's.txt', []],
          ],
          spread: ['40', '55'],
        },
        { group: 'syrian/killed/civilian/Aleppo', rows: [['60', 'Monitors', 's.txt', []]], spread: null },
      ]);
    });

    it('lists a rate and a period count beside totals but never sets them against a total', () => {
      expect(groupsOf([medicsAleppo, rate, week])).toEqual([
        {
          group: 'syrian/killed/-/Aleppo',
          rows: [
            ['40', 'Medics', 's.txt', []],
            ['About 20', null, 's.txt', []],
            ['90', 'Medics', 's.txt', []],
          ],
          spread: null,
        },
      ]);
    });

    it('joins one statement across reports, and keeps another day or other wording apart', () => {
      const sameDay = buildTestFigure(T, 0, '40', aleppoOn10March({ value: 40, claimant: 'Medics' }));
      const otherDay = buildTestFigure(T, 0, '40', { ...syrian, value: 40, claimant: 'Medics', place: 'Aleppo' });
      const otherWords = buildTestFigure(T, 1, 'forty', aleppoOn10March({ value: 40, claimant: 'Medics' }));
      expect(groupsOf([medicsAleppo, sameDay])[0]?.rows).toEqual([['40', 'Medics', 's.txt', ['t.txt']]]);
      expect(groupsOf([medicsAleppo, otherDay])[0]?.rows).toEqual([
        ['40', 'Medics', 't.txt', []],
        ['40', 'Medics', 's.txt', []],
      ]);
      expect(groupsOf([medicsAleppo, otherWords])[0]?.rows).toEqual([
        ['40', 'Medics', 's.txt', []],
        ['forty', 'Medics', 't.txt', []],
      ]);
    });

    it('keeps another claimant of the same number apart', () => {
      const monitors40 = buildTestFigure(T, 0, '40', aleppoOn10March({ value: 40, claimant: 'Monitors' }));
      expect(groupsOf([medicsAleppo, monitors40])[0]?.rows).toEqual([
        ['40', 'Medics', 's.txt', []],
        ['40', 'Monitors', 't.txt', []],
      ]);
    });
  });

  it('returns no groups for no figures', () => {
    expect(groupFigures([], SOURCES)).toEqual({ primary: [], others: [] });
  });
});
