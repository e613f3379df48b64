import type { ActionsBlock, KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { renderFeedbackButtons } from '../../../../src/render/blocks/render-feedback-buttons.js';

const SPEC = { helpfulActionId: 'up', notHelpfulActionId: 'down', value: '{"q":"x"}' };
const SECTION: KnownBlock = { type: 'section', text: { type: 'mrkdwn', text: 'An answer' } };
const UP = {
  type: 'button',
  action_id: 'up',
  text: { type: 'plain_text', text: ':+1:', emoji: true },
  accessibility_label: 'Helpful answer',
  value: '{"q":"x"}',
};
const DOWN = {
  type: 'button',
  action_id: 'down',
  text: { type: 'plain_text', text: ':-1:', emoji: true },
  accessibility_label: 'Not a helpful answer',
  value: '{"q":"x"}',
};

describe('renderFeedbackButtons', () => {
  it('adds a small actions block when the message has no button row', () => {
    expect(renderFeedbackButtons({ blocks: [SECTION], text: 'An answer' }, SPEC)).toEqual({
      blocks: [SECTION, { type: 'actions', elements: [UP, DOWN] }],
      text: 'An answer',
    });
  });

  it('joins the button row the message ends with, so no block is added', () => {
    const share = { type: 'button', action_id: 'share', text: { type: 'plain_text', text: 'Share' }, value: 'v' };
    const row: ActionsBlock = { type: 'actions', elements: [share] as ActionsBlock['elements'] };
    expect(renderFeedbackButtons({ blocks: [SECTION, row], text: 't' }, SPEC)).toEqual({
      blocks: [SECTION, { type: 'actions', elements: [share, UP, DOWN] }],
      text: 't',
    });
  });
});
