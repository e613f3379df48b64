import type { Answer } from '../../answer/answer.js';
import type { AnswerPart } from '../answer-part.js';
import { MAX_PAGE_TEXT } from './block-limits.js';
import { planPages, renderPlannedPage } from './paginate-blocks.js';
import { listAnswerUnits, MAX_ANSWER_PAGE_BLOCKS, renderAnswerFallback } from './render-answer-blocks.js';
import { clampPage, type RenderedPage } from './rendered-page.js';

/** An answer laid out in pages once, whose pages are rendered one at a time, when asked for. */
export type PagedAnswer = {
  readonly pageCount: number;
  /** The page asked for (the nearest page when out of range), rendered alone. */
  readonly renderPage: (page: number) => RenderedPage;
};

/**
 * Lays an answer out in pages without keeping their blocks: each unit is rendered once to measure
 * it (`planPages`), and a page's units are rendered again only when that page is asked for. The
 * fallback text is rendered on the first page asked for and kept. Each page equals the same page
 * of `renderAnswerBlocks` for the same part (tests hold them equal, byte for byte). Deterministic.
 *
 * @example
 * const paged = createPagedAnswer(answer);
 * paged.renderPage(0); // { page: 0, pageCount: paged.pageCount, blocks, text }
 */
export function createPagedAnswer(answer: Answer, part: AnswerPart = 'answer'): PagedAnswer {
  const units = listAnswerUnits(answer, part);
  const plan = planPages(units, { maxBlocks: MAX_ANSWER_PAGE_BLOCKS, maxText: MAX_PAGE_TEXT });
  const pageCount = Math.max(1, plan.length);
  let text: string | null = null;
  return {
    pageCount,
    renderPage(asked) {
      const page = clampPage(asked, pageCount);
      text ??= renderAnswerFallback(answer, part);
      return { page, pageCount, blocks: renderPlannedPage(units, plan, page), text };
    },
  };
}
