import type { AnswerPart } from '../render/answer-part.js';
import { renderAnswerMessage, type SlackMessage } from '../render/blocks/render-answer-message.js';
import { renderFeedbackButtons } from '../render/blocks/render-feedback-buttons.js';
import type { RenderedPage } from '../render/blocks/rendered-page.js';
import { encodeActionValue } from './action-value.js';
import { encodeFeedbackValue } from './feedback-value.js';
import { ACTION_IDS } from './slack-ids.js';

/** Where an answer page is shown and what it may offer. */
export type AnswerMessageContext = {
  /** The question as asked: carried by the buttons so a click can re-answer it. */
  readonly text: string;
  readonly page: number;
  readonly sharedBy: string | null;
  /** True for private (ephemeral) answers, which offer "Share in channel". */
  readonly isShareable: boolean;
  /** The part of the answer shown: the first screen unless set. */
  readonly part?: AnswerPart;
  /** True when the answer keeps its cited sentences for "Show excerpts" (shown on the first screen only). */
  readonly hasExcerpts?: boolean;
  /** The answer's kind and corpus fingerprint, carried by the 👍/👎 buttons; without it, no feedback buttons. */
  readonly feedback?: { readonly answerKind: string; readonly fingerprint: string };
};

/**
 * One page of an answer as a message, with the Show excerpts / Share / Previous / Next buttons
 * wired to Verbatim's action ids. Every button carries the part shown, so paging or sharing the
 * excerpts stays in the excerpts.
 */
export function buildAnswerMessage(rendered: RenderedPage, context: AnswerMessageContext): SlackMessage {
  const part = context.part ?? 'answer';
  const shareValue = context.isShareable
    ? encodeActionValue({ text: context.text, page: context.page, sharedBy: null, part })
    : null;
  const excerptsValue =
    part === 'answer' && context.hasExcerpts === true
      ? encodeActionValue({ text: context.text, page: 0, sharedBy: null, part: 'excerpts' })
      : null;
  const message = renderAnswerMessage(rendered, {
    sharedBy: context.sharedBy,
    share: shareValue === null ? null : { actionId: ACTION_IDS.share, value: shareValue },
    excerpts: excerptsValue === null ? null : { actionId: ACTION_IDS.showExcerpts, value: excerptsValue },
    pageButton: (page) => {
      const value = encodeActionValue({ text: context.text, page, sharedBy: context.sharedBy, part });
      if (value === null) return null;
      return { actionId: page < context.page ? ACTION_IDS.previousPage : ACTION_IDS.nextPage, value };
    },
  });
  if (context.feedback === undefined) return message;
  return renderFeedbackButtons(message, {
    helpfulActionId: ACTION_IDS.feedbackHelpful,
    notHelpfulActionId: ACTION_IDS.feedbackNotHelpful,
    value: encodeFeedbackValue({ text: context.text, ...context.feedback }),
  });
}
