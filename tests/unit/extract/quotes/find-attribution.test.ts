import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../../../src/extract/quotes/find-attribution.js';
import { findQuoteSpans } from '../../../../src/extract/words/find-quote-spans.js';
import { findSentenceBounds } from '../../../../src/extract/words/find-sentence-bounds.js';
import { maskQuoteSpans } from '../../../../src/extract/words/mask-quote-spans.js';

/** The attribution of the quote number `index` in the text, as [place, speaker as written, verb]. */
function attribute(text: string, index = 0): [string, string | null, string | null] | null {
  const spans = findQuoteSpans(text);
  const span = spans[index];
  if (!span) throw new Error(`No quote ${index} in "${text}"`);
  const masked = maskQuoteSpans(text, spans);
  const found = findAttribution(masked, { start: span.open, end: span.close }, findSentenceBounds(masked));
  return found && [found.place, found.speaker?.text ?? null, found.verb?.verb ?? null];
}

describe('findAttribution', () => {
  it.each<[string, string, [string, string | null, string | null] | null]>([
    ['a speaker and verb after', '“We hold,” Berg said.', ['after', 'Berg', 'said']],
    ['a speaker, adverb and verb after', '“We hold,” Berg later told reporters.', ['after', 'Berg', 'told']],
    ['an inverted verb and speaker after', '“We hold,” said the minister.', ['after', 'the minister', 'said']],
    ['"according to" after', '“We hold,” according to Berg.', ['after', 'Berg', 'according to']],
    ['a dash and a speaker after', '“We hold” — Berg explained.', ['after', 'Berg', 'explained']],
    ['a short sentence after a quote that ends its own', '“We hold.” Berg said.', ['after', 'Berg', 'said']],
    ['a name and a colon before', 'Berg: “We hold.”', ['colon', 'Berg', null]],
    ['a speaker and verb before', 'Berg said: “We hold.”', ['before', 'Berg', 'said']],
    ['"According to" before', 'According to Berg, “we hold.”', ['before', 'Berg', 'according to']],
    ['a naming verb before', 'Berg called it a “meat grinder”.', ['before', 'Berg', 'called']],
    [
      'a participle before, with its subject implied',
      'Berg praised them, remarking, “We hold.”',
      ['before', null, 'remarking'],
    ],
    [
      'a coordinated verb before, with its subject implied',
      'Berg paused and added: “We hold.”',
      ['before', null, 'added'],
    ],
    ['a speech verb later in the sentence', '“We hold” and “we stay,” Berg said.', ['later', 'Berg', 'said']],
  ])('finds %s', (_name, text, expected) => {
    expect(attribute(text)).toEqual(expected);
  });

  it.each([
    ['no speech verb', 'The so-called “volunteers” arrived.'],
    ['a new sentence after a quote that ends its own', '“We hold.” Berg said the war was far from over and left.'],
    ['a verb whose subject is not a speaker', 'The fighting continued as “volunteers” arrived.'],
  ])('finds nothing for %s', (_name, text) => {
    expect(attribute(text)).toBeNull();
  });

  it('gives the second part of a split quote the same attribution as the first', () => {
    const text = '“We hold,” he said, “and we stay.”';
    expect([attribute(text, 0), attribute(text, 1)]).toEqual([
      ['after', 'he', 'said'],
      ['before', 'he', 'said'],
    ]);
  });
});
