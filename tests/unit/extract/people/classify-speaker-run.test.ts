import { describe, expect, it } from 'vitest';
import { classifySpeakerRun, isNameWord } from '../../../../src/extract/people/classify-speaker-run.js';
import { readWordFacts } from '../../../../src/extract/words/read-word-facts.js';
import { tokenizeWords } from '../../../../src/extract/words/tokenize-words.js';

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

describe('classifySpeakerRun with the facts of its words', () => {
  it('reads the same phrase as without them', () => {
    const text = 'the chief of the general staff Valery Gerasimov';
    const tokens = tokenizeWords(text);
    const facts = tokens.map((token) => readWordFacts(token.text));
    expect(classifySpeakerRun(text, tokens, { facts })).toEqual(classifySpeakerRun(text, tokens));
  });
});
