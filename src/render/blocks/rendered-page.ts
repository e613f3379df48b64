import type { KnownBlock } from '@slack/types';
import type { RenderedAnswer } from './render-answer-blocks.js';

/**
 * One page of a rendered answer, all a message needs: the page's blocks, which page it is of how
 * many, and the answer's plain-text fallback. Plain data, so it crosses a worker thread as is.
 */
export type RenderedPage = {
  /** 0-based, within `[0, pageCount)`. */
  readonly page: number;
  /** At least 1. */
  readonly pageCount: number;
  readonly blocks: readonly KnownBlock[];
  readonly text: string;
};

/**
 * The page asked for of an answer rendered whole (the digest preview, a notice): an out-of-range
 * or fractional page gives the nearest page, as `clampPage` says.
 */
export function pickRenderedPage(rendered: RenderedAnswer, page: number): RenderedPage {
  const pageCount = Math.max(1, rendered.pages.length);
  const shown = clampPage(page, pageCount);
  return { page: shown, pageCount, blocks: rendered.pages[shown] ?? [], text: rendered.text };
}

/** The page shown when `page` is asked of `pageCount` pages: truncated, then held within `[0, pageCount - 1]`. */
export function clampPage(page: number, pageCount: number): number {
  return Math.min(Math.max(0, Math.trunc(page)), Math.max(1, pageCount) - 1);
}
