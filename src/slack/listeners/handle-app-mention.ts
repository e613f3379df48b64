import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { answerSlackQuestion } from '../answer-slack-question.js';
import { buildAnswerMessage } from '../build-answer-message.js';
import { withErrorReply } from '../error-boundary.js';
import type { SlackDeps } from '../slack-deps.js';
import { withWorkingReaction } from '../with-working-reaction.js';

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
        if (deps.dedupe.isRepeat(`${event.channel}:${event.ts}`)) return { outcome: 'duplicate' };
        const text = stripBotMention(event.text, context.botUserId);
        return withWorkingReaction(client, { channel: event.channel, ts: event.ts }, deps.logger, async () => {
          const { rendered, answerKind } = await answerSlackQuestion(text, deps, { channelId: event.channel });
          await post(
            buildAnswerMessage(rendered, {
              text,
              page: 0,
              sharedBy: null,
              isShareable: false,
              feedback: { answerKind, fingerprint: deps.getIndex().fingerprint },
            }),
          );
          return { outcome: 'answered', answerKind } as const;
        });
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
