import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../src/extract/words/find-quote-spans.js';
import { findSentenceBounds } from '../../../../src/extract/words/find-sentence-bounds.js';
import { maskQuoteSpans } from '../../../../src/extract/words/mask-quote-spans.js';

function split(text: string): string[] {
  return findSentenceBounds(maskQuoteSpans(text, findQuoteSpans(text))).map(({ start, end }) => text.slice(start, end));
}

describe('findSentenceBounds', () => {
  it.each([
    ['splits after a full stop before a capital', 'He left. She stayed.', ['He left.', 'She stayed.']],
    ['keeps initials inside a name', 'John F. Kirby spoke. He left.', ['John F. Kirby spoke.', 'He left.']],
    ['keeps dotted abbreviations', 'The U.S. agreed. Gen. Berg did not.', ['The U.S. agreed.', 'Gen. Berg did not.']],
    ['never splits inside a quote', '“One. Two,” he said. Then he left.', ['“One. Two,” he said.', 'Then he left.']],
    ['splits after a quote that ends a sentence', '“We hold.” Berg left.', ['“We hold.”', 'Berg left.']],
    ['splits after an exclamation', 'No! Never.', ['No!', 'Never.']],
    ['does not split before a lowercase word', 'It was 5 p.m. on Monday.', ['It was 5 p.m. on Monday.']],
    ['gives nothing for a blank text', '   ', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets trimmed of white space', () => {
    expect(findSentenceBounds(' Go. Stay. ')).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 10 },
    ]);
  });
});
