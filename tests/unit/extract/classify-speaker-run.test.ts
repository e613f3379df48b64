import { describe, expect, it } from 'vitest';
import {
  classifySpeakerRun,
  isNameWord,
  readTokenFacts,
  readWordFacts,
  type WordFacts,
} from '../../../src/extract/classify-speaker-run.js';
import { tokenizeWords } from '../../../src/extract/tokenize-words.js';

function classify(text: string) {
  const phrase = classifySpeakerRun(text, tokenizeWords(text));
  return phrase && { kind: phrase.kind, text: phrase.text, name: phrase.name, role: phrase.role, head: phrase.head };
}

describe('classifySpeakerRun', () => {
  it.each([
    ['a name alone', 'Berg', { kind: 'named', text: 'Berg', name: 'Berg', role: null, head: 'berg' }],
    [
      'a role and a name',
      'Ukrainian President Olena Marchuk',
      {
        kind: 'named',
        text: 'Ukrainian President Olena Marchuk',
        name: 'Olena Marchuk',
        role: 'Ukrainian President',
        head: 'marchuk',
      },
    ],
    [
      'a lowercase role',
      'White House spokesperson Dana Reyes',
      {
        kind: 'named',
        text: 'White House spokesperson Dana Reyes',
        name: 'Dana Reyes',
        role: 'White House spokesperson',
        head: 'reyes',
      },
    ],
    [
      'a role with "of"',
      'Secretary of State Ana Lind',
      {
        kind: 'named',
        text: 'Secretary of State Ana Lind',
        name: 'Ana Lind',
        role: 'Secretary of State',
        head: 'lind',
      },
    ],
    [
      'an initial',
      'John F. Kirby',
      { kind: 'named', text: 'John F. Kirby', name: 'John F. Kirby', role: null, head: 'kirby' },
    ],
    [
      'an honorific, not a role',
      'Mr. Berg',
      { kind: 'named', text: 'Mr. Berg', name: 'Berg', role: null, head: 'berg' },
    ],
    ['a date before a name', 'On Monday Berg', { kind: 'named', text: 'Berg', name: 'Berg', role: null, head: 'berg' }],
    ['a pronoun', 'she', { kind: 'pronoun', text: 'she', name: null, role: null, head: 'she' }],
    [
      'an unnamed official',
      'a senior official',
      { kind: 'descriptor', text: 'a senior official', name: null, role: 'senior official', head: 'official' },
    ],
    [
      'a title with "the"',
      'the minister',
      { kind: 'descriptor', text: 'the minister', name: null, role: 'minister', head: 'minister' },
    ],
    [
      'an institution',
      'the Pentagon',
      { kind: 'organisation', text: 'the Pentagon', name: 'Pentagon', role: null, head: 'pentagon' },
    ],
    [
      'a generic institution',
      'the agency',
      { kind: 'organisation', text: 'the agency', name: 'agency', role: null, head: 'agency' },
    ],
    ['a place', 'Russia', { kind: 'organisation', text: 'Russia', name: 'Russia', role: null, head: 'russia' }],
    ['an acronym', 'NATO', { kind: 'organisation', text: 'NATO', name: 'NATO', role: null, head: 'nato' }],
    ['nobody', 'the war', null],
  ])('reads %s', (_name, text, expected) => {
    expect(classify(text)).toEqual(expected);
  });
});

describe('isNameWord', () => {
  it.each([
    ['Zelensky', true],
    ['F.', true],
    ['President', false],
    ['Pentagon', false],
    ['Ukraine', false],
    ['Russia’s', false],
    ['JCS', false],
    ['However', false],
    ['berg', false],
    ['I’ve', false],
    ["Doesn't", false],
    ['Advisors', false],
    ['Ministers', false],
    ['Moss', true],
  ])('says %s is %s', (word, expected) => {
    expect(isNameWord({ text: word, start: 0, end: word.length })).toBe(expected);
  });
});

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

describe('classifySpeakerRun with the facts of its words', () => {
  it('reads the same phrase as without them', () => {
    const text = 'the chief of the general staff Valery Gerasimov';
    const tokens = tokenizeWords(text);
    const facts = tokens.map((token) => readWordFacts(token.text));
    expect(classifySpeakerRun(text, tokens, { facts })).toEqual(classifySpeakerRun(text, tokens));
  });
});
