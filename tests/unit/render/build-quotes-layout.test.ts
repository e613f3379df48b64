import { describe, expect, it } from 'vitest';
import type { SpeakerQuotesAnswer } from '../../../src/answer/answer.js';
import { renderAnswerBlocks } from '../../../src/render/blocks/render-answer-blocks.js';
import { buildQuotesLayout, shortenQuote } from '../../../src/render/build-quotes-layout.js';
import { renderQuotesText } from '../../../src/render/text/render-quotes-text.js';
import { makeQuoteRow } from '../../support/slack-answer-fixtures.js';

/** A briefer with `count` quotes, each in its own sentence, and two paraphrased statements. */
function briefer(count: number): SpeakerQuotesAnswer {
  return {
    command: 'who-said',
    kind: 'speaker-quotes',
    query: 'Olsen',
    speaker: { name: 'Mira Olsen', role: 'spokeswoman', spellings: ['Mira Olsen'] },
    topic: [],
    onTopic: 0,
    narrowWords: ['ferry', 'harbour'],
    quotes: Array.from({ length: count }, (_, i) =>
      makeQuoteRow(`"Ferry ${i + 1} sails today," Olsen said.`, `Ferry ${i + 1} sails today,`),
    ),
    paraphrases: ['the port was shut', 'the harbour was open'].map((words) =>
      makeQuoteRow(`Olsen said ${words}.`, words, { direct: false }),
    ),
  };
}

/**
 * Lines without mrkdwn or terminal markup, a row's number on its own line, for comparing what the
 * two renderers say (the terminal puts a full row's number above its sentence, Slack beside it).
 */
function plain(lines: readonly string[]): string[] {
  return lines
    .map((text) =>
      text
        .replace(/[*_]/g, '')
        .replace(/^\s*—\s*/, '')
        // A block quote is `>` in Slack's mrkdwn and `> ` in the terminal: the same line.
        .replace(/^\s*> ?/, '> ')
        .trim(),
    )
    .flatMap((text) => text.replace(/^(\d+\.) (?=“)/, '$1\n').split('\n'))
    .filter((text) => text !== '');
}

describe('buildQuotesLayout', () => {
  it('lays a long answer out as head lines, the best three, the narrow line, a page break, then the rest', () => {
    expect(buildQuotesLayout(briefer(5)).map((item) => (item.kind === 'line' ? item.text : item.kind))).toEqual([
      'Quotes by Mira\u00a0Olsen (spokeswoman)',
      '5 direct quotes · 2 statements the reports paraphrase · in 1 report',
      'Newest report first.',
      'best',
      'best',
      'best',
      'Narrow it: add a word from their quotes (ferry, harbour), e.g. /who-said Olsen ferry',
      'page-break',
      'row',
      'row',
      'Paraphrased by the reports (not their words):',
      'row',
      'row',
    ]);
  });

  it('numbers a person’s rows once, from the first screen through the paraphrases', () => {
    const numbers = buildQuotesLayout(briefer(5)).flatMap((item) =>
      item.kind === 'best' || item.kind === 'row' ? [item.number] : [],
    );
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('makes the terminal and Slack say the same lines in the same order', () => {
    const answer = briefer(30);
    const textLines = plain(renderQuotesText(answer).split('\n'));
    const blockLines = plain(
      renderAnswerBlocks(answer).pages.flatMap((page) =>
        page.flatMap((block) => {
          if (block.type === 'section') return (block.text?.text ?? '').split('\n');
          if (block.type === 'context') return block.elements.map((element) => ('text' in element ? element.text : ''));
          return [];
        }),
      ),
    ).filter((line) => line !== 'direct quote' && line !== 'paraphrase');
    expect(blockLines).toEqual(textLines);
  });

  it('ends Slack’s first page at the first screen, which fits a phone', () => {
    const { pages } = renderAnswerBlocks(briefer(30));
    const first = pages[0] ?? [];
    expect(first.length).toBeLessThanOrEqual(10);
    const last = first.at(-1);
    expect(last?.type === 'section' && last.text?.text).toBe(
      'Narrow it: add a word from their quotes (ferry, harbour), e.g. /who-said Olsen ferry',
    );
    expect(pages.length).toBeGreaterThan(1);
  });
});

describe('buildQuotesLayout, namesakes', () => {
  it('names up to five people the name also fits after the narrow line, and how many more', () => {
    const namesakes = ['Ann', 'Ben', 'Cai', 'Dee', 'Eve', 'Fay', 'Gus'].map((first, i) => ({
      name: `${first} Olsen`,
      quoteCount: 7 - i,
    }));
    const lines = buildQuotesLayout({ ...briefer(5), namesakes }).flatMap((item) =>
      item.kind === 'line' ? [item.text] : [],
    );
    expect(lines.slice(3, 5)).toEqual([
      'Narrow it: add a word from their quotes (ferry, harbour), e.g. /who-said Olsen ferry',
      'Also named so: Ann\u00a0Olsen (7 quotes), Ben\u00a0Olsen (6 quotes), Cai\u00a0Olsen (5 quotes), Dee\u00a0Olsen (4 quotes), Eve\u00a0Olsen (3 quotes) and 2 more; ask by full name.',
    ]);
  });
});

describe('shortenQuote', () => {
  it('keeps a short quote whole', () => {
    expect(shortenQuote(' We hold. ')).toBe('We hold.');
  });

  it('cuts a long quote at the last word that fits, with an ellipsis and no dangling comma', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i},`).join(' ');
    const short = shortenQuote(words);
    expect(short).toBe(`${words.slice(0, words.lastIndexOf(' ', 160)).replace(/,$/, '')}…`);
    expect(short.length).toBeLessThanOrEqual(161);
  });
});
