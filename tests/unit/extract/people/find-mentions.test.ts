import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../src/extract/people/find-mentions.js';
import { findQuoteSpans } from '../../../../src/extract/words/find-quote-spans.js';
import { maskQuoteSpans } from '../../../../src/extract/words/mask-quote-spans.js';

function mentions(text: string) {
  return findMentions(maskQuoteSpans(text, findQuoteSpans(text))).map((mention) => [
    mention.kind,
    mention.text,
    mention.isSpeaking,
  ]);
}

describe('findMentions', () => {
  it.each([
    [
      'people, roles and institutions in text order',
      'Defence Minister Anna Kowalczyk met a senior official at the Pentagon.',
      [
        ['named', 'Defence Minister Anna Kowalczyk', false],
        ['descriptor', 'a senior official', false],
        ['organisation', 'the Pentagon', false],
      ],
    ],
    ['a speaker', 'Berg also said so.', [['named', 'Berg', true]]],
    [
      'a lowercase title "of" a place as the role of the name before it, never a person',
      'Tomas Brandt, mayor of East Halden, visited the port.',
      [['named', 'Tomas Brandt, mayor of East Halden', false]],
    ],
    [
      'a speaker after the appositive the name holds',
      'Tomas Brandt, director of the Halden Institute’s Research Centre, said so.',
      [['named', 'Tomas Brandt, director of the Halden Institute’s Research Centre', true]],
    ],
    ['an inverted speaker', '“No,” said Berg.', [['named', 'Berg', true]]],
    ['no one named inside a quote', '“Kowalczyk left,” Berg said.', [['named', 'Berg', true]]],
    [
      'a lone name after "in" as a place',
      'Berg spoke in Lviv.',
      [
        ['named', 'Berg', true],
        ['organisation', 'Lviv', false],
      ],
    ],
    ['no pronouns', 'He said she left.', []],
    [
      'the subject of a said clause as no speaker',
      'Berg said Kowalczyk left.',
      [
        ['named', 'Berg', true],
        ['named', 'Kowalczyk', false],
      ],
    ],
    [
      'a speaker whose verb follows a role set off by commas',
      'Anna Kowalczyk, a fellow at the institute, said so.',
      [
        ['named', 'Anna Kowalczyk', true],
        ['descriptor', 'a fellow', false],
        ['organisation', 'the institute', false],
      ],
    ],
    [
      'a name of several words after "at" as an institution',
      'Berg is a fellow at Harbour Watch.',
      [
        ['named', 'Berg', false],
        ['descriptor', 'a fellow', false],
        ['organisation', 'Harbour Watch', false],
      ],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each([
    ['a role after a name and a comma', 'Anna Kowalczyk, a fellow at the institute, said so.', [['a fellow', true]]],
    ['a role before a name and a comma', 'The port’s spokesman, Tomas Berg, left.', [['The port’s spokesman', true]]],
    ['a role on its own', 'Berg met a senior official.', [['a senior official', false]]],
  ])('marks %s as appositive or not', (_name, text, expected) => {
    const descriptors = findMentions(text).filter((mention) => mention.kind === 'descriptor');
    expect(descriptors.map((mention) => [mention.text, mention.isAppositive])).toEqual(expected);
  });

  it('shifts offsets', () => {
    expect(findMentions('Berg left.', 100).map(({ start, end }) => [start, end])).toEqual([[100, 104]]);
  });
});
