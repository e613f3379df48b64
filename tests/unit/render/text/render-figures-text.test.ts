import { describe, expect, it } from 'vitest';
import type { Citation, FigureFacts, FigureRow, FiguresAnswer } from '../../../../src/answer/answer.js';
import { renderFiguresText } from '../../../../src/render/text/render-figures-text.js';

function citation(file: string, sentence: string, date: string | null): Citation {
  return { file, start: 10, end: 10 + sentence.length, sentence, title: `Title ${file}`, date, outlet: 'Outlet' };
}

function row(
  sentence: string,
  written: string,
  facts: Partial<FigureFacts>,
  extra: Partial<FigureRow> = {},
): FigureRow {
  const at = sentence.indexOf(written);
  return {
    citation: citation('a.txt', sentence, '2024-12-23'),
    marks: [{ start: at, end: at + written.length }],
    figure: {
      text: written,
      value: null,
      valueMax: null,
      qualifier: null,
      bound: 'exact',
      category: 'killed_or_wounded',
      subject: 'north_korean',
      claimant: null,
      attribution: null,
      claimantContext: null,
      date: null,
      dateText: null,
      period: null,
      isRate: false,
      ...facts,
    },
    alsoIn: [],
    reportCount: 1,
    ...extra,
  };
}

const ANSWER: FiguresAnswer = {
  command: 'casualties',
  kind: 'figures',
  filter: '',
  figureCount: 5,
  reportCount: 2,
  primary: [
    {
      category: 'killed_or_wounded',
      subject: 'north_korean',
      subjectLabel: 'North Korean',
      spread: {
        low: { text: '1,000', claimant: 'John Kirby', attribution: null, period: 'in one week' },
        high: { text: 'over 3,000', claimant: 'Volodymyr Zelensky', attribution: null, period: null },
      },
      rows: [
        row(
          'Zelensky said over 3,000 were killed or wounded.',
          'over 3,000',
          {
            value: 3000,
            bound: 'lower',
            qualifier: 'over',
            claimant: 'Volodymyr Zelensky',
            date: '2024-12-23',
            dateText: 'December 23',
          },
          {
            alsoIn: [
              {
                citation: citation('b.txt', 'Over 3,000 were killed or wounded.', null),
                marks: [{ start: 0, end: 10 }],
              },
            ],
            reportCount: 2,
          },
        ),
        row('Kirby said 1,000 were killed or wounded in one week.', '1,000', {
          value: 1000,
          claimant: 'John Kirby',
          date: '2024-12-20',
          period: 'in one week',
        }),
        row('Thousands were killed or wounded.', 'Thousands', { bound: 'vague' }),
      ],
    },
  ],
  others: [
    {
      category: 'killed_or_wounded',
      subject: 'russian',
      subjectLabel: 'Russian',
      spread: null,
      rows: [
        row('Russia loses about 1,200 soldiers a day.', 'about 1,200', {
          value: 1200,
          bound: 'approximate',
          subject: 'russian',
          claimant: 'estimates',
          date: '2024-12-23',
          period: 'a day',
          isRate: true,
        }),
      ],
    },
  ],
};

describe('renderFiguresText', () => {
  it('renders the header, sections, spread, rows, citations and other forces', () => {
    expect(renderFiguresText(ANSWER)).toBe(
      [
        '5 figures from 2 reports',
        'North Korean: 3 killed or wounded · Russian: 1 killed or wounded',
        '',
        'Claims at a glance',
        '  Killed or wounded · North Korean',
        '  Claims range from 1,000 (John Kirby, in one week) to over 3,000 (Volodymyr Zelensky)',
        '  • over 3,000 · Volodymyr\u00a0Zelensky · Mon 23 Dec 2024 (written “December 23”) · Title a.txt',
        '  • 1,000 in one week · John\u00a0Kirby · Fri 20 Dec 2024 (report date) · Title a.txt',
        '  • Thousands · claimant not stated · undated · Title a.txt',
        '  Killed or wounded · Russian',
        '  • about 1,200 a day · estimates · Mon 23 Dec 2024 (report date) · Title a.txt',
        '',
        'Excerpts',
        '',
        'North Korean — killed or wounded',
        '  killed or wounded: from 1,000 in one week (John Kirby) to over 3,000 (Volodymyr Zelensky)',
        '  1. over 3,000 · ≥ 3,000 · Volodymyr\u00a0Zelensky · Mon 23 Dec 2024 (written “December 23”)',
        '    “Zelensky said **over 3,000** were killed or wounded.”',
        '      — Title a.txt · Outlet · 2024-12-23 · a.txt:10-58',
        '    also in 1 other report:',
        '      Title b.txt · Outlet · undated · b.txt:10-44',
        '  2. 1,000 · 1,000 in one week · John\u00a0Kirby · Fri 20 Dec 2024 (report date)',
        '    “Kirby said **1,000** were killed or wounded in one week.”',
        '      — Title a.txt · Outlet · 2024-12-23 · a.txt:10-62',
        '  3. Thousands · Thousands (no number given) · no claimant named · undated',
        '    “**Thousands** were killed or wounded.”',
        '      — Title a.txt · Outlet · 2024-12-23 · a.txt:10-43',
        '',
        'Other forces',
        '',
        'Russian — killed or wounded',
        '  1. about 1,200 · ≈ 1,200 a day · estimates · Mon 23 Dec 2024 (report date)',
        '    “Russia loses **about 1,200** soldiers a day.”',
        '      — Title a.txt · Outlet · 2024-12-23 · a.txt:10-50',
      ].join('\n'),
    );
  });

  it.each([
    ['a range', { value: 10000, valueMax: 12000, bound: 'range' as const }, '10,000–12,000'],
    ['an upper bound', { value: 3000, bound: 'upper' as const }, '≤ 3,000'],
    ['a large exact number', { value: 1500000 }, '1,500,000'],
  ])('reads %s', (_name, facts, reading) => {
    const answer: FiguresAnswer = {
      ...ANSWER,
      figureCount: 1,
      reportCount: 1,
      primary: [
        {
          category: 'killed',
          subject: 'north_korean',
          subjectLabel: 'North Korean',
          spread: null,
          rows: [row('It said 3 died.', '3', facts)],
        },
      ],
      others: [],
    };
    expect(renderFiguresText(answer).split('\n')[9]).toBe(`  1. 3 · ${reading} · no claimant named · undated`);
  });

  it('names an unattributed figure by its source wording, and a cited source beside its claimant', () => {
    const rows = [
      row('Reports say 40 died.', '40', { value: 40, attribution: 'Reports' }),
      row('Quill, citing U.S. intelligence, said 90 died.', '90', {
        value: 90,
        claimant: 'Quill',
        claimantContext: 'U.S. intelligence',
      }),
    ];
    const answer: FiguresAnswer = {
      ...ANSWER,
      primary: [{ category: 'killed', subject: 'north_korean', subjectLabel: 'North Korean', spread: null, rows }],
      others: [],
    };
    expect(
      renderFiguresText(answer)
        .split('\n')
        .filter((line) => /^ {2}\d\./.test(line)),
    ).toEqual([
      '  1. 40 · 40 · unattributed (Reports) · undated',
      '  2. 90 · 90 · Quill, citing U.S.\u00a0intelligence · undated',
    ]);
  });

  it('says when there are no figures, and shows the filter', () => {
    expect(
      renderFiguresText({ ...ANSWER, filter: 'killed', figureCount: 0, reportCount: 0, primary: [], others: [] }),
    ).toBe('0 figures from 0 reports · filter "killed"\n\nNo figures found.');
  });

  it('counts one repeat inside the same report as a sentence, with a singular header', () => {
    const repeated = row(
      'It said 3 died.',
      '3',
      { value: 3 },
      {
        alsoIn: [{ citation: citation('a.txt', 'Again 3 died.', null), marks: [] }],
      },
    );
    const answer: FiguresAnswer = {
      ...ANSWER,
      figureCount: 1,
      reportCount: 1,
      primary: [
        { category: 'killed', subject: 'north_korean', subjectLabel: 'North Korean', spread: null, rows: [repeated] },
      ],
      others: [],
    };
    expect(
      renderFiguresText(answer)
        .split('\n')
        .filter((line) => /figure|also in/.test(line)),
    ).toEqual(['1 figure from 1 report', '    also in 1 more sentence of this report:']);
  });
});

describe('renderFiguresText: outside the story', () => {
  it('lists figures outside the story last, under their own heading, only when the answer has them', () => {
    const base = renderFiguresText(ANSWER);
    const othersSection = base.slice(base.indexOf('\n\nOther forces'));
    expect(othersSection.startsWith('\n\nOther forces\n\nRussian — killed or wounded')).toBe(true);
    expect(renderFiguresText({ ...ANSWER, outside: ANSWER.others })).toBe(
      `${base}${othersSection.replace('Other forces', 'Outside the story')}`,
    );
    expect(renderFiguresText({ ...ANSWER, outside: [] })).toBe(base);
  });
});

describe('renderFiguresText, population', () => {
  it('names each row its population only when the group mixes them', () => {
    const mixed: FiguresAnswer = {
      ...ANSWER,
      figureCount: 2,
      reportCount: 1,
      others: [],
      primary: [
        {
          category: 'killed',
          subject: 'north_korean',
          subjectLabel: 'North Korean',
          spread: null,
          rows: [
            row('The shelling killed 40 children.', '40', { value: 40, category: 'killed', population: 'civilian' }),
            row('The raid killed 12 soldiers.', '12', { value: 12, category: 'killed', population: 'combatant' }),
          ],
        },
      ],
    };
    const lines = renderFiguresText(mixed).split('\n');
    expect(lines.filter((line) => /^\s+\d+\. /.test(line))).toEqual([
      '  1. 40 · 40 · civilians · no claimant named · undated',
      '  2. 12 · 12 · combatants · no claimant named · undated',
    ]);
    const same: FiguresAnswer = {
      ...mixed,
      primary: mixed.primary.map((group) => ({
        ...group,
        rows: group.rows.map((r) => ({ ...r, figure: { ...r.figure, population: 'combatant' as const } })),
      })),
    };
    expect(renderFiguresText(same)).not.toMatch(/combatants|civilians/);
  });
});
