import type { Answer } from '../../answer/answer.js';
import { renderAnswerText } from '../text/render-answer-text.js';
import { MAX_PAGE_TEXT } from './block-limits.js';
import { planPages, renderPlannedPage } from './paginate-blocks.js';
import { listAnswerUnits, MAX_ANSWER_PAGE_BLOCKS } from './render-answer-blocks.js';
import { renderFallbackText } from './render-fallback-text.js';
import { clampPage, type RenderedPage } from './rendered-page.js';
import { SLACK_TEXT_STYLE } from './slack-text-style.js';

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
 * of `renderAnswerBlocks` (tests hold them equal, byte for byte). Deterministic.
 *
 * @example
 * const paged = createPagedAnswer(answer);
 * paged.renderPage(0); // { page: 0, pageCount: paged.pageCount, blocks, text }
 */
export function createPagedAnswer(answer: Answer): PagedAnswer {
  const units = listAnswerUnits(answer);
  const plan = planPages(units, { maxBlocks: MAX_ANSWER_PAGE_BLOCKS, maxText: MAX_PAGE_TEXT });
  const pageCount = Math.max(1, plan.length);
  let text: string | null = null;
  return {
    pageCount,
    renderPage(asked) {
      const page = clampPage(asked, pageCount);
      text ??= renderFallbackText(renderAnswerText(answer, SLACK_TEXT_STYLE));
      return { page, pageCount, blocks: renderPlannedPage(units, plan, page), text };
    },
  };
}
