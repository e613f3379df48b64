import type { Answer } from '../answer/answer.js';
import { answerQuestion } from '../answer/answer-question.js';
import { parseQuestion } from '../answer/parse-question.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { type LinkCitations, NO_LINKS } from '../reader/create-citation-linker.js';
import type { AnswerPart } from '../render/answer-part.js';
import { createPagedAnswer, type PagedAnswer } from '../render/blocks/create-paged-answer.js';
import { hasExcerptPart } from '../render/blocks/render-answer-blocks.js';
import { type AnswerFunction, type AnswerPage, SLACK_RESULTS_LIMIT } from './answer-slack-question.js';

/** Answers kept for paging unless told otherwise. */
export const DEFAULT_KEPT_ANSWERS = 32;

/** What a page answerer answers from, and how many answers it keeps. */
export type PageAnswererOptions = {
  /** The index answers come from, read per request (it may be swapped). */
  readonly getIndex: () => CorpusIndex;
  /** `answerQuestion` by default. */
  readonly answer?: AnswerFunction;
  /** Links every citation to the reader (`PUBLIC_URL`) before rendering; no links by default. */
  readonly linkCitations?: LinkCitations;
  /** How many answers are kept for "Previous" / "Next"; `DEFAULT_KEPT_ANSWERS` by default, 0 keeps none. */
  readonly keptAnswers?: number;
};

/**
 * Answers Slack questions page by page, in the thread it runs in. An answer is computed once, and
 * each of its parts (the first screen, the excerpts) laid out in pages once when first asked for
 * (`createPagedAnswer`), then kept in a bounded least-recently-used list keyed by
 * the corpus fingerprint (and staleness), the parsed question and the answer options, so another page of the same
 * question renders only that page and never answers again. A new index has a new fingerprint, so
 * answers of the old one are never served and age out. Deterministic: a page is the same whether
 * its answer was kept or computed again.
 */
export function createPageAnswerer(options: PageAnswererOptions): AnswerPage {
  const answer = options.answer ?? answerQuestion;
  const linkCitations = options.linkCitations ?? NO_LINKS;
  const kept = new Map<string, KeptAnswer>();
  const limit = options.keptAnswers ?? DEFAULT_KEPT_ANSWERS;
  return async ({ text, page, part = 'answer' }) => {
    const index = options.getIndex();
    const question = parseQuestion(text);
    const answerOptions = { limit: SLACK_RESULTS_LIMIT };
    // A stale index has the fingerprint of the fresh one, but `/sources` says it is stale.
    const key = JSON.stringify([index.fingerprint, index.stale?.reason ?? null, question, answerOptions]);
    let entry = kept.get(key);
    if (entry === undefined) {
      const computed = await answer(question, index, answerOptions);
      entry = { answer: linkCitations(computed), parts: new Map() };
    }
    // Re-inserting moves the entry to the newest end; the oldest is first in the map's order.
    kept.delete(key);
    if (limit > 0) kept.set(key, entry);
    for (const oldest of kept.keys()) {
      if (kept.size <= limit) break;
      kept.delete(oldest);
    }
    let paged = entry.parts.get(part);
    if (paged === undefined) {
      paged = createPagedAnswer(entry.answer, part);
      entry.parts.set(part, paged);
    }
    const { kind } = entry.answer;
    return { rendered: paged.renderPage(page), answerKind: kind, hasExcerpts: hasExcerptPart(entry.answer) };
  };
}

/** An answer kept for paging, and each of its parts laid out in pages once it was asked for. */
type KeptAnswer = { readonly answer: Answer; readonly parts: Map<AnswerPart, PagedAnswer> };
