import { describe, expect, it } from 'vitest';
import { readNamePhrase } from '../../../../src/extract/people/read-name-phrase.js';
import { tokenizeFigureText } from '../../../../src/extract/words/tokenize-figure-text.js';

/** The phrase next to the word `at` of the text, as [written, type]. */
function read(text: string, at: string, direction: 'left' | 'right') {
  const tokens = tokenizeFigureText(text);
  const index = tokens.findIndex((token) => token.text === at);
  const phrase = readNamePhrase(tokens, direction === 'left' ? index : index + 1, direction);
  return phrase === null ? null : [text.slice(phrase.start, phrase.end), phrase.type];
}

describe('readNamePhrase', () => {
  it.each([
    [
      'a person with a title',
      'Ukrainian President Volodymyr Zelensky said',
      'said',
      ['Ukrainian President Volodymyr Zelensky', 'person'],
    ],
    [
      'a body with its acronym',
      'The Joint Chiefs of Staff (JCS) confirmed',
      'confirmed',
      ['The Joint Chiefs of Staff (JCS)', 'institution'],
    ],
    ['a possessive body', 'South Korea’s spy agency said', 'said', ['South Korea’s spy agency', 'institution']],
    ['a news agency', 'Seoul’s Yonhap news agency reported', 'reported', ['Seoul’s Yonhap news agency', 'institution']],
    ['an unnamed source', 'But U.S. officials said', 'said', ['U.S. officials', 'source']],
    ['a plural source', 'Recent reports suggest', 'suggest', ['Recent reports', 'source']],
    ['a description', 'The agency said', 'said', ['The agency', 'description']],
    ['a pronoun', 'Later, he said', 'said', ['he', 'pronoun']],
    [
      'names joined by "and"',
      'both U.S. and Ukrainian intelligence reports said',
      'said',
      ['both U.S. and Ukrainian intelligence reports', 'source'],
    ],
  ])('reads %s to the left', (_name, text, at, expected) => {
    expect(read(text, at, 'left')).toEqual(expected);
  });

  it.each([
    ['a name before a comma', 'according to Zelensky, who spoke', 'to', ['Zelensky', 'person']],
    [
      'a name with "by" inside',
      'according to a report by the Institute for the Study of War',
      'to',
      ['a report by the Institute for the Study of War', 'institution'],
    ],
    ['estimates', 'according to estimates.', 'to', ['estimates', 'source']],
    ['a pronoun', 'according to him', 'to', ['him', 'pronoun']],
    ['a name before a date', 'according to Kirby on December 5', 'to', ['Kirby', 'person']],
    [
      'a body whose name holds an ampersand',
      'according to Doctors & Medics International.',
      'to',
      ['Doctors & Medics International', 'institution'],
    ],
    ['one name, not two, around a lone ampersand', 'according to Kovalenko & the army', 'to', ['Kovalenko', 'person']],
  ])('reads %s to the right', (_name, text, at, expected) => {
    expect(read(text, at, 'right')).toEqual(expected);
  });

  it.each([
    ['a lowercase noun that is no source', 'North Korean troops reported', 'reported'],
    ['a nationality alone', 'Ukrainian said', 'said'],
    ['a first person inside a quote', 'what I said', 'said'],
    ['a first-person possessive', 'Our estimate is', 'estimate'],
    ['a first person with a contraction', 'And I’ve said', 'said'],
  ])('returns null for %s', (_name, text, at) => {
    expect(read(text, at, 'left')).toBeNull();
  });
});
