import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { MAX_BLOCKS_PER_MESSAGE, MAX_SECTION_TEXT } from '../../../../src/render/blocks/block-limits.js';
import {
  hasExcerptPart,
  MAX_ANSWER_PAGE_BLOCKS,
  renderAnswerBlocks,
} from '../../../../src/render/blocks/render-answer-blocks.js';
import { SLACK_TEXT_STYLE } from '../../../../src/render/blocks/slack-text-style.js';
import { renderAnswerText } from '../../../../src/render/text/render-answer-text.js';
import {
  makeFigureRow,
  makeFiguresAnswer,
  makeOneOfEachAnswer,
  makeResultsAnswer,
} from '../../../support/slack-answer-fixtures.js';

function sectionTexts(blocks: readonly KnownBlock[]): string[] {
  return blocks.flatMap((block) => (block.type === 'section' ? [block.text?.text ?? ''] : []));
}

describe('renderAnswerBlocks', () => {
  it.each(makeOneOfEachAnswer().map((answer) => [answer.kind, answer] as const))(
    'renders a %s answer on one page with a non-empty fallback',
    (_kind, answer) => {
      const rendered = renderAnswerBlocks(answer);
      expect(rendered.pages).toHaveLength(1);
      expect(rendered.pages[0]?.length).toBeGreaterThan(0);
      expect(rendered.text).not.toBe('');
    },
  );

  it('uses the escaped text rendering in Slack mrkdwn as the fallback', () => {
    const answer = makeResultsAnswer(1, { query: '<!channel>' });
    const text = renderAnswerText(answer, SLACK_TEXT_STYLE);
    expect(renderAnswerBlocks(answer).text).toBe(text.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(text).toContain('“The *ferry* number 1 left the harbour.”');
  });

  it('pages a long answer within the block limit, leaving room for the controls, and drops nothing', () => {
    const rendered = renderAnswerBlocks(makeResultsAnswer(80));
    expect(rendered.pages.length).toBeGreaterThan(1);
    for (const page of rendered.pages) expect(page.length).toBeLessThanOrEqual(MAX_ANSWER_PAGE_BLOCKS);
    expect(MAX_ANSWER_PAGE_BLOCKS).toBe(MAX_BLOCKS_PER_MESSAGE - 3);
    const numbered = rendered.pages.flatMap(sectionTexts).filter((text) => /^\*\d+\.\*/.test(text));
    expect(numbered.map((text) => Number(/^\*(\d+)\./.exec(text)?.[1]))).toEqual(
      Array.from({ length: 80 }, (_, i) => i + 1),
    );
  });

  it('keeps every section within 3,000 characters, for a figure sentence of 20,000', () => {
    const sentence = `${'Many words here. '.repeat(1200)}about 300 died.`;
    const rendered = renderAnswerBlocks(makeFiguresAnswer([makeFigureRow(sentence)]), 'excerpts');
    const texts = rendered.pages.flatMap(sectionTexts);
    expect(texts.every((text) => text.length <= MAX_SECTION_TEXT)).toBe(true);
    expect(texts.join(' ')).toContain('*about 300* died.”');
  });

  it('keeps the cited sentences of a figures answer for the excerpts part, with their own fallback text', () => {
    const answer = makeFiguresAnswer([makeFigureRow('A governor said about 300 soldiers were killed.')]);
    const first = renderAnswerBlocks(answer);
    const excerpts = renderAnswerBlocks(answer, 'excerpts');
    expect(hasExcerptPart(answer)).toBe(true);
    expect(first.pages.flatMap(sectionTexts).join('\n')).not.toContain('soldiers were killed');
    expect(first.text).not.toContain('Excerpts');
    expect(excerpts.pages.flatMap(sectionTexts).join('\n')).toContain(
      '“A governor said *about 300* soldiers were killed.”',
    );
    expect(excerpts.text.startsWith('Excerpts\n')).toBe(true);
    expect(hasExcerptPart(makeFiguresAnswer([]))).toBe(false);
    expect(hasExcerptPart(makeResultsAnswer(2))).toBe(false);
    expect(renderAnswerBlocks(makeResultsAnswer(2), 'excerpts')).toEqual(renderAnswerBlocks(makeResultsAnswer(2)));
  });

  it('renders the same answer to the same pages', () => {
    const answer = makeResultsAnswer(30);
    expect(renderAnswerBlocks(answer)).toEqual(renderAnswerBlocks(answer));
  });
});
