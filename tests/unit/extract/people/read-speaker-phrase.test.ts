import { describe, expect, it } from 'vitest';
import { readSpeakerPhrase } from '../../../../src/extract/people/read-speaker-phrase.js';
import { tokenizeWords } from '../../../../src/extract/words/tokenize-words.js';

/** Reads forward after `marker`, or backward before it. */
function read(text: string, marker: string, direction: 'forward' | 'backward') {
  const at = direction === 'forward' ? text.indexOf(marker) + marker.length : text.indexOf(marker);
  const phrase = readSpeakerPhrase(text, at, { direction, limit: direction === 'forward' ? text.length : 0 });
  return phrase && { kind: phrase.kind, text: phrase.text, name: phrase.name, role: phrase.role };
}

describe('readSpeakerPhrase', () => {
  it.each([
    [
      'an inverted speaker with a role',
      '“No,” said Polish analyst Piotr Nowak.',
      'said ',
      { kind: 'named', text: 'Polish analyst Piotr Nowak', name: 'Piotr Nowak', role: 'Polish analyst' },
    ],
    [
      'an appositive role after a name',
      '“No,” said Dana Reyes, the army spokeswoman.',
      'said ',
      { kind: 'named', text: 'Dana Reyes, the army spokeswoman', name: 'Dana Reyes', role: 'army spokeswoman' },
    ],
    ['a pronoun', '“No,” he said.', '” ', { kind: 'pronoun', text: 'he', name: null, role: null }],
    [
      'a free adjective in an unnamed source',
      '“No,” a top-ranking official said.',
      '” ',
      { kind: 'descriptor', text: 'a top-ranking official', name: null, role: 'top-ranking official' },
    ],
    ['nothing before a verb', '“No,” said.', 'said', null],
  ])('reads forward %s', (_name, text, marker, expected) => {
    expect(read(text, marker, 'forward')).toEqual(expected);
  });

  it.each([
    [
      'a name with an appositive role',
      'Tomas Berg, the national security spokesman, pointed out',
      ' pointed',
      {
        kind: 'named',
        text: 'Tomas Berg, the national security spokesman',
        name: 'Tomas Berg',
        role: 'national security spokesman',
      },
    ],
    [
      'a name past a relative clause',
      'Berg, who spoke on Monday, said',
      ' said',
      { kind: 'named', text: 'Berg', name: 'Berg', role: null },
    ],
    [
      'the fuller of a title and an appositive',
      'General Ivan Hrytsenko, the chief of the general staff, said',
      ' said',
      {
        kind: 'named',
        text: 'General Ivan Hrytsenko, the chief of the general staff',
        name: 'Ivan Hrytsenko',
        role: 'chief of the general staff',
      },
    ],
    [
      'an unnamed source',
      'a senior Ukrainian official said',
      ' said',
      { kind: 'descriptor', text: 'a senior Ukrainian official', name: null, role: 'senior Ukrainian official' },
    ],
    [
      'an institution with a possessive',
      'Estonia’s defence ministry said',
      ' said',
      { kind: 'organisation', text: 'Estonia’s defence ministry', name: 'Estonia’s defence ministry', role: null },
    ],
    [
      'a speaker cut at a comma',
      'On Monday, Berg said',
      ' said',
      { kind: 'named', text: 'Berg', name: 'Berg', role: null },
    ],
    ['no speaker before a lowercase word', 'the war continues said', ' said', null],
    ['no speaker before a verb', 'Berg said:', ':', null],
  ])('reads backward %s', (_name, text, marker, expected) => {
    expect(read(text, marker, 'backward')).toEqual(expected);
  });

  it.each([
    ['a role and a name', 'Then Defence Minister Anna Kowalczyk said so.', 5],
    ['a role alone', 'Later the harbour master said so.', 6],
    ['a determiner and plain words as no one', 'In the end it held.', 3],
  ])('reads forward the same with the text’s tokens given: %s', (_name, text, at) => {
    const options = { direction: 'forward' as const, limit: text.length };
    const tokens = tokenizeWords(text);
    expect(readSpeakerPhrase(text, at, { ...options, tokens })).toEqual(readSpeakerPhrase(text, at, options));
  });
});
