import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { answerAskedMessage } from '../answer-asked-message.js';
import { withErrorReply } from '../error-boundary.js';
import type { SlackDeps } from '../slack-deps.js';

/**
 * A direct message to the bot (`message.im`), answered like a mention, in the conversation (in
 * its thread when the message was written in one). Messages from bots, edits, deletions and other
 * subtypes are ignored, so the bot never answers itself.
 */
export function createDirectMessageHandler(deps: SlackDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    const message = readUserDirectMessage(event);
    if (message === null) return;
    const post = (reply: SlackMessage) =>
      client.chat.postMessage({
        channel: message.channel,
        unfurl_links: false,
        ...(message.threadTs === null ? {} : { thread_ts: message.threadTs }),
        ...reply,
      });
    await withErrorReply(
      deps,
      { kind: 'event', name: 'message.im', requestId: body.event_id },
      async () => answerAskedMessage(deps, client, message, post),
      post,
    );
  };
}

type UserDirectMessage = { channel: string; ts: string; text: string; threadTs: string | null };

/** A plain message a person wrote to the bot, or null for anything else. */
function readUserDirectMessage(event: SlackEventMiddlewareArgs<'message'>['event']): UserDirectMessage | null {
  if (event.channel_type !== 'im' || event.subtype !== undefined) return null;
  if ('bot_id' in event && event.bot_id !== undefined) return null;
  const text = typeof event.text === 'string' ? event.text : '';
  return { channel: event.channel, ts: event.ts, text, threadTs: event.thread_ts ?? null };
}
