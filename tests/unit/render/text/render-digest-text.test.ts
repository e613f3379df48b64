import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../../../src/answer/answer.js';
import type { Digest, DigestFigure, DigestFigureGroup } from '../../../../src/answer/digest.js';
import {
  renderDigestFigureLine,
  renderDigestSummary,
  renderDigestText,
} from '../../../../src/render/text/render-digest-text.js';

describe('renderDigestText', () => {
  it('renders every section with its citations, then the totals', () => {
    expect(renderDigestText(DIGEST)).toBe(
      [
        'Verbatim digest · 2024-12-24 · since 2024-12-23',
        '',
        'New and changed reports (1)',
        '  • Losses triple',
        '    The Example Post · 2024-12-23 · new.txt',
        '    https://example.com/new',
        '    “Zelensky said over 3,000 were killed or wounded.”',
        '      — Losses triple · The Example Post · 2024-12-23 · new.txt:15-63',
        '',
        'Removed (1)',
        '  • gone.txt',
        '',
        'New figures (1)',
        '',
        '  North Korean: killed or wounded',
        '    • Volodymyr Zelensky: over 3,000 killed or wounded, as of Mon 23 Dec 2024 (report date), up from 1,000 (Wed 20 Nov 2024)',
        '      “Zelensky said **over 3,000** were killed or wounded.”',
        '        — Losses triple · The Example Post · 2024-12-23 · new.txt:15-63',
        '      Previously: Kursk losses · The Example Post · 2024-11-20 · old.txt:14-47',
        '',
        'New quotes (1)',
        '',
        '  Volodymyr Zelensky (Ukrainian President)',
        '    > “**They are sent to die,**” Zelensky said.',
        '      — Losses triple · The Example Post · 2024-12-23 · new.txt:66-104',
        '      (the copy cuts this quote off)',
        '      Also in: Echo · The Example Post · undated · echo.txt:0-38',
        '',
        'Corpus: 3 reports · 4 figures · 2 quotes',
      ].join('\n'),
    );
  });

  it.each([
    { since: '2024-12-23', expected: 'No new reports since 2024-12-23.\nCorpus: 3 reports · 4 figures · 2 quotes' },
    { since: null, expected: 'No reports yet.\nCorpus: 3 reports · 4 figures · 2 quotes' },
  ])('says "no new reports" on an empty day (since $since)', ({ since, expected }) => {
    expect(renderDigestText({ ...EMPTY, since })).toBe(expected);
  });
});

describe('renderDigestText and invisible controls', () => {
  it('shows direction and zero-width controls from report text, and only those', () => {
    const [report] = DIGEST.reports;
    if (!report) throw new Error('fixture has a report');
    const hostile: Digest = { ...DIGEST, reports: [{ ...report, title: 'Losses\u202E triple', outlet: 'Post\u200D' }] };
    const text = renderDigestText(hostile);
    const plain = renderDigestText(DIGEST);
    expect(plain).toContain('  • Losses triple\n    The Example Post ·');
    expect(text).toBe(
      plain.replace('  • Losses triple\n    The Example Post ·', '  • Losses<U+202E> triple\n    Post<U+200D> ·'),
    );
    expect(text).not.toMatch(/[\u202E\u200D]/);
  });
});

describe('renderDigestFigureLine', () => {
  it.each([
    {
      change: 'up',
      expected:
        'Volodymyr Zelensky: over 3,000 killed or wounded, as of Mon 23 Dec 2024 (report date), up from 1,000 (Wed 20 Nov 2024)',
    },
    {
      change: 'down',
      expected:
        'Volodymyr Zelensky: over 3,000 killed or wounded, as of Mon 23 Dec 2024 (report date), down from 1,000 (Wed 20 Nov 2024)',
    },
    {
      change: 'was',
      expected:
        'Volodymyr Zelensky: over 3,000 killed or wounded, as of Mon 23 Dec 2024 (report date), was 1,000 (Wed 20 Nov 2024)',
    },
  ] as const)('uses the fixed words for "$change"', ({ change, expected }) => {
    const row: DigestFigure = { ...FIGURE, previous: FIGURE.previous && { ...FIGURE.previous, change } };
    expect(renderDigestFigureLine(GROUP, row)).toBe(expected);
  });

  it('names a missing claimant, adds the period as written and escapes the verbatim parts', () => {
    const row: DigestFigure = {
      ...FIGURE,
      figure: { ...FIGURE.figure, text: '<1,200>', period: 'a day' },
      previous: null,
    };
    const bracket = (text: string) => text.replace(/</g, '[').replace(/>/g, ']');
    expect(renderDigestFigureLine({ ...GROUP, claimant: null }, row, bracket)).toBe(
      'Claimant not stated: [1,200] killed or wounded a day, as of Mon 23 Dec 2024 (report date)',
    );
  });
});

describe('renderDigestSummary', () => {
  it.each([
    {
      digest: () => DIGEST,
      expected: 'Verbatim digest · 2024-12-24: 1 new or changed report, 1 new figure, 1 new quote',
    },
    { digest: () => EMPTY, expected: 'Verbatim digest · 2024-12-24: No new reports since 2024-12-23.' },
  ])('counts what is new: $expected', ({ digest, expected }) => {
    expect(renderDigestSummary(digest())).toBe(expected);
  });
});

function excerpt(
  file: string,
  title: string,
  date: string | null,
  at: number,
  sentence: string,
  mark?: string,
): Excerpt {
  const start = mark === undefined ? -1 : sentence.indexOf(mark);
  return {
    citation: { file, start: at, end: at + sentence.length, sentence, title, date, outlet: 'The Example Post' },
    marks: mark === undefined ? [] : [{ start, end: start + mark.length }],
  };
}

const FIGURE_FACTS = {
  text: 'over 3,000',
  value: 3000,
  valueMax: null,
  qualifier: 'over',
  bound: 'lower',
  category: 'killed_or_wounded',
  subject: 'north_korean',
  claimant: 'Zelensky',
  attribution: null,
  claimantContext: null,
  date: '2024-12-23',
  dateText: null,
  period: null,
  isRate: false,
} as const;

const FIGURE: DigestFigure = {
  ...excerpt(
    'new.txt',
    'Losses triple',
    '2024-12-23',
    15,
    'Zelensky said over 3,000 were killed or wounded.',
    'over 3,000',
  ),
  figure: FIGURE_FACTS,
  previous: {
    ...excerpt('old.txt', 'Kursk losses', '2024-11-20', 14, 'Zelensky said 1,000 were wounded.', '1,000'),
    figure: { ...FIGURE_FACTS, text: '1,000', value: 1000, qualifier: null, bound: 'exact', date: '2024-11-20' },
    change: 'up',
  },
  alsoIn: [],
};

const GROUP: DigestFigureGroup = {
  kind: 'casualties',
  category: 'killed_or_wounded',
  subject: 'north_korean',
  subjectLabel: 'North Korean',
  claimant: 'Volodymyr Zelensky',
  figures: [FIGURE],
};

const EMPTY: Digest = {
  kind: 'digest',
  date: '2024-12-24',
  since: '2024-12-23',
  isEmpty: true,
  reports: [],
  removed: [],
  figures: [],
  quotes: [],
  totals: { reports: 3, figures: 4, quotes: 2 },
  covers: { date: '2024-12-24', reports: {} },
};

const DIGEST: Digest = {
  ...EMPTY,
  isEmpty: false,
  reports: [
    {
      status: 'new',
      file: 'new.txt',
      title: 'Losses triple',
      outlet: 'The Example Post',
      date: '2024-12-23',
      url: 'https://example.com/new',
      lead: excerpt('new.txt', 'Losses triple', '2024-12-23', 15, 'Zelensky said over 3,000 were killed or wounded.'),
    },
  ],
  removed: ['gone.txt'],
  figures: [GROUP],
  quotes: [
    {
      speaker: 'Volodymyr Zelensky',
      role: 'Ukrainian President',
      quotes: [
        {
          ...excerpt(
            'new.txt',
            'Losses triple',
            '2024-12-23',
            66,
            '“They are sent to die,” Zelensky said.',
            'They are sent to die,',
          ),
          text: 'They are sent to die,',
          isCut: true,
          alsoIn: [excerpt('echo.txt', 'Echo', null, 0, '“They are sent to die,” Zelensky said.')],
        },
      ],
    },
  ],
};
