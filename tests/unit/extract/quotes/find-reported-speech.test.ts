import { describe, expect, it } from 'vitest';
import { findReportedSpeech } from '../../../../src/extract/quotes/find-reported-speech.js';
import { findQuoteSpans } from '../../../../src/extract/words/find-quote-spans.js';
import { maskQuoteSpans } from '../../../../src/extract/words/mask-quote-spans.js';

function find(text: string): [string, string] | null {
  const masked = maskQuoteSpans(text, findQuoteSpans(text));
  const found = findReportedSpeech(masked, { start: 0, end: text.length });
  return found && [found.speaker.text, text.slice(found.start, found.end)];
}

describe('findReportedSpeech', () => {
  it.each<[string, string, [string, string] | null]>([
    ['"X noted that …"', 'Berg noted that the brigade lost two tanks.', ['Berg', 'the brigade lost two tanks']],
    ['"X said …" without "that"', 'Berg said the brigade lost two tanks.', ['Berg', 'the brigade lost two tanks']],
    [
      '"X told reporters that …"',
      'Berg told reporters that the brigade lost two tanks.',
      ['Berg', 'the brigade lost two tanks'],
    ],
    [
      '"X said in a statement that …"',
      'Berg said in a statement that the brigade lost two tanks.',
      ['Berg', 'the brigade lost two tanks'],
    ],
    ['"According to X, …"', 'According to Berg, the brigade lost two tanks.', ['Berg', 'the brigade lost two tanks']],
    [
      '"According to X, who …, …"',
      'According to Berg, who spoke on Monday, the brigade lost two tanks.',
      ['Berg', 'the brigade lost two tanks'],
    ],
    ['"…, according to X"', 'The brigade lost two tanks, according to Berg.', ['Berg', 'The brigade lost two tanks']],
    [
      '"…, as reported by X"',
      'The brigade lost two tanks, as reported by Berg.',
      ['Berg', 'The brigade lost two tanks'],
    ],
    ['"He added that …"', 'He added that the brigade lost two tanks.', ['He', 'the brigade lost two tanks']],
    [
      '"the minister stressed …"',
      'The minister stressed the brigade lost two tanks.',
      ['The minister', 'the brigade lost two tanks'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    ['a sentence holding a quote', 'Berg said the brigade was “badly hurt” in the attack.'],
    ['an institution', 'The ministry said the brigade lost two tanks.'],
    ['an unnamed source', 'A senior official said the brigade lost two tanks.'],
    ['a plural source', 'Officials said the brigade lost two tanks.'],
    ['a statement under four words', 'Berg said no.'],
    ['"told" without "that"', 'Berg told reporters about the brigade losses.'],
    ['a passive "said to"', 'Berg is said to have lost two tanks.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(find(text)).toBeNull();
  });
});
