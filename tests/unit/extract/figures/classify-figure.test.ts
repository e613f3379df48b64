import { describe, expect, it } from 'vitest';
import { classifyFigure } from '../../../../src/extract/figures/classify-figure.js';
import { findAmounts } from '../../../../src/extract/figures/find-amounts.js';
import { findCountedNoun } from '../../../../src/extract/figures/find-counted-noun.js';
import { tokenizeFigureText } from '../../../../src/extract/words/tokenize-figure-text.js';

/** The class of the amount written `written` in `text`, as "kind/category", or null. */
function classify(text: string, written: string) {
  const amounts = findAmounts(text);
  const amount = amounts.find((found) => found.text === written);
  if (amount === undefined) throw new Error(`No amount "${written}" in "${text}"`);
  const tokens = tokenizeFigureText(text);
  const counted = findCountedNoun(text, tokens, amount.end);
  const found = classifyFigure(text, tokens, {
    amount,
    amounts,
    noun: counted?.noun ?? null,
    nounEnd: counted?.token.end ?? amount.end,
  });
  return found === null ? null : `${found.kind}/${found.category}`;
}

describe('classifyFigure', () => {
  it('leaves an amount with its own passive verb to that verb, not to a cue before it', () => {
    const text = 'Up to 90 people were killed and 120 people were trapped in the mine.';
    expect(classify(text, '90')).toBe('casualties/killed');
    expect(classify(text, '120')).toBeNull();
    expect(classify('The blast killed 9 people and 30 people were injured.', '30')).toBe('casualties/wounded');
  });

  it.each([
    ['killed', 'Some 300 soldiers were killed near the river.', '300', 'casualties/killed'],
    ['dead', 'The raid left 40 dead.', '40', 'casualties/killed'],
    ['deaths', 'Officials counted 75 deaths.', '75', 'casualties/killed'],
    ['died', 'About 90 recruits died in training.', '90', 'casualties/killed'],
    ['dying', 'About 900 soldiers were dying each day.', '900', 'casualties/killed'],
    [
      '"the dead and the wounded"',
      'The toll is 4,000 between the dead and the wounded.',
      '4,000',
      'casualties/killed_or_wounded',
    ],
    [
      'its own words, not a neighbour’s before it',
      'Medics counted 70 soldiers killed while 130 soldiers have been wounded.',
      '130',
      'casualties/wounded',
    ],
    [
      'its whole’s words, not those beyond the next figure',
      'Medics counted 12 of the 90 sailors killed while 300 were wounded.',
      '12',
      'casualties/killed',
    ],
    ['the death toll', 'The death toll has passed 2,000.', '2,000', 'casualties/killed'],
    ['wounded', 'Another 120 fighters were wounded.', '120', 'casualties/wounded'],
    ['injured', 'At least 60 soldiers were injured.', '60', 'casualties/wounded'],
    ['killed or wounded', 'Nearly 800 soldiers were killed or wounded.', '800', 'casualties/killed_or_wounded'],
    ['killed and injured', 'The unit had 450 killed and injured.', '450', 'casualties/killed_or_wounded'],
    ['dead and injured', 'The count of dead and injured reached 900.', '900', 'casualties/killed_or_wounded'],
    ['killed, wounded or captured', 'It lost 700 killed, wounded or captured.', '700', 'casualties/killed_or_wounded'],
    ['casualties', 'The brigade suffered 650 casualties.', '650', 'casualties/killed_or_wounded'],
    ['losses', 'Losses in the sector reached 1,400.', '1,400', 'casualties/killed_or_wounded'],
    ['captured', 'Ukraine captured 14 soldiers.', '14', 'casualties/captured'],
    ['taken prisoner', 'Some 30 fighters were taken prisoner.', '30', 'casualties/captured'],
    ['missing', 'Around 200 soldiers are missing.', '200', 'casualties/missing'],
    ['after a participle', 'The shell hit a market, killing at least 35 shoppers.', '35', 'casualties/killed'],
    ['after "would kill"', 'The plan would kill 18 farmers.', '18', 'casualties/killed'],
    ['after "kills"', 'The storm kills 6 campers.', '6', 'casualties/killed'],
    ['after "wounding"', 'The blast shook the port, wounding 22 dockers.', '22', 'casualties/wounded'],
    [
      'after "killing or injuring"',
      'A mine went off, killing or injuring 14 miners.',
      '14',
      'casualties/killed_or_wounded',
    ],
    [
      'last in a list of parties',
      'The ambush has killed a Dutch pilot, a Polish medic and at least 11 villagers.',
      '11',
      'casualties/killed',
    ],
    [
      'in a list of parties with a number',
      'The flood killed two nurses, a driver, and 9 pupils.',
      '9',
      'casualties/killed',
    ],
    ['sent', 'The country sent 5,000 troops.', '5,000', 'troops/deployed'],
    ['deployed', 'It has deployed 7,000 soldiers.', '7,000', 'troops/deployed'],
    ['dispatched', 'It dispatched 2,500 engineers and soldiers.', '2,500', 'troops/deployed'],
    ['stationed', 'About 4,000 soldiers are stationed near the border.', '4,000', 'troops/deployed'],
    ['involved in combat', 'Over 9,000 men have been involved in combat.', '9,000', 'troops/deployed'],
    ['troops in a place', 'The 6,000 troops in Kursk dug in.', '6,000', 'troops/deployed'],
    ['trained', 'The army trained 1,500 recruits.', '1,500', 'troops/trained'],
    ['sent for training', 'Some 2,000 were initially sent for training with the troops.', '2,000', 'troops/trained'],
    ['additional', 'It sent an additional 3,000 troops.', '3,000', 'troops/additional'],
    ['a further deployment', 'A further deployment of 2,000 troops followed.', '2,000', 'troops/additional'],
    ['more after the number', 'It will add 4,000 more troops.', '4,000', 'troops/additional'],
    [
      'a deployment after an initial one',
      'It sent 2,000 troops in May, after the initial contingent left.',
      '2,000',
      'troops/additional',
    ],
    ['planned', 'The country plans to send 30,000 troops.', '30,000', 'troops/planned'],
    ['could send', 'It could send as many as 100,000 troops.', '100,000', 'troops/planned'],
    ['planned over additional', 'It plans to send an additional 8,000 troops.', '8,000', 'troops/planned'],
    [
      'the whole after a fraction of it',
      'A third of the 11,000 soldiers have been wounded.',
      '11,000',
      'troops/deployed',
    ],
    ['the whole after a percentage of it', 'About 80% of the 10,000 troops were killed.', '10,000', 'troops/deployed'],
    ['a casualty after "further"', 'A further 1,000 were wounded.', '1,000', 'casualties/wounded'],
    [
      'displaced',
      'Officials said at least 9,000 people were displaced by the floods.',
      '9,000',
      'casualties/displaced',
    ],
    ['fled', 'More than 40,000 villagers fled the shelling.', '40,000', 'casualties/displaced'],
    ['evacuated', 'Rescuers evacuated 1,300 residents from the valley.', '1,300', 'casualties/displaced'],
    ['homeless', 'The quake left 6,000 families homeless.', '6,000', 'casualties/displaced'],
    [
      'forced from their homes',
      'About 200,000 people were forced from their homes.',
      '200,000',
      'casualties/displaced',
    ],
    ['hospitalised', 'At least 80 pupils were hospitalised after the blast.', '80', 'casualties/wounded'],
    ['mobilised', 'The army mobilised 300,000 reservists last autumn.', '300,000', 'troops/mobilised'],
    ['called up', 'The ministry called up 25,000 conscripts in March.', '25,000', 'troops/mobilised'],
    ['conscripted', 'About 9,000 men were conscripted into the army.', '9,000', 'troops/mobilised'],
    ['planned over mobilised', 'The ministry plans to send 5,000 mobilised soldiers.', '5,000', 'troops/planned'],
  ])('reads %s', (_name, text, written, expected) => {
    expect(classify(text, written)).toBe(expected);
  });

  it.each([
    [
      'the nearest cue for each figure',
      'It had 1,100 killed and 3,000 wounded.',
      [
        ['1,100', 'casualties/killed'],
        ['3,000', 'casualties/wounded'],
      ],
    ],
    [
      'a part and its whole',
      '300 of the 11,000 troops sent to the front were killed.',
      [
        ['300', 'casualties/killed'],
        ['11,000', 'troops/deployed'],
      ],
    ],
    ['clauses apart', 'Of the 12,000 troops, many have died.', [['12,000', 'troops/deployed']]],
    [
      'a verb for each object of its list',
      'The quake killed 12 villagers and at least 30 tourists.',
      [
        ['12', 'casualties/killed'],
        ['30', 'casualties/killed'],
      ],
    ],
    [
      'a verb for its objects, with an adverb before the last',
      'The quake killed 12 villagers and possibly 30 tourists.',
      [
        ['12', 'casualties/killed'],
        ['30', 'casualties/killed'],
      ],
    ],
    [
      'a participle for its own object only',
      'The strike killed 8 guards, wounding 20 clerks.',
      [
        ['8', 'casualties/killed'],
        ['20', 'casualties/wounded'],
      ],
    ],
  ])('gives %s', (_name, text, expected) => {
    expect(expected.map(([written]) => [written, classify(text, written ?? '')])).toEqual(expected);
  });

  it.each([
    ['a number with no cue and no soldiers', 'The plan has 3,000 pages.', '3,000'],
    ['a cue that is not linked to the number', 'Ten thousand pales in comparison to those casualties.', 'Ten thousand'],
    ['people with no cue', 'About 500 civilians gathered.', '500'],
    ['a troop cue with no soldiers in sight', 'The agency sent 400 letters.', '400'],
    ['an active verb after the number: its subject, not its object', 'Some 12 hunters killing deer were fined.', '12'],
    [
      'a cue before another figure and a new verb',
      'The quake killed 600 people and left more than 3 million Peruvians without homes.',
      '3 million',
    ],
    ['a cue before another figure and "but"', 'The fire killed 4 guards but spared 70 inmates.', '70'],
    [
      'a verb across a clause that is not a list',
      'The raid killed a guard, police said, and 30 villagers watched.',
      '30',
    ],
    ['money, never people', 'The fund raised $4 million for the displaced families.', '4 million'],
    ['rockets, never people', 'Militants fired 120 rockets and mobilised their units.', '120'],
    ['buildings, never people', 'The quake destroyed 800 buildings and left the town homeless.', '800'],
    ['an age, never people', 'A 19-year-old conscript was killed.', '19'],
    ['a percentage, never people', 'About 70 percent of the residents fled.', '70'],
  ])('returns null for %s', (_name, text, written) => {
    expect(classify(text, written)).toBeNull();
  });
});
