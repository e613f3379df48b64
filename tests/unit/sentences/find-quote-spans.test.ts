import { describe, expect, it } from 'vitest';
import { findQuoteSpans, MAX_QUOTE_LENGTH } from '../../../src/sentences/find-quote-spans.js';
import type { TextRange } from '../../../src/sentences/split-at-hard-breaks.js';

describe('findQuoteSpans', () => {
  it.each<[string, string, string[]]>([
    ['a straight quotation', 'He said "Go. Now." Then', ['"Go. Now."']],
    ['a curly quotation', 'He said “Go. Now.” Then', ['“Go. Now.”']],
    ['a quotation closed by the other style', 'He said “Go. Now." Then', ['“Go. Now."']],
    ['guillemets', 'Il dit «Allez. Vite.» Puis', ['«Allez. Vite.»']],
    ['two quotations', '"Yes," he said, "we go."', ['"Yes,"', '"we go."']],
    ['a stray closing mark before an opening one', 'ready," he said. Later "we go." Done', ['"we go."']],
    ['an unclosed quotation', 'He said "we go. Nobody came.', []],
    ['an opening mark inside an open quotation', '“We “go. Now.” Then', ['“go. Now.”']],
    ['single quotes, which are not paired', "The soldiers' 'high morale' held.", []],
  ])('finds %s', (_case, text, expected) => {
    const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });

  it('returns offsets from the opening mark to just after the closing one', () => {
    expect(findQuoteSpans('He said "Go. Now." Then', [{ start: 0, end: 23 }])).toEqual([{ start: 8, end: 18 }]);
  });

  it('never pairs quote marks across paragraphs', () => {
    const text = 'He said "we go.\nLater" it ended "here."';
    const paragraphs: TextRange[] = [
      { start: 0, end: 15 },
      { start: 15, end: text.length },
    ];
    expect(findQuoteSpans(text, paragraphs).map((span) => text.slice(span.start, span.end))).toEqual(['"here."']);
  });

  it('drops a quotation longer than MAX_QUOTE_LENGTH', () => {
    const text = `"${'word. '.repeat(MAX_QUOTE_LENGTH / 6)}"`;
    expect(findQuoteSpans(text, [{ start: 0, end: text.length }])).toEqual([]);
  });
});
