import { describe, expect, it } from 'vitest';
import { findSpeechVerbs } from '../../../../src/extract/words/find-speech-verbs.js';

describe('findSpeechVerbs', () => {
  it.each([
    ['a finite verb', 'Berg said it.', [['said', 'finite', true]]],
    ['the longest form first', 'Berg pointed out that', [['pointed out', 'finite', true]]],
    ['a participle', 'he left, remarking', [['remarking', 'participle', false]]],
    ['a naming verb', 'she called it', [['called', 'naming', false]]],
    ['"according to" at the start of a sentence', 'According to Berg', [['according to', 'according', false]]],
    ['a verb that only attributes a quote', 'Berg criticized it', [['criticized', 'finite', false]]],
    [
      'several verbs in order',
      'Berg said and added',
      [
        ['said', 'finite', true],
        ['added', 'finite', true],
      ],
    ],
    ['no verb inside a longer word', 'the saidai region', []],
    ['no verb in a capitalised name', 'aid to the Federated States of Harbouria', []],
    ['a capitalised verb after a sentence end', 'It ended. Says Berg', [['says', 'finite', true]]],
  ])('finds %s', (_name, text, expected) => {
    expect(findSpeechVerbs(text).map((verb) => [verb.verb, verb.kind, verb.isReporting])).toEqual(expected);
  });

  it.each([
    ['a range that starts inside a word reads the word from there', 'The unsaid words', 6, 16, [['said', 6, 10]]],
    [
      'a range that cuts a verb of several words reads its tail',
      'It was, as reported by Reuters',
      11,
      30,
      [['reported', 11, 19]],
    ],
    [
      'the whole text reads the verb of several words',
      'It was, as reported by Reuters',
      0,
      30,
      [['as reported by', 8, 22]],
    ],
    ['a range that ends inside a verb finds none', 'Kirby said so', 0, 8, []],
    [
      'a range after a verb finds the next one',
      'Berg pointed out that Kowalczyk had said so',
      13,
      43,
      [['said', 36, 40]],
    ],
  ])('reads the same verbs in a range as in that text alone: %s', (_name, text, from, to, expected) => {
    findSpeechVerbs(text);
    expect(findSpeechVerbs(text, from, to).map((verb) => [verb.verb, verb.start, verb.end])).toEqual(expected);
  });

  it('gives offsets into the text and reads only the range asked', () => {
    expect(findSpeechVerbs('said X said', 4)).toEqual([
      { kind: 'finite', start: 7, end: 11, verb: 'said', isReporting: true },
    ]);
  });
});
