import { FAKE_BOT } from './fake-slack-api.js';

/** Where the clicked message is. */
export type ClickedMessage = {
  readonly blocks: readonly unknown[];
  readonly channel: string;
  readonly isEphemeral: boolean;
  /** The message's ts (public messages). */
  readonly messageTs?: string;
  readonly responseUrl: string;
  readonly user?: { readonly id: string; readonly username: string };
};

type ButtonElement = { type: string; action_id: string; value?: string; text: unknown };

/** Finds a button by action id in a message's blocks. */
export function findButton(blocks: readonly unknown[], actionId: string): ButtonElement | undefined {
  for (const block of blocks as { type: string; elements?: ButtonElement[] }[]) {
    if (block.type !== 'actions') continue;
    const button = block.elements?.find((element) => element.action_id === actionId);
    if (button !== undefined) return button;
  }
  return undefined;
}

/**
 * The `block_actions` payload Slack sends when a user clicks the button with `actionId` in a
 * message. Throws when the message has no such button.
 */
export function buildButtonClick(message: ClickedMessage, actionId: string): Record<string, unknown> {
  const button = findButton(message.blocks, actionId);
  if (button === undefined) throw new Error(`The message has no "${actionId}" button`);
  const user = message.user ?? { id: 'U0ASKER', username: 'asker' };
  return {
    type: 'block_actions',
    user: { ...user, name: user.username, team_id: FAKE_BOT.teamId },
    api_app_id: 'A0VERBATIM',
    token: 'verification-token-unused',
    container: {
      type: 'message',
      channel_id: message.channel,
      is_ephemeral: message.isEphemeral,
      ...(message.messageTs === undefined ? {} : { message_ts: message.messageTs }),
    },
    trigger_id: `trigger-click-${actionId}`,
    team: { id: FAKE_BOT.teamId, domain: 'verbatim-test' },
    channel: { id: message.channel, name: 'general' },
    ...(message.messageTs === undefined ? {} : { message: { type: 'message', ts: message.messageTs, text: '' } }),
    response_url: message.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'controls',
        value: button.value,
        text: button.text,
        action_ts: '1700000000.000200',
      },
    ],
  };
}
