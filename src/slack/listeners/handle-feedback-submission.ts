import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { decodeFeedbackMetadata } from '../feedback-value.js';
import type { SlackDeps } from '../slack-deps.js';
import { FEEDBACK_MODAL_IDS } from '../slack-ids.js';

/**
 * The feedback modal's "Send reason": acknowledged (the modal closes) and logged as one JSON line
 * (`msg: "feedback reason"`) with the rating, the reason typed, and the question, answer kind and
 * corpus fingerprint carried in the modal's metadata. An empty reason is not logged (the rating
 * already was); metadata Verbatim did not write is ignored with a warning.
 */
export function createFeedbackSubmissionHandler(deps: SlackDeps) {
  return async ({ ack, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    await ack();
    const feedback = decodeFeedbackMetadata(view.private_metadata);
    if (feedback === null) {
      deps.logger.write({ level: 'warn', msg: 'feedback ignored', reason: 'unreadable modal metadata' });
      return;
    }
    const input = view.state.values[FEEDBACK_MODAL_IDS.reasonBlockId]?.[FEEDBACK_MODAL_IDS.reasonActionId];
    const reason = (input?.value ?? '').trim();
    if (reason === '') return;
    deps.logger.write({
      level: 'info',
      msg: 'feedback reason',
      rating: feedback.rating,
      reason,
      question: feedback.value.text,
      isQuestionCut: feedback.value.isQuestionCut,
      answerKind: feedback.value.answerKind,
      fingerprint: feedback.value.fingerprint,
    });
  };
}
