import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../../src/extract/figures/find-amounts.js';
import { findNonFigureReason } from '../../../../src/extract/figures/find-non-figure-reason.js';
import { tokenizeFigureText } from '../../../../src/extract/words/tokenize-figure-text.js';

/** The reason given for the amount written `amount` in `text`. */
function reasonFor(text: string, written: string) {
  const amount = findAmounts(text).find((found) => found.text === written);
  if (amount === undefined) throw new Error(`No amount "${written}" in "${text}"`);
  return findNonFigureReason(text, tokenizeFigureText(text), amount);
}

describe('findNonFigureReason', () => {
  it.each([
    [
      'a rate per million people',
      'Shaking like that brings 10 to 30 deaths per million residents.',
      '10 to 30',
      'ratio',
    ],
    ['a rate per 100,000', 'The region saw 45 deaths per 100,000 inhabitants.', '45', 'ratio'],
    [
      'the main clause after an opening condition',
      'If the dam breaks, it would kill thousands downstream.',
      'thousands',
      'hypothetical',
    ],
    [
      'a forecast with "would lead to"',
      'Experts said a flood would lead to 400 deaths in the valley.',
      '400',
      'hypothetical',
    ],
    ['a forecast with "could kill"', 'A stronger storm could kill up to 2,000 villagers.', '2,000', 'hypothetical'],
  ])('drops %s', (_, text, written, expected) => {
    expect(reasonFor(text, written)).toBe(expected);
  });

  it.each([
    ['a rate per day', 'About 1,200 soldiers were killed per day.', '1,200'],
    [
      'a fact inside the condition',
      'If they refuse talks, and would even kill 14 hostages, then no deal will hold.',
      '14',
    ],
    ['a past toll after a forecast', 'Officials feared the storm could kill many, and 30 people died.', '30'],
  ])('keeps %s', (_, text, written) => {
    expect(reasonFor(text, written)).toBeNull();
  });

  it.each([
    ['a pound amount', 'Britain pledged £1 billion in aid.', '1 billion', 'money'],
    ['a dollar amount with a suffix', 'It costs $20m a month.', '20', 'money'],
    ['a currency word', 'Japan gave 48.2 billion yen.', '48.2 billion', 'money'],
    ['missiles', 'Ukraine fired 12 British Storm Shadow missiles.', '12', 'weapon'],
    ['a distance', 'The front moved 30 kilometres.', '30', 'distance'],
    ['an area', 'Troops took 460 square miles.', '460', 'area'],
    ['a duration', 'The attack lasted 86 minutes.', '86', 'duration'],
    ['a weight', 'They shipped 20 tonnes of shells.', '20', 'weight'],
    ['a percentage', 'About 2% of the force was lost.', '2', 'percent'],
    ['a percentage in words', 'About 2 percent of the force was lost.', '2', 'percent'],
    ['an age with "aged"', 'The soldier, aged 19, was captured.', '19', 'age'],
    ['an age with "-year-old"', 'A 20-year-old recruit died.', '20', 'age'],
    ['an ordinal unit number', 'The 11th Corps lost ground.', '11', 'ordinal'],
    ['a unit number after its name', 'Brigade 155 was hit.', '155', 'unit-number'],
    ['a number after a hash', 'Position #4 fell.', '4', 'unit-number'],
    ['a model number', 'The Kh-101 struck a depot.', '101', 'code'],
    ['a number glued to letters', 'A G7 summit met.', '7', 'code'],
    ['a sports score', 'Kyiv won the match 6-0.', '6', 'score'],
    ['a day after its month', 'On December 23, officials spoke.', '23', 'date'],
    ['a day before its month', 'On 23 December, officials spoke.', '23', 'date'],
    ['a day after an abbreviated month', 'On Dec. 23 officials spoke.', '23', 'date'],
    ['a year', 'The war began in 2022.', '2022', 'year'],
    ['a year before a noun', 'The 2024 season ended.', '2024', 'year'],
    ['a decade', 'The 1990s were quiet.', '1990', 'year'],
    ['a time of day', 'It began at 10:30.', '30', 'time'],
    ['an hour with p.m.', 'It began at 3 p.m. local time.', '3', 'time'],
    ['a number in a URL', 'See https://example.com/3000-killed for more.', '3000', 'url'],
    ['a number in a file name', 'The photo troops_2000.jpg was shared.', '2000', 'url'],
    ['the first number of a ratio', 'Officials said 1 in 3 soldiers were injured.', '1', 'ratio'],
    ['the second number of a ratio', 'Officials said one in 3 soldiers were injured.', '3', 'ratio'],
    ['"one of"', 'He was one of 12 soldiers captured.', 'one', 'one-of'],
    ['an age after "the age of"', 'Most of the dead were over the age of 70.', '70', 'age'],
    ['the upper age of a span', 'Men between the ages of 18 and 35 were called up.', '35', 'age'],
    ['countries', 'Envoys of 31 European countries met.', '31', 'place'],
    ['military bases', 'The troops sit on six Russian military bases.', 'six', 'place'],
    ['a handful of forces', 'Peacekeepers could stand between the two forces.', 'two', 'formation'],
    ['a count of units', 'Kyiv moved three units to the north.', 'three', 'thing'],
    ['armored personnel carriers', 'Kyiv received 40 armored personnel carriers.', '40', 'weapon'],
    ['the second day of a month', 'Strikes may come on March 3 or 4.', '4', 'date'],
    ['the first number of a vote tally', 'The Senate voted 71 to 22 to send more troops.', '71', 'score'],
    ['the second number of a vote tally', 'The Senate voted 71 to 22 to send more troops.', '22', 'score'],
    ['a falling pair joined by "to"', 'The bill passed 61 to 30 as troops were sent.', '30', 'score'],
  ])('rules out %s', (_name, text, written, reason) => {
    expect(reasonFor(text, written)).toBe(reason);
  });

  it.each([
    ['a count of troops', 'North Korea sent 3,000 troops.', '3,000'],
    ['a count before a verb', 'At least 1,100 have been killed.', '1,100'],
    ['a vague count of soldiers', 'Thousands of soldiers died.', 'Thousands'],
    ['a four-digit count of soldiers', 'It sent 2000 soldiers.', '2000'],
    ['a day-sized count away from a month', 'In December, 23 soldiers died.', '23'],
    ['a head count of forces', 'It sent 4,000 forces to the border.', '4,000'],
    ['a falling change', 'The garrison fell from 900 to 700 soldiers.', '700'],
    ['troops of a country whose name holds a place word', 'It sent 200 United States troops.', '200'],
    ['a count of officers next to an age', 'Aged units aside, 300 officers were sent.', '300'],
  ])('keeps %s', (_name, text, written) => {
    expect(reasonFor(text, written)).toBeNull();
  });
});
