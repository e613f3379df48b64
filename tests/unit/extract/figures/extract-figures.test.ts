import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/extract/figures/extract-figures.js';
import type { Figure } from '../../../../src/extract/figures/figure.js';
import { buildFigureReport, buildSentencesReport, readFigureFixture } from '../../../support/build-figure-report.js';
import { TEST_LEXICON } from '../../../support/test-lexicon.js';

/** Figures of a one-paragraph report, without ids and offsets. */
function factsOf(sentences: string[], date: string | null = '2024-12-24') {
  const { report, sentences: built } = buildSentencesReport(sentences, date);
  return extractFigures(report, built, { lexicon: TEST_LEXICON }).map(
    ({ id, reportId, sentenceId, start, end, ...facts }) => facts,
  );
}

/** The one figure of a sentence, as [text, value, valueMax, qualifier, bound]. */
function readingOf(sentence: string) {
  return factsOf([sentence]).map((f) => [f.text, f.value, f.valueMax, f.qualifier, f.bound]);
}

describe('extractFigures', () => {
  it('returns each figure whole, with offsets into the report text', () => {
    const { report, sentences } = buildFigureReport({
      id: 'r1',
      title: 'Losses mount',
      date: '2024-12-24',
      paragraphs: [
        ['Kyiv is calm.', 'Officials said on December 20 that more than 3,000 North Korean soldiers were killed.'],
      ],
    });
    const expected: Figure = {
      id: 'r1#1@63',
      reportId: 'r1',
      sentenceId: 'r1#1',
      kind: 'casualties',
      start: 63,
      end: 78,
      text: 'more than 3,000',
      value: 3000,
      valueMax: null,
      qualifier: 'more than',
      bound: 'lower',
      category: 'killed',
      subject: 'north_korean',
      claimant: null,
      attribution: 'Officials',
      claimantContext: null,
      date: '2024-12-20',
      dateText: 'December 20',
      period: null,
      isRate: false,
      isPart: false,
      isOutsideStory: false,
      outsideReason: null,
      place: null,
    };
    expect(extractFigures(report, sentences, { lexicon: TEST_LEXICON })).toEqual([expected]);
    expect(report.text.slice(expected.start, expected.end)).toBe(expected.text);
  });

  it.each([
    ['3,000 North Korean soldiers were killed.', [['3,000', 3000, null, null, 'exact']]],
    [
      'About 1.5 million Russian soldiers were killed or wounded.',
      [['About 1.5 million', 1_500_000, null, 'About', 'approximate']],
    ],
    ['Three thousand North Korean soldiers were wounded.', [['Three thousand', 3000, null, null, 'exact']]],
    ['Nearly 3 thousand North Korean troops died.', [['Nearly 3 thousand', 3000, null, 'Nearly', 'upper']]],
    ['Some 27-hundred North Korean soldiers were injured.', [['Some 27-hundred', 2700, null, 'Some', 'approximate']]],
    ['North Korea sent 15-thousand troops.', [['15-thousand', 15000, null, null, 'exact']]],
    [
      'Officials said four-thousand-100 North Korean soldiers died.',
      [['four-thousand-100', 4100, null, null, 'exact']],
    ],
    ['Ten thousand North Korean troops were sent.', [['Ten thousand', 10000, null, null, 'exact']]],
    ['A dozen North Korean soldiers were captured.', [['A dozen', 12, null, null, 'exact']]],
    ['North Korea sent 10,000 to 12,000 troops.', [['10,000 to 12,000', 10000, 12000, null, 'range']]],
    ['North Korea sent 10,000-12,000 troops.', [['10,000-12,000', 10000, 12000, null, 'range']]],
    [
      'North Korea sent between 10,000 and 12,000 troops.',
      [['between 10,000 and 12,000', 10000, 12000, 'between', 'range']],
    ],
    ['Thousands of North Korean soldiers were killed.', [['Thousands', null, null, null, 'vague']]],
    ['Several hundred North Korean soldiers were wounded.', [['Several hundred', null, null, null, 'vague']]],
    ['Dozens of North Korean soldiers went missing.', [['Dozens', null, null, null, 'vague']]],
    ['The toll has surpassed 3,000 dead.', [['surpassed 3,000', 3000, null, 'surpassed', 'lower']]],
    ['The toll has reached over 3,000 dead.', [['over 3,000', 3000, null, 'over', 'lower']]],
    ['At least 1,100 North Korean soldiers were killed.', [['At least 1,100', 1100, null, 'At least', 'lower']]],
    [
      'As many as 100,000 North Korean troops could be sent.',
      [['As many as 100,000', 100000, null, 'As many as', 'upper']],
    ],
    [
      'An estimated 2,000 North Korean soldiers died.',
      [['An estimated 2,000', 2000, null, 'An estimated', 'approximate']],
    ],
  ])('reads the number and qualifier of "%s"', (sentence, expected) => {
    expect(readingOf(sentence)).toEqual(expected);
  });

  it.each([
    ['Around 600,000 Russian soldiers have been killed or wounded.', 'casualties', 'killed_or_wounded', 'russian'],
    ['About 300 North Korean soldiers were killed near the river.', 'casualties', 'killed', 'north_korean'],
    ['At least 60 Ukrainian soldiers were injured.', 'casualties', 'wounded', 'ukrainian'],
    ['Ukraine captured 14 North Korean soldiers.', 'casualties', 'captured', 'north_korean'],
    ['Around 200 soldiers are missing.', 'casualties', 'missing', 'unknown'],
    ['North Korea has sent 11,000 troops to Russia.', 'troops', 'deployed', 'north_korean'],
    ['Pyongyang trained 1,500 special forces soldiers.', 'troops', 'trained', 'north_korean'],
    ['North Korea sent an additional 3,000 troops.', 'troops', 'additional', 'north_korean'],
    ['North Korea plans to send 30,000 troops.', 'troops', 'planned', 'north_korean'],
  ])('classifies "%s"', (sentence, kind, category, subject) => {
    expect(factsOf([sentence]).map((f) => [f.kind, f.category, f.subject])).toEqual([[kind, category, subject]]);
  });

  it.each([
    ['Russia’s military casualties reached around 1,200 casualties a day.', ['a day', true, 'russian']],
    ['North Korean units lost 100 soldiers per day.', ['per day', true, 'north_korean']],
    [
      'About 1,000 North Korean soldiers were killed or wounded over just the past week.',
      ['over just the past week', false, 'north_korean'],
    ],
    ['Some 1,000 North Korean soldiers died in one week.', ['in one week', false, 'north_korean']],
  ])('reads the period of "%s"', (sentence, expected) => {
    expect(factsOf([sentence]).map((f) => [f.period, f.isRate, f.subject])).toEqual([expected]);
  });

  it('reads claimants and resolves pronouns and descriptions from earlier sentences', () => {
    const { report, sentences } = readFigureFixture('figures-claims.txt');
    expect(
      extractFigures(report, sentences, { lexicon: TEST_LEXICON }).map((f) => [
        f.text,
        f.claimant,
        f.date,
        f.dateText,
        f.period,
      ]),
    ).toEqual([
      ['more than 3,000', 'Ukrainian President Volodymyr Zelensky', '2024-12-24', null, null],
      ['about 1,100', 'The National Intelligence Service (NIS)', '2024-12-24', null, null],
      ['approximately 1,000', 'White House spokesman John Kirby', '2024-12-24', null, 'over just the past week'],
    ]);
  });

  it.each([
    [
      'a date without a year',
      'Officials said on December 20 that 300 North Korean soldiers died.',
      '2024-12-24',
      ['2024-12-20', 'December 20'],
    ],
    [
      'a wrong year kept as written',
      'The JCS confirmed on December 18, 2023, that 300 North Korean soldiers died.',
      '2024-12-24',
      ['2023-12-18', 'December 18, 2023'],
    ],
    ['the report date', 'Officials said 300 North Korean soldiers died.', '2024-12-24', ['2024-12-24', null]],
    ['no date', 'Officials said 300 North Korean soldiers died.', null, [null, null]],
    [
      'an engagement date that is no claim date',
      'Since early August, 300 North Korean soldiers died.',
      '2024-12-24',
      ['2024-12-24', null],
    ],
  ])('dates %s', (_name, sentence, date, expected) => {
    expect(factsOf([sentence], date).map((f) => [f.date, f.dateText])).toEqual([expected]);
  });

  it.each([
    [
      'troops',
      'Kyiv says some 9,000 North Korean troops, including 300 officers and four generals, sit on six Russian bases.',
      [
        ['some 9,000', 'deployed', 'north_korean'],
        ['300', 'deployed', 'north_korean'],
        ['four', 'deployed', 'north_korean'],
      ],
    ],
    [
      'casualties',
      'The Russian strike left about 40 killed, including six medics and two reporters.',
      [
        ['about 40', 'killed', 'russian'],
        ['six', 'killed', 'russian'],
        ['two', 'killed', 'russian'],
      ],
    ],
  ])('gives the parts after "including" the category and subject of their whole (%s)', (_name, sentence, expected) => {
    expect(factsOf([sentence]).map((f) => [f.text, f.category, f.subject])).toEqual(expected);
  });

  it('reads "-plus" after a number as a lower bound written with the figure', () => {
    expect(readingOf('The 8,000-plus North Korean troops are in Kursk.')).toEqual([
      ['8,000-plus', 8000, null, 'plus', 'lower'],
    ]);
  });

  it('dates a claim by the weekday next to its attribution', () => {
    const facts = factsOf(['Seoul lawmakers said Friday that 2,000 North Korean troops were in Russia.'], '2024-10-27');
    expect(facts.map((f) => [f.claimant, f.date, f.dateText])).toEqual([['Seoul lawmakers', '2024-10-25', 'Friday']]);
  });

  it('finds no figure in sentences whose numbers are not about people', () => {
    const { report, sentences } = readFigureFixture('figures-not-figures.txt');
    expect(extractFigures(report, sentences, { lexicon: TEST_LEXICON })).toEqual([]);
  });

  it('keeps the troop figure in "80% of the 10,000 troops"', () => {
    expect(readingOf('About 80% of the 10,000 North Korean troops were deployed to the front.')).toEqual([
      ['10,000', 10000, null, null, 'exact'],
    ]);
  });

  it('marks the parts of a whole, which take its side and category', () => {
    expect(
      factsOf(['Pyongyang sent 12,000 troops, including 500 officers.']).map((f) => [
        f.text,
        f.subject,
        f.category,
        f.isPart,
      ]),
    ).toEqual([
      ['12,000', 'north_korean', 'deployed', false],
      ['500', 'north_korean', 'deployed', true],
    ]);
  });

  it('reads the sides of another story from the gazetteer', () => {
    expect(
      factsOf(['The blast killed 13 American soldiers and 170 Afghans.', 'Airstrikes killed 40 Houthi rebels.']).map(
        (f) => [f.text, f.subject, f.category],
      ),
    ).toEqual([
      ['13', 'american', 'killed'],
      ['170', 'afghan', 'killed'],
      ['40', 'Houthi', 'killed'],
    ]);
  });

  it('returns no figures for a report without sentences', () => {
    const { report } = buildFigureReport({ paragraphs: [] });
    expect(extractFigures(report, [], { lexicon: TEST_LEXICON })).toEqual([]);
  });

  it('gives figures whose offsets slice back to their text inside their sentence', () => {
    const part = fc.constantFrom(
      'Officials said',
      'more than 3,000',
      'North Korean soldiers',
      'were killed',
      'about 1,200 casualties a day',
      'on December 23,',
      '£1 billion',
      'between 10,000 and 12,000 troops',
      'were sent',
      'thousands of',
      'according to him',
    );
    fc.assert(
      fc.property(fc.array(fc.array(part, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), (parts) => {
        const { report, sentences } = buildSentencesReport(parts.map((words) => `${words.join(' ')}.`));
        for (const figure of extractFigures(report, sentences, { lexicon: TEST_LEXICON })) {
          const sentence = sentences.find((s) => s.id === figure.sentenceId);
          expect(report.text.slice(figure.start, figure.end)).toBe(figure.text);
          expect(figure.start >= (sentence?.start ?? Number.NaN) && figure.end <= (sentence?.end ?? Number.NaN)).toBe(
            true,
          );
        }
      }),
    );
  });

  it('flags a figure whose sentence names a year long before the report as outside the story, with the reason', () => {
    const facts = factsOf(
      ['Rebels killed 40 soldiers near the bridge on Monday.', 'In 1998, a similar raid killed 25 soldiers there.'],
      '2024-12-24',
    );
    expect(facts.map((f) => [f.text, f.isOutsideStory, f.outsideReason])).toEqual([
      ['40', false, null],
      ['25', true, 'names 1998, 26 years before the report'],
    ]);
  });
});
