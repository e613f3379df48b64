import type { Answer } from '../answer/answer.js';
import type { AnswerOptions } from '../answer/answer-question.js';
import type { CorpusIndex } from '../answer/corpus-index.js';
import { parseQuestion, type Question } from '../answer/parse-question.js';
import { type LinkCitations, NO_LINKS } from '../reader/create-citation-linker.js';
import { type RenderedAnswer, renderAnswerBlocks } from '../render/blocks/render-answer-blocks.js';
import { renderNoticeMessage } from '../render/blocks/render-notice-message.js';
import { DIGEST_SUBCOMMAND } from './slack-ids.js';

/** Answers a parsed question; `answerQuestion` in production, a slow or failing one in tests. */
export type AnswerFunction = (
  question: Question,
  index: CorpusIndex,
  options: AnswerOptions,
) => Answer | Promise<Answer>;

/** Where a question was asked: the digest preview is built for that channel's digest. */
export type AskContext = { readonly channelId: string | null };

/** Renders the preview of the next digest (wired by the digest work). */
export type PreviewDigest = (context: AskContext) => RenderedAnswer | Promise<RenderedAnswer>;

/** What answering needs: the current index (read per request, as it may be swapped), and the answer functions. */
export type AnswerDeps = {
  readonly getIndex: () => CorpusIndex;
  readonly answer: AnswerFunction;
  readonly previewDigest: PreviewDigest | null;
  /** Links every citation to the reader (`PUBLIC_URL`); unset, citations stay as they are. */
  readonly linkCitations?: LinkCitations;
};

/** A rendered answer and the kind of answer it is, for the log line. */
export type SlackAnswer = { readonly rendered: RenderedAnswer; readonly answerKind: string };

/** `/reports` results asked for in Slack; more than this is said, not shown (see the results renderer). */
export const SLACK_RESULTS_LIMIT = 25;

/** Shown by `/verbatim digest` until a digest is configured. */
export const DIGEST_NOT_CONFIGURED =
  'The digest is not configured. Set `DIGEST_CHANNELS` (and `DIGEST_TIME`, `DIGEST_TZ`) where Verbatim runs to enable it.';

const DIGEST_REQUEST = new RegExp(`^/verbatim\\s+${DIGEST_SUBCOMMAND}\\s*$`, 'i');

/**
 * Answers what a user typed in Slack (`/casualties killed`, a mention's text, a DM) with the same
 * intent rules as `npm run ask`, and renders it for Slack. `/verbatim digest` goes to the digest
 * preview, or says the digest is not configured. Deterministic for a given index, so a button can
 * re-answer the same text to show another page.
 */
export async function answerSlackQuestion(
  text: string,
  deps: AnswerDeps,
  context: AskContext = { channelId: null },
): Promise<SlackAnswer> {
  if (DIGEST_REQUEST.test(text.trim())) {
    if (deps.previewDigest === null) {
      const notice = renderNoticeMessage(DIGEST_NOT_CONFIGURED);
      return { rendered: { pages: [notice.blocks], text: notice.text }, answerKind: 'digest-not-configured' };
    }
    return { rendered: await deps.previewDigest(context), answerKind: 'digest-preview' };
  }
  const answer = await deps.answer(parseQuestion(text), deps.getIndex(), { limit: SLACK_RESULTS_LIMIT });
  return { rendered: renderAnswerBlocks((deps.linkCitations ?? NO_LINKS)(answer)), answerKind: answer.kind };
}
