import type { KnownBlock } from '@slack/types';
import { type Answer, assertNever } from '../../answer/answer.js';
import { renderAnswerText } from '../text/render-answer-text.js';
import { MAX_BLOCKS_PER_MESSAGE, MAX_PAGE_TEXT, RESERVED_CONTROL_BLOCKS } from './block-limits.js';
import { type BlockUnit, paginateBlocks } from './paginate-blocks.js';
import { renderFallbackText } from './render-fallback-text.js';
import { renderFiguresBlocks } from './render-figures-blocks.js';
import { renderHelpBlocks } from './render-help-blocks.js';
import { renderQuotesBlocks } from './render-quotes-blocks.js';
import { renderSearchBlocks } from './render-search-blocks.js';
import { renderSourcesBlocks } from './render-sources-blocks.js';
import { SLACK_TEXT_STYLE } from './slack-text-style.js';

/**
 * An answer ready for Slack: its pages of blocks (at least one; each leaves room for the share
 * and paging controls) and the plain-text fallback every message carries. The digest renderer
 * returns the same shape, so the Slack layer sends both the same way.
 */
export type RenderedAnswer = {
  readonly pages: readonly (readonly KnownBlock[])[];
  readonly text: string;
};

/** Blocks per answer page: a message's 50 minus what the Slack layer adds. */
export const MAX_ANSWER_PAGE_BLOCKS = MAX_BLOCKS_PER_MESSAGE - RESERVED_CONTROL_BLOCKS;

/**
 * Renders any answer as Block Kit pages plus its fallback text (from `renderAnswerText`, escaped).
 * Every piece of report text and user text is escaped, so no answer can mention anyone or build a
 * link. Nothing is cut: long sentences are split across sections, long answers across pages.
 * Deterministic: the same answer gives the same pages, so a page can be re-rendered on request.
 *
 * @example
 * const { pages, text } = renderAnswerBlocks(answerQuestion(parseQuestion('/sources'), index));
 */
export function renderAnswerBlocks(answer: Answer): RenderedAnswer {
  const pages = paginateBlocks(renderUnits(answer), { maxBlocks: MAX_ANSWER_PAGE_BLOCKS, maxText: MAX_PAGE_TEXT });
  return { pages, text: renderFallbackText(renderAnswerText(answer, SLACK_TEXT_STYLE)) };
}

function renderUnits(answer: Answer): BlockUnit[] {
  switch (answer.kind) {
    case 'results':
    case 'no-match':
      return renderSearchBlocks(answer);
    case 'sources':
      return renderSourcesBlocks(answer);
    case 'help':
    case 'usage':
      return renderHelpBlocks(answer);
    case 'figures':
      return renderFiguresBlocks(answer);
    case 'speaker-quotes':
    case 'phrase-quotes':
    case 'not-quoted':
      return renderQuotesBlocks(answer);
    default:
      return assertNever(answer);
  }
}
