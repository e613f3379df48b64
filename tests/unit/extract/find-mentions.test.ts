import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/extract/find-mentions.js';
import { findQuoteSpans } from '../../../src/extract/find-quote-spans.js';
import { maskQuoteSpans } from '../../../src/extract/mask-quote-spans.js';

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
  ])('finds %s', (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('shifts offsets', () => {
    expect(findMentions('Berg left.', 100).map(({ start, end }) => [start, end])).toEqual([[100, 104]]);
  });
});
