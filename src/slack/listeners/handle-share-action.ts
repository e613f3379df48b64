import {
  type AllMiddlewareArgs,
  type BlockAction,
  type ButtonAction,
  type RespondFn,
  type SlackActionMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { decodeActionValue } from '../action-value.js';
import { answerSlackQuestion } from '../answer-slack-question.js';
import { buildAnswerMessage } from '../build-answer-message.js';
import { buildClickKey } from '../build-click-key.js';
import { withErrorReply } from '../error-boundary.js';
import type { SlackDeps } from '../slack-deps.js';
import { ACTION_IDS } from '../slack-ids.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Platform errors that mean the bot cannot post in that conversation itself. */
const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/**
 * "Share in channel": re-answers the question and posts the same page to the channel, marked as
 * shared by the person who clicked. The bot posts with `chat.postMessage` (a rate limit is waited
 * out; a post that may have landed is not retried); where it is not a member (a private channel, a DM between people) it posts through
 * the click's response URL instead. A second click by the same person on the same answer within
 * a minute (a double click, an impatient re-click) is acknowledged and logged, and shares nothing.
 * Once shared, a private (ephemeral) copy is deleted through the response URL (`delete_original`,
 * as Slack's "Modifying messages" documents), so the channel's copy replaces it.
 */
export function createShareActionHandler(deps: SlackDeps) {
  return async ({ ack, body, action, client, respond }: ButtonArgs) => {
    await ack();
    const tellAsker = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await withErrorReply(
      deps,
      { kind: 'action', name: ACTION_IDS.share, requestId: body.trigger_id },
      async () => {
        const value = decodeActionValue(action.value);
        const channel = body.channel?.id;
        if (value === null || channel === undefined) return { outcome: 'ignored' };
        if (deps.shareDedupe.isRepeat(buildClickKey(body, action))) return { outcome: 'duplicate' };
        const sharedBy = body.user.username || body.user.name || body.user.id;
        const { rendered, answerKind, hasExcerpts } = await answerSlackQuestion(value.text, deps, {
          channelId: body.channel?.id ?? null,
          page: value.page,
          ...(value.part === undefined ? {} : { part: value.part }),
        });
        const message = buildAnswerMessage(rendered, {
          text: value.text,
          page: value.page,
          sharedBy,
          isShareable: false,
          hasExcerpts: hasExcerpts === true,
          ...(value.part === undefined ? {} : { part: value.part }),
          feedback: { answerKind, fingerprint: deps.getManifest().fingerprint },
        });
        await postToChannel(client, respond, channel, message);
        if (body.container['is_ephemeral'] === true) await respond({ delete_original: true });
        return { outcome: 'shared', answerKind };
      },
      tellAsker,
    );
  };
}

async function postToChannel(client: ButtonArgs['client'], respond: RespondFn, channel: string, message: SlackMessage) {
  try {
    await client.chat.postMessage({ channel, unfurl_links: false, ...message });
  } catch (error: unknown) {
    if (!(error instanceof webApi.WebAPIPlatformError && CANNOT_POST.has(error.data.error))) throw error;
    await respond({ response_type: 'in_channel', replace_original: false, ...message });
  }
}
