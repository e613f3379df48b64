import { describe, expect, it } from 'vitest';
import { buildSections } from '../../../src/render/blocks/build-block.js';
import { renderAnswerMessage } from '../../../src/render/blocks/render-answer-message.js';
import { pickRenderedPage } from '../../../src/render/blocks/rendered-page.js';
import { buildAnswerMessage } from '../../../src/slack/build-answer-message.js';
import { ACTION_IDS } from '../../../src/slack/slack-ids.js';

const rendered = { pages: [buildSections('one'), buildSections('two'), buildSections('three')], text: 'fallback' };

describe('buildAnswerMessage', () => {
  it('offers Show excerpts on the first screen of an answer that keeps its excerpts, first in the row', () => {
    const first = buildAnswerMessage(pickRenderedPage(rendered, 0), {
      text: '/casualties',
      page: 0,
      sharedBy: null,
      isShareable: true,
      hasExcerpts: true,
    });
    const row = first.blocks.at(-1);
    expect(row?.type === 'actions' ? row.elements.map((element) => element.action_id) : []).toEqual([
      ACTION_IDS.showExcerpts,
      ACTION_IDS.nextPage,
      ACTION_IDS.share,
    ]);
    expect(row?.type === 'actions' ? row.elements[0] : null).toEqual({
      type: 'button',
      action_id: ACTION_IDS.showExcerpts,
      text: { type: 'plain_text', text: 'Show excerpts', emoji: false },
      value: '{"q":"/casualties","p":0,"x":1}',
    });
    // The excerpts themselves offer no second "Show excerpts"; their buttons stay in the excerpts.
    const excerpts = buildAnswerMessage(pickRenderedPage(rendered, 0), {
      text: '/casualties',
      page: 0,
      sharedBy: null,
      isShareable: true,
      hasExcerpts: true,
      part: 'excerpts',
    });
    const buttons = excerpts.blocks.at(-1);
    expect(
      buttons?.type === 'actions'
        ? buttons.elements.map((element) => [element.action_id, 'value' in element ? element.value : ''])
        : [],
    ).toEqual([
      [ACTION_IDS.nextPage, '{"q":"/casualties","p":1,"x":1}'],
      [ACTION_IDS.share, '{"q":"/casualties","p":0,"x":1}'],
    ]);
  });

  it('wires Previous, Next and Share to Verbatim’s action ids with values that re-ask the question', () => {
    const message = buildAnswerMessage(pickRenderedPage(rendered, 1), {
      text: '/reports ferry',
      page: 1,
      sharedBy: null,
      isShareable: true,
    });
    expect(message).toEqual(
      renderAnswerMessage(pickRenderedPage(rendered, 1), {
        sharedBy: null,
        share: { actionId: ACTION_IDS.share, value: '{"q":"/reports ferry","p":1}' },
        pageButton: (page) => ({
          actionId: page < 1 ? ACTION_IDS.previousPage : ACTION_IDS.nextPage,
          value: `{"q":"/reports ferry","p":${page}}`,
        }),
      }),
    );
  });

  it('keeps who shared the answer in the paging buttons and offers no Share button', () => {
    const message = buildAnswerMessage(pickRenderedPage(rendered, 0), {
      text: 'x',
      page: 0,
      sharedBy: 'ana',
      isShareable: false,
    });
    const actions = message.blocks.at(-1);
    expect(actions).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTION_IDS.nextPage,
          text: { type: 'plain_text', text: 'Next', emoji: false },
          value: '{"q":"x","p":1,"s":"ana"}',
        },
      ],
    });
  });

  it('offers no buttons that would carry a question too long for a button value', () => {
    const message = buildAnswerMessage(pickRenderedPage(rendered, 0), {
      text: 'w'.repeat(2100),
      page: 0,
      sharedBy: null,
      isShareable: true,
    });
    expect(message.blocks.some((block) => block.type === 'actions')).toBe(false);
  });
});
