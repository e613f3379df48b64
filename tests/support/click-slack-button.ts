import { FAKE_BOT } from './fake-slack-api.js';

/** Where the clicked message is. */
export type ClickedMessage = {
  readonly blocks: readonly unknown[];
  readonly channel: string;
  readonly isEphemeral: boolean;
  /** The message's ts (public messages). */
  readonly messageTs?: string;
  /** The thread the message is a reply in (public thread replies). */
  readonly threadTs?: string;
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
  return {
    ...buildActionPayload(message, actionId),
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

/** A `block_actions` payload's envelope for a click in a message: who, where, and the response URL. */
function buildActionPayload(message: ClickedMessage, actionId: string): Record<string, unknown> {
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
    ...(message.messageTs === undefined
      ? {}
      : {
          message: {
            type: 'message',
            ts: message.messageTs,
            text: '',
            ...(message.threadTs === undefined ? {} : { thread_ts: message.threadTs }),
          },
        }),
    response_url: message.responseUrl,
  };
}

type OverflowElement = { type: 'overflow'; action_id: string; options: { text: unknown; value: string }[] };

/** Every overflow menu of a message's sections, in order. */
export function findOverflows(blocks: readonly unknown[]): OverflowElement[] {
  const menus: OverflowElement[] = [];
  for (const block of blocks as { type: string; accessory?: { type: string } }[]) {
    if (block.type === 'section' && block.accessory?.type === 'overflow')
      menus.push(block.accessory as OverflowElement);
  }
  return menus;
}

/**
 * The `block_actions` payload Slack sends when a user picks option `option` of overflow menu
 * `menu` (0-based, in block order) in a message. Throws when there is no such menu or option.
 */
export function buildOverflowClick(message: ClickedMessage, menu: number, option: number): Record<string, unknown> {
  const overflow = findOverflows(message.blocks)[menu];
  const chosen = overflow?.options[option];
  if (overflow === undefined || chosen === undefined)
    throw new Error(`The message has no overflow ${menu} option ${option}`);
  const click = buildActionPayload(message, overflow.action_id);
  return {
    ...click,
    actions: [
      {
        type: 'overflow',
        action_id: overflow.action_id,
        block_id: `menu-${menu}`,
        selected_option: chosen,
        action_ts: '1700000000.000300',
      },
    ],
  };
}
