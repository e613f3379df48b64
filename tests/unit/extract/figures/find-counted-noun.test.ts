import { describe, expect, it } from 'vitest';
import { findCountedNoun } from '../../../../src/extract/figures/find-counted-noun.js';
import { tokenizeFigureText } from '../../../../src/extract/words/tokenize-figure-text.js';

/** What the first number of the text counts, and the word that says so. */
function counted(text: string) {
  const match = /\d[\d,.]*/.exec(text);
  const found = findCountedNoun(text, tokenizeFigureText(text), (match?.index ?? 0) + (match?.[0].length ?? 0));
  return found === null ? null : [found.noun, found.token.text];
}

describe('findCountedNoun', () => {
  it.each([
    ['3,000 North Korean troops', ['military', 'troops']],
    ['10,000 elite special forces', ['military', 'forces']],
    ['a 12,000-strong contingent', ['military', 'strong']],
    ['500 civilians', ['people', 'civilians']],
    ['3,000 North Koreans', ['people', 'Koreans']],
    ['1,200 casualties a day', ['people', 'casualties']],
    ['12 British Storm Shadow missiles', ['weapon', 'missiles']],
    ['40 tanks', ['weapon', 'tanks']],
    ['48 billion yen', ['money', 'yen']],
    ['30 kilometres', ['distance', 'kilometres']],
    ['460 square miles', ['area', 'square']],
    ['86 minutes', ['duration', 'minutes']],
    ['20 tonnes', ['weight', 'tonnes']],
    ['2%', ['percent', '%']],
    ['2 percent', ['percent', 'percent']],
    ['2 per cent', ['percent', 'per']],
    ['20-year-old recruits', ['age', 'year']],
    ['20 years old', ['age', 'years']],
    ['28 European countries', ['place', 'countries']],
    ['five Russian military bases', ['place', 'bases']],
    ['200 United States troops', ['military', 'troops']],
    ['40 armored personnel carriers', ['weapon', 'personnel']],
    ['12 troop carriers', ['weapon', 'troop']],
    ['300 officers and 3 generals', ['military', 'officers']],
    ['four-star generals', ['thing', 'star']],
    ['5,000+ soldiers', ['military', 'soldiers']],
  ])('reads "%s"', (text, expected) => {
    expect(counted(text)).toEqual(expected);
  });

  it.each([
    ['a verb after the number', '1,100 have been killed'],
    ['a rate marker after the number', '1,200 a day'],
    ['a preposition after the number', '11,000 to Russia'],
    ['another number after it', '3,000 of 11,000 troops'],
    ['the end of the sentence', 'it reached 3,000.'],
  ])('returns null for %s', (_name, text) => {
    expect(counted(text)).toBeNull();
  });
});
