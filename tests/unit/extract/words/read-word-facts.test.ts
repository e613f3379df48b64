import { describe, expect, it } from 'vitest';
import { readTokenFacts, readWordFacts, type WordFacts } from '../../../../src/extract/words/read-word-facts.js';
import { tokenizeWords } from '../../../../src/extract/words/tokenize-words.js';

/** The facts that are true, by name, so a case reads as a short list. */
function trueFacts(facts: WordFacts): string[] {
  return Object.entries(facts)
    .filter(([, value]) => value)
    .map(([name]) => name);
}

describe('readWordFacts', () => {
  it.each([
    ['a name', 'Kirby', ['isCapitalised', 'isNameWord']],
    ['a plain lowercase word', 'troops', ['isLowercase']],
    ['a lowercase determiner', 'the', ['isLowercase', 'isDeterminer', 'isThe']],
    ['a capitalised determiner and opener', 'The', ['isCapitalised', 'isDeterminer', 'isThe', 'isOpener']],
    ['a title', 'minister', ['isLowercase', 'isTitle']],
    ['a role word that heads institutions too', 'army', ['isLowercase', 'isRoleModifier', 'isOrganisation']],
    ['a capitalised place', 'Ukraine', ['isCapitalised', 'isProperInstitution']],
    ['an acronym', 'JCS', ['isCapitalised', 'isAcronym']],
    ['an institution by its acronym', 'NATO', ['isCapitalised', 'isAcronym', 'isOrganisation', 'isProperInstitution']],
    ['a short acronym in capitals', 'UN', ['isCapitalised', 'isAcronym', 'isOrganisation', 'isProperInstitution']],
    ['the same letters as the last word of a name', 'Un', ['isCapitalised', 'isNameWord']],
    ['a name joined to "al-"', 'al-Assad', ['isLowercase', 'isNameWord']],
    ['an initial', 'F.', ['isCapitalised', 'isNameWord', 'isInitial']],
    ['an honorific', 'Mr.', ['isCapitalised', 'isTitle', 'isHonorific']],
    ['"of"', 'of', ['isLowercase', 'isOf']],
    ['a name particle', 'von', ['isLowercase', 'isParticle']],
    ['a pronoun', 'she', ['isLowercase', 'isPronoun']],
    ['a sentence opener', 'However', ['isCapitalised', 'isOpener']],
    ['a lowercase word with a capital inside', 'iPhone', ['isLowercase']],
  ])('reads %s', (_name, word, expected) => {
    expect(trueFacts(readWordFacts(word))).toEqual(expected);
  });

  it('gives the same answer every time, and one object for words with the same facts', () => {
    expect(readWordFacts('Kirby')).toBe(readWordFacts('Kirby'));
    expect(readWordFacts('Kirby')).toBe(readWordFacts('Berg'));
    expect(readWordFacts('troops')).toBe(readWordFacts('villages'));
  });
});

describe('readTokenFacts', () => {
  it('reads the facts of each token of a text, as readWordFacts of its words', () => {
    const text = 'Ukrainian President Olena Marchuk told the minister’s aides of it.';
    const tokens = tokenizeWords(text);
    expect(tokens.map((token) => readTokenFacts(text, token))).toEqual(
      tokens.map((token) => readWordFacts(token.text)),
    );
  });
});
