import type { BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';

type ButtonBody = SlackActionMiddlewareArgs<BlockAction<ButtonAction>>['body'];

/**
 * What makes two clicks the same click, for the share and "Show excerpts" dedupe: who clicked, on
 * which message (its ts, or the response URL when Slack sends no ts), in which channel, and the
 * button with its value. The trigger id and action time differ on every click, so they are left out.
 */
export function buildClickKey(body: ButtonBody, action: ButtonAction): string {
  const message = readMessageTs(body.container) ?? body.message?.ts ?? body.response_url;
  return JSON.stringify([body.user.id, body.channel?.id ?? '', message, action.action_id, action.value ?? '']);
}

/** Bolt types the click's container loosely; the message's ts is a string when Slack sends one. */
function readMessageTs(container: ButtonBody['container']): string | undefined {
  const ts: unknown = container?.['message_ts'];
  return typeof ts === 'string' ? ts : undefined;
}
