import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { ButtonSpec, SlackMessage } from './render-answer-message.js';

/** The two feedback buttons' action ids and the value both carry. */
export type FeedbackButtons = {
  readonly helpfulActionId: string;
  readonly notHelpfulActionId: string;
  readonly value: string;
};

/** Elements in one actions block (Slack's limit). */
const MAX_ACTIONS_ELEMENTS = 25;

/**
 * Adds 👍 and 👎 to a message. They join the message's button row when it ends with one (so an
 * answer page never needs a block more than the three its pages leave free), or form a small
 * actions block of their own at the end. Fixed labels; the value is the caller's.
 */
export function renderFeedbackButtons(message: SlackMessage, spec: FeedbackButtons): SlackMessage {
  const buttons: Button[] = [
    buildFeedbackButton(spec.helpfulActionId, ':+1:', 'Helpful answer', spec.value),
    buildFeedbackButton(spec.notHelpfulActionId, ':-1:', 'Not a helpful answer', spec.value),
  ];
  const last = message.blocks.at(-1);
  if (last?.type === 'actions' && last.elements.length + buttons.length <= MAX_ACTIONS_ELEMENTS) {
    const row: ActionsBlock = { ...last, elements: [...last.elements, ...buttons] };
    return { ...message, blocks: [...message.blocks.slice(0, -1), row] };
  }
  const blocks: KnownBlock[] = [...message.blocks, { type: 'actions', elements: buttons }];
  return { ...message, blocks };
}

function buildFeedbackButton(actionId: ButtonSpec['actionId'], emoji: string, label: string, value: string): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: emoji, emoji: true },
    accessibility_label: label,
    value,
  };
}
