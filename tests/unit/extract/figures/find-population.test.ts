import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../../src/extract/figures/find-amounts.js';
import { findCountedNoun } from '../../../../src/extract/figures/find-counted-noun.js';
import { findPopulation } from '../../../../src/extract/figures/find-population.js';
import { tokenizeFigureText } from '../../../../src/extract/words/tokenize-figure-text.js';

/** The population of the amount written `written` in `text`, read as `extractFigures` reads it. */
function populationOf(text: string, written: string) {
  const amount = findAmounts(text).find((found) => found.text === written);
  if (amount === undefined) throw new Error(`No amount "${written}" in "${text}"`);
  const counted = findCountedNoun(text, tokenizeFigureText(text), amount.end);
  return findPopulation(text, { start: amount.start, end: amount.end, nounEnd: counted?.token.end ?? amount.end });
}

describe('findPopulation', () => {
  it.each([
    ['soldiers', 'About 700 soldiers were killed in the valley.', '700'],
    ['troops after a nationality', 'Officials said 1,500 Ruritanian troops were sent north.', '1,500'],
    ['fighters after modifiers', 'The raid killed 18 heavily armed hill fighters.', '18'],
    ['militants', 'Police said 9 militants died in the clash.', '9'],
    ['reservists', 'The ministry called up 40,000 reservists.', '40,000'],
    ['of + soldiers after a vague amount', 'Dozens of soldiers were wounded overnight.', 'Dozens'],
    ['a military adjective before the cue', 'Military casualties of more than 2,000 were reported.', '2,000'],
  ])('reads combatants from %s', (_, text, written) => {
    expect(populationOf(text, written)).toBe('combatant');
  });

  it.each([
    ['children', 'The blast killed at least 14 children at the market.', '14'],
    ['residents', 'Some 3,000 residents fled the valley.', '3,000'],
    ['passengers', 'The crash injured 61 passengers.', '61'],
    ['worshippers', 'Gunmen killed 27 worshippers during prayers.', '27'],
    ['the adjective civilian', 'The group counted 450 civilian deaths.', '450'],
    ['of + civilians after a vague amount', 'Thousands of civilians have been displaced.', 'Thousands'],
    ['a civilian death toll before the number', 'The civilian death toll rose to 312 on Monday.', '312'],
  ])('reads civilians from %s', (_, text, written) => {
    expect(populationOf(text, written)).toBe('civilian');
  });

  it.each([
    ['people', 'The flood killed 35 people in the lowlands.', '35'],
    ['victims', 'Investigators named all 22 victims.', '22'],
    ['no noun', 'Gunmen opened fire on a bus, killing 12.', '12'],
    ['police officers', 'The ambush killed 6 police officers.', '6'],
    ['a nationality alone', 'The storm killed 40 Ruritanians.', '40'],
    ['an attacker elsewhere in the sentence', 'Rebels shelled the town, killing 30 and wounding 80.', '30'],
  ])('says nothing for %s', (_, text, written) => {
    expect(populationOf(text, written)).toBeNull();
  });
});
