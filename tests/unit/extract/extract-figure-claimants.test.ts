import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/extract/figures/extract-figures.js';
import { buildFigureReport } from '../../support/build-figure-report.js';
import { TEST_LEXICON } from '../../support/test-lexicon.js';

/** Each figure of a report as [figure, claimant, attribution, claimantContext]. */
function claimsOf(paragraphs: string[][], title: string | null = null) {
  const { report, sentences } = buildFigureReport({ id: 'r', title, date: '2025-03-02', paragraphs });
  return extractFigures(report, sentences, { lexicon: TEST_LEXICON }).map((f) => [
    f.text,
    f.claimant,
    f.attribution,
    f.claimantContext,
  ]);
}

describe('extractFigures: who claims a figure', () => {
  it.each([
    ['Reports say 400 rebels were killed near the dam.', [['400', null, 'Reports', null]]],
    ['Recent reports suggest that 250 fighters were captured.', [['250', null, 'Recent reports', null]]],
    ['Estimates suggest around 9,000 soldiers have been wounded.', [['around 9,000', null, 'Estimates', null]]],
    ['Officials said 70 police officers were killed in the ambush.', [['70', null, 'Officials', null]]],
    ['The strike followed claims of 300 civilian deaths.', [['300', null, 'claims', null]]],
  ])('a bare noun is no claimant: %s', (sentence, expected) => {
    expect(claimsOf([[sentence]])).toEqual(expected);
  });

  it.each([
    ['Chadian officials said 70 police officers were killed in the ambush.', [['70', 'Chadian officials', null, null]]],
    ['The Defense Ministry said 120 soldiers were wounded.', [['120', 'The Defense Ministry', null, null]]],
    ['Military officials estimate that 500 troops were deployed.', [['500', 'Military officials', null, null]]],
    [
      'Oslo University professors calculated that 500 soldiers were wounded.',
      [['500', 'Oslo University professors', null, null]],
    ],
  ])('an office, a body or a country named is a claimant: %s', (sentence, expected) => {
    expect(claimsOf([[sentence]])).toEqual(expected);
  });

  it.each([
    [
      'Marta Quill, citing U.S. intelligence, said 800 militants were killed.',
      [['800', 'Marta Quill', null, 'U.S. intelligence']],
    ],
    [
      'Pentagon spokesman Tom Reyes said, citing Kenyan intelligence, that 1,500 fighters were deployed.',
      [['1,500', 'Pentagon spokesman Tom Reyes', null, 'Kenyan intelligence']],
    ],
    [
      'Reports citing the Health Ministry say 60 children were killed.',
      [['60', null, 'Reports', 'the Health Ministry']],
    ],
    [
      'Envoy Maria Lind said the ministry believes 900 troops were deployed.',
      [['900', 'Envoy Maria Lind', null, 'the ministry']],
    ],
    [
      'Defence Minister Ola Berg said that Norwegian officials now estimate 70 soldiers were wounded.',
      [['70', 'Defence Minister Ola Berg', null, 'Norwegian officials']],
    ],
  ])('nested attribution keeps the outer speaker and the inner source: %s', (sentence, expected) => {
    expect(claimsOf([[sentence]])).toEqual(expected);
  });

  it('gives a transcript speaker the figures of their own turn, and no one those of a question', () => {
    const claims = claimsOf(
      [
        ['MR. REYES: Good afternoon, everyone.'],
        ['MR. REYES: We assess that about 2,000 fighters were killed last month.'],
        ['I can tell you that 300 more troops were deployed.'],
        ['Q Are 5,000 soldiers missing?'],
        ['MR. REYES: The ministry said 40 soldiers were captured.'],
        ['SENIOR OFFICIAL: We think 90 rebels were wounded.'],
      ],
      'Press Briefing by Pentagon spokesman Tom Reyes',
    );
    expect(claims).toEqual([
      ['about 2,000', 'Tom Reyes', null, null],
      ['300', 'Tom Reyes', null, null],
      ['5,000', null, null, null],
      ['40', 'The ministry', null, null],
      ['90', null, 'SENIOR OFFICIAL', null],
    ]);
  });

  it('leaves a figure outside a transcript with no claimant when no one is named', () => {
    expect(claimsOf([['About 2,000 fighters were killed last month.']])).toEqual([['About 2,000', null, null, null]]);
  });
});
