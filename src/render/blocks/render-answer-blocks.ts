import type { KnownBlock } from '@slack/types';
import { type Answer, assertNever } from '../../answer/answer.js';
import type { AnswerPart } from '../answer-part.js';
import { renderAnswerText } from '../text/render-answer-text.js';
import { hasFigureRows } from '../text/render-figures-text.js';
import { MAX_BLOCKS_PER_MESSAGE, MAX_PAGE_TEXT, RESERVED_CONTROL_BLOCKS } from './block-limits.js';
import { type LazyUnit, paginateBlocks } from './paginate-blocks.js';
import { renderFallbackText } from './render-fallback-text.js';
import { listFiguresUnits } from './render-figures-blocks.js';
import { renderHelpBlocks } from './render-help-blocks.js';
import { listQuotesUnits } from './render-quotes-blocks.js';
import { renderSearchBlocks } from './render-search-blocks.js';
import { listSourcesUnits } from './render-sources-blocks.js';
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
 * `part` is the first screen (`answer`, the default) or what "Show excerpts" posts (`excerpts`).
 *
 * @example
 * const { pages, text } = renderAnswerBlocks(answerQuestion(parseQuestion('/sources'), index));
 */
export function renderAnswerBlocks(answer: Answer, part: AnswerPart = 'answer'): RenderedAnswer {
  const units = listAnswerUnits(answer, part).map((unit) => unit());
  const pages = paginateBlocks(units, { maxBlocks: MAX_ANSWER_PAGE_BLOCKS, maxText: MAX_PAGE_TEXT });
  return { pages, text: renderAnswerFallback(answer, part) };
}

/** The plain-text fallback of one part of an answer: the text renderer's lines of that part, escaped. */
export function renderAnswerFallback(answer: Answer, part: AnswerPart): string {
  return renderFallbackText(renderAnswerText(answer, SLACK_TEXT_STYLE, hasExcerptPart(answer) ? part : 'whole'));
}

/**
 * True when the answer keeps cited sentences off its first screen, for "Show excerpts" to post:
 * a figures answer with at least one figure. Every other answer shows its excerpts at once.
 */
export function hasExcerptPart(answer: Answer): boolean {
  return answer.kind === 'figures' && hasFigureRows(answer);
}

/**
 * Any answer's block units, each rendered only when called, in page order: the rows of the long
 * answers (quotes, figures, sources) are rendered one by one, the short ones (search results, help)
 * at once. Deterministic: a unit renders the same blocks each time it is called. Only a figures
 * answer with figures has two parts (`hasExcerptPart`); any other answer gives the same units for both.
 */
export function listAnswerUnits(answer: Answer, part: AnswerPart = 'answer'): LazyUnit[] {
  switch (answer.kind) {
    case 'results':
    case 'no-match':
      return renderSearchBlocks(answer).map((unit) => () => unit);
    case 'sources':
      return listSourcesUnits(answer);
    case 'help':
    case 'usage':
      return renderHelpBlocks(answer).map((unit) => () => unit);
    case 'figures':
      return listFiguresUnits(answer, hasFigureRows(answer) ? part : 'answer');
    case 'speaker-quotes':
    case 'several-speakers':
    case 'phrase-quotes':
    case 'not-quoted':
      return listQuotesUnits(answer);
    default:
      return assertNever(answer);
  }
}
