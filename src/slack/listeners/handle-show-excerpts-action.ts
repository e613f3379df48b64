import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { decodeActionValue } from '../action-value.js';
import { answerSlackQuestion } from '../answer-slack-question.js';
import { buildAnswerMessage } from '../build-answer-message.js';
import { buildClickKey } from '../build-click-key.js';
import { withErrorReply } from '../error-boundary.js';
import type { SlackDeps } from '../slack-deps.js';
import { ACTION_IDS } from '../slack-ids.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * "Show excerpts" under a claims table: re-answers the question the button carries and posts the
 * first page of its excerpts (the cited sentences), never in place of the claims. Under a public
 * answer (a thread reply, a DM, a shared answer) it goes in that answer's thread; under a private
 * answer it is a follow-up private message through the click's response URL, with its own
 * "Share in channel". A double click within a minute posts once.
 */
export function createShowExcerptsActionHandler(deps: SlackDeps) {
  return async ({ ack, body, action, client, respond }: ButtonArgs) => {
    await ack();
    const tellAsker = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await withErrorReply(
      deps,
      { kind: 'action', name: ACTION_IDS.showExcerpts, requestId: body.trigger_id },
      async () => {
        const value = decodeActionValue(action.value);
        if (value === null) return { outcome: 'ignored' };
        const isEphemeral = body.container['is_ephemeral'] === true;
        if (deps.shareDedupe.isRepeat(buildClickKey(body, action))) return { outcome: 'duplicate' };
        const { rendered, answerKind } = await answerSlackQuestion(value.text, deps, {
          channelId: body.channel?.id ?? null,
          page: 0,
          part: 'excerpts',
        });
        const message = buildAnswerMessage(rendered, {
          text: value.text,
          page: 0,
          sharedBy: value.sharedBy,
          part: 'excerpts',
          isShareable: isEphemeral,
          feedback: { answerKind, fingerprint: deps.getManifest().fingerprint },
        });
        const channel = body.channel?.id;
        const ts = body.message?.ts;
        if (isEphemeral || channel === undefined || ts === undefined) await tellAsker(message);
        else {
          const threadTs = readThreadTs(body.message) ?? ts;
          await client.chat.postMessage({ channel, thread_ts: threadTs, unfurl_links: false, ...message });
        }
        return { outcome: 'excerpts', answerKind };
      },
      tellAsker,
    );
  };
}

/** The thread a clicked reply belongs to (Bolt types the message loosely). */
function readThreadTs(message: ButtonArgs['body']['message']): string | undefined {
  const threadTs: unknown = message?.['thread_ts'];
  return typeof threadTs === 'string' ? threadTs : undefined;
}
