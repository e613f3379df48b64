import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderFeedbackModal } from '../../render/blocks/render-feedback-modal.js';
import { describeError } from '../error-boundary.js';
import { decodeFeedbackValue, encodeFeedbackMetadata, type FeedbackRating } from '../feedback-value.js';
import type { SlackDeps } from '../slack-deps.js';
import { ACTION_IDS, FEEDBACK_MODAL_IDS } from '../slack-ids.js';

/**
 * 👍 / 👎 on an answer: acknowledged at once, logged as one JSON line (`msg: "feedback"`) with the
 * rating, the question, the answer kind and the corpus fingerprint the button carries, and nothing
 * else the person wrote. Then a modal opens for an optional reason (its submission is logged by
 * the feedback submission handler). A value Verbatim did not write is ignored; a modal that cannot
 * open is logged as a warning, the rating stays recorded.
 */
export function createFeedbackActionHandler(deps: SlackDeps) {
  return async ({
    ack,
    body,
    action,
    client,
  }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const value = decodeFeedbackValue(action.value);
    if (value === null) {
      deps.logger.write({ level: 'warn', msg: 'feedback ignored', reason: 'unreadable button value' });
      return;
    }
    const rating: FeedbackRating = action.action_id === ACTION_IDS.feedbackHelpful ? 'helpful' : 'not-helpful';
    deps.logger.write({
      level: 'info',
      msg: 'feedback',
      rating,
      question: value.text,
      isQuestionCut: value.isQuestionCut,
      answerKind: value.answerKind,
      fingerprint: value.fingerprint,
    });
    const view = renderFeedbackModal({
      ...FEEDBACK_MODAL_IDS,
      isHelpful: rating === 'helpful',
      privateMetadata: encodeFeedbackMetadata(rating, action.value),
    });
    await client.views
      .open({ trigger_id: body.trigger_id, view })
      .catch((error: unknown) =>
        deps.logger.write({ level: 'warn', msg: 'feedback modal failed', error: describeError(error) }),
      );
  };
}
