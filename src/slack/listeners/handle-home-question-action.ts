import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { HOME_QUESTIONS } from '../../render/blocks/render-home-view.js';
import { answerSlackQuestion } from '../answer-slack-question.js';
import { buildAnswerMessage } from '../build-answer-message.js';
import { withErrorReply } from '../error-boundary.js';
import type { SlackDeps } from '../slack-deps.js';

/**
 * A common-question button on the Home tab (`/casualties`, `/troops`, …): answers it as if the
 * person had asked it in the app's Messages tab, and posts the answer there (the Home tab has no
 * conversation to answer in), with its Show excerpts, paging and feedback buttons. Only the
 * questions the Home tab offers are answered; any other value is ignored.
 */
export function createHomeQuestionActionHandler(deps: SlackDeps) {
  return async ({
    ack,
    body,
    action,
    client,
  }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const post = (message: SlackMessage) =>
      client.chat.postMessage({ channel: body.user.id, unfurl_links: false, ...message });
    await withErrorReply(
      deps,
      { kind: 'action', name: action.action_id, requestId: body.trigger_id },
      async () => {
        const text = HOME_QUESTIONS.find((entry) => entry.question === action.value)?.question;
        if (text === undefined) return { outcome: 'ignored' };
        const { rendered, answerKind, hasExcerpts } = await answerSlackQuestion(text, deps, { channelId: null });
        const feedback = { answerKind, fingerprint: deps.getManifest().fingerprint };
        await post(
          buildAnswerMessage(rendered, {
            text,
            page: 0,
            sharedBy: null,
            isShareable: false,
            hasExcerpts: hasExcerpts === true,
            feedback,
          }),
        );
        return { outcome: 'answered', answerKind };
      },
      post,
    );
  };
}
