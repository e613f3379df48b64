import type { Answer } from '../answer/answer.js';
import type { AnswerOptions } from '../answer/answer-question.js';
import type { Question } from '../answer/parse-question.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import type { LinkCitations } from '../reader/create-citation-linker.js';
import type { AnswerPart } from '../render/answer-part.js';
import type { RenderedAnswer } from '../render/blocks/render-answer-blocks.js';
import { renderNoticeMessage } from '../render/blocks/render-notice-message.js';
import { pickRenderedPage, type RenderedPage } from '../render/blocks/rendered-page.js';
import { DIGEST_SUBCOMMAND } from './slack-ids.js';

/** Answers a parsed question; `answerQuestion` in production, a slow or failing one in tests. */
export type AnswerFunction = (
  question: Question,
  index: CorpusIndex,
  options: AnswerOptions,
) => Answer | Promise<Answer>;

/** Where a question was asked (the digest preview is built for that channel's digest), and which page is wanted (0 by default). */
export type AskContext = {
  readonly channelId: string | null;
  readonly page?: number;
  /** The part of the answer wanted: the first screen (`answer`) by default, or the excerpts. */
  readonly part?: AnswerPart;
};

/** Renders the preview of the next digest (wired by the digest work). */
export type PreviewDigest = (context: AskContext) => RenderedAnswer | Promise<RenderedAnswer>;

/** A question as typed in Slack, and the page (and part, the first screen by default) of its answer wanted. */
export type PageRequest = { readonly text: string; readonly page: number; readonly part?: AnswerPart };

/**
 * One rendered page of an answer and the kind of answer it is, for the log line; `hasExcerpts`
 * when the answer keeps its cited sentences for "Show excerpts" (`hasExcerptPart`).
 */
export type SlackAnswer = {
  readonly rendered: RenderedPage;
  readonly answerKind: string;
  readonly hasExcerpts?: boolean;
};

/**
 * Answers a question and renders the page asked for: in process (`createPageAnswerer`) or in a
 * worker thread (`createAnswerPool`). Rejects when answering fails.
 */
export type AnswerPage = (request: PageRequest) => Promise<SlackAnswer>;

/** What answering needs: the page answerer, and the digest preview (null while no digest is configured). */
export type AnswerDeps = {
  readonly answerPage: AnswerPage;
  readonly previewDigest: PreviewDigest | null;
  /**
   * Links citations outside answers (the Home tab) to the reader (`PUBLIC_URL`); unset, they stay
   * as they are. Answers are linked where they are answered (`createPageAnswerer`).
   */
  readonly linkCitations?: LinkCitations;
};

/** `/reports` results asked for in Slack; more than this is said, not shown (see the results renderer). */
export const SLACK_RESULTS_LIMIT = 25;

/** Shown by `/verbatim digest` until a digest is configured. */
export const DIGEST_NOT_CONFIGURED =
  'The digest is not configured. Set `DIGEST_CHANNELS` (and `DIGEST_TIME`, `DIGEST_TZ`) where Verbatim runs to enable it.';

const DIGEST_REQUEST = new RegExp(`^/verbatim\\s+${DIGEST_SUBCOMMAND}\\s*$`, 'i');

/**
 * Answers what a user typed in Slack (`/casualties killed`, a mention's text, a DM) with the same
 * intent rules as `npm run ask`, and renders the page asked for (`context.page`, 0 by default;
 * out of range gives the nearest page). `/verbatim digest` goes to the digest preview, or says the
 * digest is not configured. Deterministic for a given index, so a button can ask for another page
 * of the same text.
 */
export async function answerSlackQuestion(
  text: string,
  deps: AnswerDeps,
  context: AskContext = { channelId: null },
): Promise<SlackAnswer> {
  const page = context.page ?? 0;
  if (DIGEST_REQUEST.test(text.trim())) {
    if (deps.previewDigest === null) {
      const notice = renderNoticeMessage(DIGEST_NOT_CONFIGURED);
      const rendered = pickRenderedPage({ pages: [notice.blocks], text: notice.text }, page);
      return { rendered, answerKind: 'digest-not-configured' };
    }
    return { rendered: pickRenderedPage(await deps.previewDigest(context), page), answerKind: 'digest-preview' };
  }
  return deps.answerPage({ text, page, ...(context.part === undefined ? {} : { part: context.part }) });
}
