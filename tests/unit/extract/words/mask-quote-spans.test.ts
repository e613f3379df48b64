import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../src/extract/words/find-quote-spans.js';
import { maskQuoteSpans, QUOTE_MASK } from '../../../../src/extract/words/mask-quote-spans.js';

const M = QUOTE_MASK;

describe('maskQuoteSpans', () => {
  it.each([
    ['masks a quote and its marks', '“Go,” he said.', `${M.repeat(5)} he said.`],
    ['keeps the full stop that ends a quote', '“Go.” He left.', `${M.repeat(3)}.${M} He left.`],
    ['keeps a question mark that ends a quote', '"Why?" she asked.', `${M.repeat(4)}?${M} she asked.`],
    ['masks a cut quote to the end', 'He said: “Go now', `He said: ${M.repeat(7)}`],
    ['leaves a text without quotes as it is', 'Kirby’s view.', 'Kirby’s view.'],
    [
      'masks two quotes and keeps what lies between',
      '“Go.” and “Stay,” she said.',
      `${M.repeat(3)}.${M} and ${M.repeat(7)} she said.`,
    ],
  ])('%s', (_name, text, expected) => {
    const masked = maskQuoteSpans(text, findQuoteSpans(text));
    expect(masked).toEqual(expected);
    expect(masked.length).toBe(text.length);
  });
});
