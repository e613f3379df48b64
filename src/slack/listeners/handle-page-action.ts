import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { decodeActionValue } from '../action-value.js';
import { answerSlackQuestion } from '../answer-slack-question.js';
import { buildAnswerMessage } from '../build-answer-message.js';
import { withErrorReply } from '../error-boundary.js';
import type { SlackDeps } from '../slack-deps.js';

/**
 * "Previous" / "Next": renders the wanted page of the question the button carries (from the answer
 * kept for it, when it is still kept) and shows it in place. A private answer is replaced through the response URL; a public one (a thread reply, a
 * DM, a shared answer) is edited with `chat.update`.
 */
export function createPageActionHandler(deps: SlackDeps) {
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    await withErrorReply(
      deps,
      { kind: 'action', name: action.action_id, requestId: body.trigger_id },
      async () => {
        const value = decodeActionValue(action.value);
        if (value === null) return { outcome: 'ignored' };
        const isEphemeral = body.container['is_ephemeral'] === true;
        const { rendered, answerKind, hasExcerpts } = await answerSlackQuestion(value.text, deps, {
          channelId: body.channel?.id ?? null,
          page: value.page,
          ...(value.part === undefined ? {} : { part: value.part }),
        });
        const message = buildAnswerMessage(rendered, {
          ...value,
          isShareable: isEphemeral,
          hasExcerpts: hasExcerpts === true,
          feedback: { answerKind, fingerprint: deps.getManifest().fingerprint },
        });
        const channel = body.channel?.id;
        const ts = body.message?.ts;
        if (isEphemeral || channel === undefined || ts === undefined)
          await respond({ replace_original: true, ...message });
        else await client.chat.update({ channel, ts, ...message });
        return { outcome: 'paged', answerKind };
      },
      (message: SlackMessage) => respond({ response_type: 'ephemeral', replace_original: false, ...message }),
    );
  };
}
