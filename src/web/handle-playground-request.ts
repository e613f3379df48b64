import type { Answer } from '../answer/answer.js';
import { HELP_ENTRIES } from '../answer/answer-help.js';
import type { AnswerOptions } from '../answer/answer-question.js';
import { parseQuestion, type Question } from '../answer/parse-question.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import type { LinkCitations } from '../reader/create-citation-linker.js';
import { renderAnswerBlocks } from '../render/blocks/render-answer-blocks.js';
import { renderBlocksHtml } from '../render/html/render-blocks-html.js';
import { renderPlaygroundPage } from '../render/html/render-playground-page.js';
import type { WebResponse } from './web-response.js';

/** What the playground answers with: the same answer function, options and links as the Slack app. */
export type PlaygroundDeps = {
  readonly getIndex: () => CorpusIndex;
  readonly answer: (question: Question, index: CorpusIndex, options: AnswerOptions) => Answer;
  /** The options Slack answers with (its results limit), so the playground shows the same answer. */
  readonly answerOptions: AnswerOptions;
  readonly linkCitations: LinkCitations;
};

/** Questions longer than this are cut before answering (Slack's own message limit is far above any real question). */
const MAX_PLAYGROUND_QUESTION = 500;

/**
 * Answers `GET /?q=…`: parses the question as Slack does, answers it, links its citations to the
 * reader, renders it with the Slack block renderers (every page, one after another) and shows the
 * blocks as HTML under the question box. Without `q` (or with a blank one) it shows the empty form
 * with the help's example questions. Deterministic for a given index.
 */
export function handlePlaygroundRequest(url: URL, deps: PlaygroundDeps): WebResponse {
  const question = (url.searchParams.get('q') ?? '').trim().slice(0, MAX_PLAYGROUND_QUESTION);
  const examples = HELP_ENTRIES.map((entry) => entry.example);
  if (question === '') return { status: 200, html: renderPlaygroundPage({ question, answerHtml: null, examples }) };
  const answer = deps.answer(parseQuestion(question), deps.getIndex(), deps.answerOptions);
  const { pages } = renderAnswerBlocks(deps.linkCitations(answer));
  const answerHtml = pages.map((page) => renderBlocksHtml(page)).join('\n<hr>\n');
  return { status: 200, html: renderPlaygroundPage({ question, answerHtml, examples }) };
}
