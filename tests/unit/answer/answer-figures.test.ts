import { describe, expect, it } from 'vitest';
import { answerFigures } from '../../../src/answer/answer-figures.js';
import type { Figure } from '../../../src/extract/figures/figure.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { buildSentenceIndex } from '../../../src/search/sentence-index.js';
import { buildFigureIndex, buildFigureReport, buildTestFigure } from '../../support/build-figure-report.js';

const A = buildFigureReport({
  id: 'a',
  date: '2024-12-20',
  title: 'Losses in Kursk',
  paragraphs: [
    ['White House spokesman John Kirby said 1,000 North Korean soldiers were killed near the river.'],
    ['A drone strike near the airfield wounded 200 North Korean soldiers, officials said.'],
  ],
});
const B = buildFigureReport({
  id: 'b',
  date: '2024-11-02',
  title: 'Troops arrive',
  paragraphs: [
    ['Pyongyang has sent 11,000 troops, U.S. officials said.'],
    ['Around 600,000 Russian soldiers have been killed or wounded, according to estimates.'],
  ],
});
const FIGURES: readonly Figure[] = [
  buildTestFigure(A, 0, '1,000', { value: 1000, claimant: 'White House spokesman John Kirby' }),
  buildTestFigure(A, 1, '200', { value: 200, category: 'wounded', claimant: 'officials' }),
  buildTestFigure(B, 0, '11,000', { value: 11000, category: 'deployed', claimant: 'U.S. officials' }),
  buildTestFigure(B, 1, 'Around 600,000', {
    value: 600000,
    bound: 'approximate',
    qualifier: 'Around',
    category: 'killed_or_wounded',
    subject: 'russian',
    claimant: 'estimates',
  }),
];

/** An index over the two reports whose figures are the hand-made ones above. */
function buildIndex(figures: readonly Figure[] = FIGURES): CorpusIndex {
  return buildFigureIndex([A, B], figures);
}

/** The figure texts of an answer, North Korean first, or its kind when it has no rows. */
function textsOf(kind: 'casualties' | 'troops', filter: string): string[] | string {
  const answer = answerFigures(buildIndex(), kind, filter);
  if (answer.kind !== 'figures') return answer.kind;
  return [...answer.primary, ...answer.others].flatMap((group) => group.rows.map((row) => row.figure.text));
}

describe('answerFigures with the filters of a free question', () => {
  it.each<[string, string[] | string]>([
    // Amounts: the figure's value, or the top of its range.
    ['1,000', ['1,000']],
    ['600000', ['Around 600,000']],
    ['1,001', 'no-match'],
    // A claimant after "according to": as written, or one typo away, as search matches a word.
    ['according to kirby', ['1,000']],
    ['according to kriby', ['1,000']],
    ['according to John Kirby', ['1,000']],
    // A claimant word no claimant holds is looked for in the sentence.
    ['according to river', ['1,000']],
    // A place: in the figure's sentence, or its report's title.
    ['in kursk', ['1,000', '200']],
    ['in airfield', ['200']],
    ['in kyiv', 'no-match'],
    // A topic: anywhere in the figure's report.
    ['about drone strike', ['1,000', '200']],
    ['about drone balloon', 'no-match'],
    ['wounded about drone', ['200']],
  ])('narrows /casualties %j to %j', (filter, expected) => {
    expect(textsOf('casualties', filter)).toEqual(expected);
  });
});

describe('answerFigures', () => {
  it('answers /casualties with counts, North Korean groups and other forces apart', () => {
    const answer = answerFigures(buildIndex(), 'casualties', '');
    expect(
      answer.kind === 'figures' && {
        command: answer.command,
        filter: answer.filter,
        figureCount: answer.figureCount,
        reportCount: answer.reportCount,
        primary: answer.primary.map((group) => [group.category, group.rows.map((row) => row.figure.text)]),
        others: answer.others.map((group) => [group.subject, group.category, group.rows.map((row) => row.figure.text)]),
      },
    ).toEqual({
      command: 'casualties',
      filter: '',
      figureCount: 3,
      reportCount: 2,
      primary: [
        ['killed', ['1,000']],
        ['wounded', ['200']],
      ],
      others: [['russian', 'killed_or_wounded', ['Around 600,000']]],
    });
  });

  it('answers /troops with deployment figures only', () => {
    expect(textsOf('troops', '')).toEqual(['11,000']);
  });

  it.each([
    ['a category word', 'wounded', ['200', 'Around 600,000']],
    ['a category word with no combined figures', 'captured', 'no-match'],
    ['"killed", which includes killed-or-wounded figures', 'killed', ['1,000', 'Around 600,000']],
    ['whose losses', 'russian', ['Around 600,000']],
    ['whose losses, North Korean', 'north korean', ['1,000', '200']],
    ['a claimant word', 'kirby', ['1,000']],
    ['a claimant word shared by two claimants', 'officials', ['200']],
    ['a date bound', 'since 2024-12-01', ['1,000', '200']],
    ['a date bound before', 'before 2024-12-01', ['Around 600,000']],
    ['words found by the search index', 'drone airfield', ['200']],
    ['a category and whose losses together', 'killed russian', ['Around 600,000']],
  ])('narrows by %s', (_name, filter, expected) => {
    expect(textsOf('casualties', filter)).toEqual(expected);
  });

  it('answers a filter that matches nothing with the terms it read and the reports searched', () => {
    expect(answerFigures(buildIndex(), 'casualties', 'captured since 2025-01-01')).toEqual({
      command: 'casualties',
      kind: 'no-match',
      query: 'captured since 2025-01-01',
      terms: ['since 2025-01-01', 'captured'],
      reportsSearched: 2,
      suggestions: [],
    });
  });

  it('answers words found nowhere with no match', () => {
    const answer = answerFigures(buildIndex(), 'troops', 'submarine');
    expect(answer.kind === 'no-match' && [answer.query, answer.terms, answer.reportsSearched]).toEqual([
      'submarine',
      ['submarine'],
      2,
    ]);
  });

  it('answers an empty filter on a corpus without figures with an empty figures answer', () => {
    expect(answerFigures(buildIndex([]), 'casualties', '')).toEqual({
      command: 'casualties',
      kind: 'figures',
      filter: '',
      figureCount: 0,
      reportCount: 0,
      primary: [],
      others: [],
    });
  });

  it('gives each row a citation of the figure’s sentence with the figure marked', () => {
    const answer = answerFigures(buildIndex(), 'troops', '');
    const row = answer.kind === 'figures' ? answer.primary[0]?.rows[0] : undefined;
    expect(row && [row.citation.sentence, row.marks, row.figure.claimant, row.reportCount]).toEqual([
      'Pyongyang has sent 11,000 troops, U.S. officials said.',
      [{ start: 19, end: 25 }],
      'U.S. officials',
      1,
    ]);
  });
});

describe('answerFigures on another story, without settings', () => {
  const report = (id: string, paragraphs: string[][]) => buildFigureReport({ id, date: '2021-08-30', paragraphs });
  const reports = [
    report('kabul', [
      ['The attack killed 13 American soldiers, the Pentagon said.'],
      ['Health officials said 170 Afghans were killed in the blast.'],
      ['The ministry said 60 Afghans died.'],
    ]),
    report('yemen', [['Airstrikes killed 40 Houthi rebels on Tuesday, the coalition said.']]),
  ];
  const index = buildCorpusIndex(reports.map((built) => built.report));
  const groupsOf = (filter: string) => {
    const answer = answerFigures(index, 'casualties', filter);
    if (answer.kind !== 'figures') return answer.kind;
    return [...answer.primary, ...answer.others].map((group) => [
      group.subjectLabel,
      group.rows.map((row) => row.figure.text),
      group.spread === null ? null : [group.spread.low.text, group.spread.high.text],
    ]);
  };

  it('puts the side most figures count first, then each other side under its own label', () => {
    expect(groupsOf('')).toEqual([
      ['Afghan', ['170', '60'], ['60', '170']],
      // As many figures each: by key, in code-unit order (a party's key is its name as written).
      ['Houthi', ['40'], null],
      ['American', ['13'], null],
    ]);
  });

  it('keeps the side asked for alone, in any spelling the gazetteer knows', () => {
    expect(groupsOf('americans')).toEqual([['American', ['13'], null]]);
    expect(groupsOf("afghanistan's")).toEqual([['Afghan', ['170', '60'], ['60', '170']]]);
  });
});

describe('answerFigures: figures outside the story', () => {
  const C = buildFigureReport({
    id: 'c',
    date: '2024-12-21',
    title: 'An older war recalled',
    paragraphs: [['In a war in 1950, 400 soldiers were killed at the same river crossing.']],
  });
  const OUTSIDE = buildTestFigure(C, 0, '400', {
    value: 400,
    subject: 'unknown',
    isOutsideStory: true,
    outsideReason: 'names 1950, 74 years before the report',
  });
  const index = (): CorpusIndex => {
    const reports = [A.report, B.report, C.report];
    const sentences = [...A.sentences, ...B.sentences, ...C.sentences];
    return {
      ...buildCorpusIndex(reports),
      sentences,
      sentencesById: new Map(sentences.map((sentence) => [sentence.id, sentence])),
      search: buildSentenceIndex(reports, sentences),
      figures: [...FIGURES, OUTSIDE],
    };
  };
  const shape = (filter: string) => {
    const answer = answerFigures(index(), 'casualties', filter);
    if (answer.kind !== 'figures') return answer.kind;
    const texts = (groups: readonly { rows: readonly { figure: { text: string } }[] }[]) =>
      groups.flatMap((group) => group.rows.map((row) => row.figure.text));
    return {
      figureCount: answer.figureCount,
      reportCount: answer.reportCount,
      story: texts([...answer.primary, ...answer.others]),
      outside: answer.outside === undefined ? 'absent' : texts(answer.outside),
    };
  };

  it('leaves them out of the default answer', () => {
    expect(shape('')).toEqual({
      figureCount: 3,
      reportCount: 2,
      story: ['1,000', '200', 'Around 600,000'],
      outside: 'absent',
    });
    expect(shape('killed')).toEqual({
      figureCount: 2,
      reportCount: 2,
      story: ['1,000', 'Around 600,000'],
      outside: 'absent',
    });
  });

  it('lists them under their own heading when the filter says "all" or "outside"', () => {
    const all = { figureCount: 4, reportCount: 3, story: ['1,000', '200', 'Around 600,000'], outside: ['400'] };
    expect(shape('all')).toEqual(all);
    expect(shape('Outside')).toEqual(all);
    expect(shape('killed all')).toEqual({
      figureCount: 3,
      reportCount: 3,
      story: ['1,000', 'Around 600,000'],
      outside: ['400'],
    });
  });

  it('lists them when the filter words are in their sentence', () => {
    expect(shape('crossing')).toEqual({ figureCount: 1, reportCount: 1, story: [], outside: ['400'] });
    expect(shape('river')).toEqual({ figureCount: 2, reportCount: 2, story: ['1,000'], outside: ['400'] });
  });
});
