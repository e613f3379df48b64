import { describe, expect, it } from 'vitest';
import { findOutsideStoryReason } from '../../../../src/extract/figures/find-outside-story-reason.js';

const NO_WORDS = { storyWords: null, outsideWords: null };
const WORDS = {
  storyWords: /(?<![\p{L}\p{N}])(?:flood|dam)(?![\p{L}\p{N}])/u,
  outsideWords: /(?<![\p{L}\p{N}])(?:earthquake)(?![\p{L}\p{N}])/u,
};

describe('findOutsideStoryReason', () => {
  it.each([
    // An earlier event named by its year, two or more calendar years before the report.
    [
      'The blizzard of 1996 killed 154 people across the region.',
      '2021-03-02',
      'names 1996, 25 years before the report',
    ],
    [
      'In March 2016, a similar bombing killed 32 people in the capital.',
      '2018-06-10',
      'names 2016, 2 years before the report',
    ],
    [
      'That toll is higher than the 40 deaths in the 2012 derailment.',
      '2020-01-15',
      'names 2012, 8 years before the report',
    ],
    // One year before is too close to tell apart from the same story running over a new year.
    ['By December 2019, 12 people had died in the outbreak.', '2020-02-01', null],
    // A year that starts something still running is the story's own span.
    ['The conflict, which began in 2014, has killed 9,000 people.', '2019-05-01', null],
    ['Since 2015 at least 300 soldiers have been killed.', '2019-05-01', null],
    ['Fighting since early March 2016 has killed 80 people.', '2019-05-01', null],
    ['From 2011 to 2019, the agency counted 4,000 dead.', '2019-05-01', null],
    // No year, or a year that is not earlier.
    ['Rescuers said 14 people were killed on Tuesday.', '2019-05-01', null],
    ['Officials expect 2,000 troops to stay through 2030.', '2019-05-01', null],
    // Without a report date the year rule cannot apply.
    ['The blizzard of 1996 killed 154 people.', null, null],
  ])('%s (report %s) → %s', (sentence, reportDate, reason) => {
    expect(findOutsideStoryReason(sentence, { reportDate, lexicon: NO_WORDS })).toBe(reason);
  });

  it.each([
    ['The earthquake killed 60 people in the hills.', 'names earthquake'],
    // A story word in the same sentence keeps the figure in the story.
    ['Unlike the earthquake, the flood killed 60 people.', null],
    ['The flood killed 60 people.', null],
  ])('outside words: %s → %s', (sentence, reason) => {
    expect(findOutsideStoryReason(sentence, { reportDate: '2022-07-01', lexicon: WORDS })).toBe(reason);
  });

  // General examples of the rule on other stories: a briefing's aside, a historical war, an accident.
  it.each([
    ['In the 1995 war, about 500 soldiers died on both sides.', '2025-05-06', 'names 1995, 30 years before the report'],
    ['A bus crash in 2019 killed 14 pilgrims on the same road.', '2024-08-02', 'names 2019, 5 years before the report'],
    ['The floods of 2010 displaced 20 million people.', '2022-09-01', 'names 2010, 12 years before the report'],
    // The story's own toll, counted from the year the story began, stays in.
    ['The insurgency, which erupted in 2017, has killed 4,000 people.', '2021-03-15', null],
    ['Since January 2023, at least 12,000 civilians have been killed.', '2025-01-10', null],
  ])('other events: %s (report %s) → %s', (sentence, reportDate, reason) => {
    expect(findOutsideStoryReason(sentence, { reportDate, lexicon: NO_WORDS })).toBe(reason);
  });

  it('puts a briefing’s turn to another conflict outside unless the story is named too', () => {
    const lexicon = {
      storyWords: /(?<![\p{L}\p{N}])(?:Zamora|Loja)(?![\p{L}\p{N}])/u,
      outsideWords: /(?<![\p{L}\p{N}])(?:Darfur)(?![\p{L}\p{N}])/u,
    };
    expect(
      [
        'Turning to Darfur, the envoy said 300 people were killed last week.',
        'Troops moved from Darfur to Zamora, where 40 soldiers were killed.',
        'In Zamora, 40 soldiers were killed.',
      ].map((sentence) => findOutsideStoryReason(sentence, { reportDate: '2025-05-06', lexicon })),
    ).toEqual(['names Darfur', null, null]);
  });
});
