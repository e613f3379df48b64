import { describe, expect, it } from 'vitest';
import { buildSections } from '../../../../src/render/blocks/build-block.js';
import { renderAnswerMessage } from '../../../../src/render/blocks/render-answer-message.js';
import { pickRenderedPage } from '../../../../src/render/blocks/rendered-page.js';

const rendered = { pages: [buildSections('one'), buildSections('two'), buildSections('three')], text: 'fallback' };
const pageButton = (page: number) => ({ actionId: 'page', value: `p${page}` });

describe('renderAnswerMessage', () => {
  it('adds the page line and the Previous, Next and Share buttons around a middle page', () => {
    expect(
      renderAnswerMessage(pickRenderedPage(rendered, 1), {
        sharedBy: null,
        share: { actionId: 'share', value: 's' },
        pageButton,
      }),
    ).toEqual({
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'two', verbatim: true } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Page 2 of 3', verbatim: true }] },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'page',
              text: { type: 'plain_text', text: 'Previous', emoji: false },
              value: 'p0',
            },
            {
              type: 'button',
              action_id: 'page',
              text: { type: 'plain_text', text: 'Next', emoji: false },
              value: 'p2',
            },
            {
              type: 'button',
              action_id: 'share',
              text: { type: 'plain_text', text: 'Share in channel', emoji: false },
              value: 's',
              style: 'primary',
            },
          ],
        },
      ],
      text: 'fallback',
    });
  });

  it('marks a shared answer with who shared it, escaped, and shows the nearest page when out of range', () => {
    const message = renderAnswerMessage(pickRenderedPage(rendered, 9), {
      sharedBy: '<!here>',
      share: null,
      pageButton,
    });
    expect(message.blocks.slice(0, 2)).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by &lt;!here&gt;', verbatim: true }] },
      { type: 'section', text: { type: 'mrkdwn', text: 'three', verbatim: true } },
    ]);
  });

  it('says a page cannot be linked instead of dropping it silently', () => {
    const message = renderAnswerMessage(pickRenderedPage(rendered, 0), {
      sharedBy: null,
      share: null,
      pageButton: () => null,
    });
    expect(message.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Page 1 of 3 · page 2 cannot be linked from here: ask a shorter question to page through it',
          verbatim: true,
        },
      ],
    });
  });

  it('adds nothing to a one-page answer without sharing', () => {
    const single = { pages: [buildSections('only')], text: 'only' };
    expect(
      renderAnswerMessage(pickRenderedPage(single, 0), { sharedBy: null, share: null, pageButton }).blocks,
    ).toEqual(buildSections('only'));
  });
});
