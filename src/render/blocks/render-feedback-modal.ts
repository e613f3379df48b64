import type { ModalView } from '@slack/types';
import { buildSections } from './build-block.js';

/** What the feedback modal needs: its callback id, the ids of the reason input, and what to carry back. */
export type FeedbackModalOptions = {
  readonly callbackId: string;
  readonly reasonBlockId: string;
  readonly reasonActionId: string;
  readonly isHelpful: boolean;
  /** Returned untouched with the submission (at most 3,000 characters). */
  readonly privateMetadata: string;
};

/** Characters a reason may have. */
const MAX_FEEDBACK_REASON = 1000;

/**
 * The modal a 👍/👎 click opens: thanks for the rating (already recorded) and one optional,
 * multi-line reason. Closing it sends nothing more. Fixed template text only.
 */
export function renderFeedbackModal(options: FeedbackModalOptions): ModalView {
  const rating = options.isHelpful ? 'helpful' : 'not helpful';
  return {
    type: 'modal',
    callback_id: options.callbackId,
    private_metadata: options.privateMetadata,
    title: { type: 'plain_text', text: 'Feedback' },
    submit: { type: 'plain_text', text: 'Send reason' },
    close: { type: 'plain_text', text: 'Done' },
    blocks: [
      ...buildSections(`Thanks: this answer was marked *${rating}*. Anything to add? (optional)`),
      {
        type: 'input',
        block_id: options.reasonBlockId,
        optional: true,
        label: { type: 'plain_text', text: 'Why?' },
        element: {
          type: 'plain_text_input',
          action_id: options.reasonActionId,
          multiline: true,
          max_length: MAX_FEEDBACK_REASON,
        },
      },
    ],
  };
}
