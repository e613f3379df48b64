import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { answerAskedMessage } from '../answer-asked-message.js';
import { withErrorReply } from '../error-boundary.js';
import type { SlackDeps } from '../slack-deps.js';

/**
 * An @-mention in a channel: the text without the mention goes through the same intent rules as
 * `ask`, and the answer is posted in the mention's thread (a new thread under the mention, or the
 * thread it was written in). A retried delivery of the same message is answered once.
 */
export function createAppMentionHandler(deps: SlackDeps) {
  return async ({ event, body, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    const threadTs = event.thread_ts ?? event.ts;
    const post = (message: SlackMessage) =>
      client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, unfurl_links: false, ...message });
    await withErrorReply(
      deps,
      { kind: 'event', name: 'app_mention', requestId: body.event_id },
      async () => {
        const text = stripBotMention(event.text, context.botUserId);
        return answerAskedMessage(deps, client, { channel: event.channel, ts: event.ts, text }, post);
      },
      post,
    );
  };
}

/** Removes every mention of the bot itself, wherever it is in the text; other mentions stay (and are escaped when shown). */
function stripBotMention(text: string, botUserId: string | undefined): string {
  if (botUserId === undefined) return text.trim();
  return text
    .split(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
