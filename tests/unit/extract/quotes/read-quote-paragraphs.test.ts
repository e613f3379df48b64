import { describe, expect, it } from 'vitest';
import { readQuoteParagraphs } from '../../../../src/extract/quotes/read-quote-paragraphs.js';
import { buildQuoteReport } from '../../../support/build-quote-report.js';

describe('readQuoteParagraphs', () => {
  it('reads each body paragraph with its spans, sentences and mentions', () => {
    const { report } = buildQuoteReport(['Berg said: “We hold.” He left.', 'Nothing here.'], { title: 'Title' });
    const paragraphs = readQuoteParagraphs(report);
    expect(
      paragraphs.map(({ block, start, text, spans, bounds, mentions, continuesQuote }) => ({
        block,
        start,
        text,
        spans: spans.length,
        bounds: bounds.map((bound) => text.slice(bound.start, bound.end)),
        mentions: mentions.map((mention) => report.text.slice(mention.start, mention.end)),
        continuesQuote,
      })),
    ).toEqual([
      {
        block: 1,
        start: 7,
        text: 'Berg said: “We hold.” He left.',
        spans: 1,
        bounds: ['Berg said: “We hold.”', 'He left.'],
        mentions: ['Berg'],
        continuesQuote: false,
      },
      {
        block: 2,
        start: 39,
        text: 'Nothing here.',
        spans: 0,
        bounds: ['Nothing here.'],
        mentions: [],
        continuesQuote: false,
      },
    ]);
  });

  it.each([
    ['goes on when the next paragraph opens a quote', ['He said: “We hold.', '“And stay,” he said.'], true],
    ['is cut when the next paragraph opens none', ['He said: “We hold.', 'Then he left.'], false],
    ['is cut at the end of the report', ['He said: “We hold.'], false],
  ])('says a quote left open %s', (_name, paragraphs, expected) => {
    expect(readQuoteParagraphs(buildQuoteReport(paragraphs).report)[0]?.continuesQuote).toBe(expected);
  });
});
