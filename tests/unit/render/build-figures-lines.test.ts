import { describe, expect, it } from 'vitest';
import type { FigureGroup, FiguresAnswer } from '../../../src/answer/answer.js';
import type { FigureCategory } from '../../../src/extract/figures/figure.js';
import { createPagedAnswer } from '../../../src/render/blocks/create-paged-answer.js';
import { renderAnswerBlocks } from '../../../src/render/blocks/render-answer-blocks.js';
import { buildFiguresLines } from '../../../src/render/build-figures-lines.js';
import { renderFiguresText } from '../../../src/render/text/render-figures-text.js';
import { makeFigureRow, makeFiguresAnswer } from '../../support/slack-answer-fixtures.js';

function group(
  subject: string,
  subjectLabel: string,
  category: FigureCategory,
  values: readonly number[],
): FigureGroup {
  const rows = values.map((value) =>
    makeFigureRow(`Officials said ${value} soldiers were hit.`, {
      text: String(value),
      value,
      qualifier: null,
      bound: 'exact',
      category,
      subject,
      claimant: 'officials',
    }),
  );
  return { category, subject, subjectLabel, rows, spread: null };
}

/** Seven claims in three groups: North Korean killed ×5 and killed or wounded ×1, Russian killed ×1. */
const LONG: FiguresAnswer = makeFiguresAnswer([], {
  figureCount: 7,
  reportCount: 1,
  primary: [
    group('north_korean', 'North Korean', 'killed', [101, 102, 103, 104, 105]),
    group('north_korean', 'North Korean', 'killed_or_wounded', [1200]),
  ],
  others: [group('russian', 'Russian', 'killed', [2000])],
  narrow: { sides: ['north korean', 'russian'], categories: ['killed'], example: '/casualties north korean killed' },
});

describe('buildFiguresLines', () => {
  it('counts the claims per side and category in the answer order, and names the filters offered', () => {
    expect(buildFiguresLines(LONG)).toEqual({
      sides: 'North Korean: 5 killed, 1 killed or wounded · Russian: 1 killed',
      narrow:
        'Narrow it: add a side (north korean, russian) or a category (killed), e.g. /casualties north korean killed',
    });
  });

  it('gives no per-side line for one group, and no narrow line when the answer offers none', () => {
    const one = makeFiguresAnswer([makeFigureRow('Officials said about 300 soldiers died.')]);
    expect(buildFiguresLines(one)).toEqual({ sides: null, narrow: null });
    expect(buildFiguresLines(makeFiguresAnswer([]))).toEqual({ sides: null, narrow: null });
  });

  it('adds up the groups of one side and category split by place, categories in the answer order', () => {
    const split = makeFiguresAnswer([], {
      primary: [
        { ...group('ecuadorian', 'Ecuadorian', 'killed', [12]), place: 'Loja' },
        { ...group('ecuadorian', 'Ecuadorian', 'killed', [45, 60]), place: 'Zamora' },
        group('ecuadorian', 'Ecuadorian', 'wounded', [7]),
      ],
      others: [group('peruvian', 'Peruvian', 'killed', [30])],
    });
    expect(buildFiguresLines(split)).toEqual({
      sides: 'Ecuadorian: 3 killed, 1 wounded · Peruvian: 1 killed',
      narrow: null,
    });
  });

  it('names only the kind of filter offered, with counts formatted en-US', () => {
    const many = makeFiguresAnswer([], {
      primary: [
        { ...group('north_korean', 'North Korean', 'killed', [1]), rows: Array(1_200).fill(makeFigureRow('x')) },
        group('north_korean', 'North Korean', 'wounded', [2]),
      ],
      narrow: { sides: [], categories: ['killed', 'wounded'], example: '/casualties killed' },
    });
    expect(buildFiguresLines(many)).toEqual({
      sides: 'North Korean: 1,200 killed, 1 wounded',
      narrow: 'Narrow it: add a category (killed, wounded), e.g. /casualties killed',
    });
  });
});

describe('a long figures answer in the terminal and in Slack', () => {
  it('says the per-side line and the narrow line under the count, before the claims, the same in both', () => {
    const claim = (value: number) =>
      `  • ${value} · officials · Sat 4 Jan 2025 (written “January 4”) · Field Notes From the Front`;
    const narrow =
      'Narrow it: add a side (north korean, russian) or a category (killed), e.g. /casualties north korean killed';
    const text = renderFiguresText(LONG, undefined, 'answer');
    expect(text).toBe(
      [
        '7 figures from 1 report',
        'North Korean: 5 killed, 1 killed or wounded · Russian: 1 killed',
        narrow,
        '',
        'Claims at a glance',
        '  Killed · North Korean',
        ...[101, 102, 103, 104, 105].map(claim),
        '  Killed or wounded · North Korean',
        claim(1200),
        '  Killed · Russian',
        claim(2000),
      ].join('\n'),
    );
    const rendered = renderAnswerBlocks(LONG, 'answer');
    const texts = rendered.pages.flat().flatMap((block) => (block.type === 'section' ? [block.text?.text ?? ''] : []));
    expect(texts.slice(0, 2)).toEqual([
      `*7* figures from *1* report\nNorth Korean: 5 killed, 1 killed or wounded · Russian: 1 killed\n${narrow}`,
      '*Killed · North Korean*',
    ]);
    expect(texts).toHaveLength(2 + 5 + 1 + 1 + 1 + 1);
    expect(rendered.text).toBe(text);
  });

  it('keeps the narrow line on the first page of a claims table that runs over several pages', () => {
    const values = Array.from({ length: 120 }, (_, i) => 1_000 + i);
    const long = { ...LONG, primary: [group('north_korean', 'North Korean', 'killed', values)] };
    const paged = createPagedAnswer(long);
    expect(paged.pageCount).toBeGreaterThan(1);
    const first = paged
      .renderPage(0)
      .blocks.flatMap((block) => (block.type === 'section' ? [block.text?.text ?? ''] : []));
    expect(first[0]).toBe(
      '*7* figures from *1* report\nNorth Korean: 120 killed · Russian: 1 killed\nNarrow it: add a side (north korean, russian) or a category (killed), e.g. /casualties north korean killed',
    );
  });
});
