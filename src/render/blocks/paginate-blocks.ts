import type { KnownBlock } from '@slack/types';
import { countBlockText } from './build-block.js';

/** Blocks that belong together (an excerpt and its citation) and are never split across pages. */
export type BlockUnit = readonly KnownBlock[];

/**
 * A unit that holds no blocks and ends the page before it (when that page holds anything): an
 * answer's first screen ends there. Compared by identity, so an empty unit is not a break.
 */
export const PAGE_BREAK: BlockUnit = Object.freeze([]);

/** A unit rendered only when asked for, so a page can be rendered without the others. */
export type LazyUnit = () => BlockUnit;

/** One piece of a page: blocks `[start, end)` of unit `unit`. */
export type PagePiece = { readonly unit: number; readonly start: number; readonly end: number };

/** The pages of a paginated answer as pieces of its units, so any one page can be rendered alone. */
export type PagePlan = readonly (readonly PagePiece[])[];

/** How much one page may hold. */
export type PageBudget = { readonly maxBlocks: number; readonly maxText: number };

/**
 * Packs units into pages in order, starting a new page when the next unit would pass either
 * budget, or at a `PAGE_BREAK`. A unit larger than a whole page is split by blocks (a page is never empty, and never
 * over `maxBlocks`). Deterministic; every block of every unit appears exactly once.
 *
 * @example
 * paginateBlocks([[a, b], [c]], { maxBlocks: 2, maxText: 12_000 }); // [[a, b], [c]]
 */
export function paginateBlocks(units: readonly BlockUnit[], budget: PageBudget): KnownBlock[][] {
  const lazy: LazyUnit[] = units.map((unit) => () => unit);
  const plan = planPages(lazy, budget);
  return plan.map((_pieces, page) => renderPlannedPage(lazy, plan, page));
}

/**
 * The pagination `paginateBlocks` does, kept as unit and block positions instead of blocks:
 * each unit is rendered once to be measured and then dropped, so a long answer's blocks are never
 * all held at once. `renderPlannedPage` renders one page of the plan; the page equals
 * `paginateBlocks`' page of the same units (tests hold them equal page by page). Deterministic.
 *
 * @example
 * const plan = planPages(units, { maxBlocks: 47, maxText: 12_000 });
 * renderPlannedPage(units, plan, 0); // paginateBlocks(units.map((unit) => unit()), budget)[0]
 */
export function planPages(units: readonly LazyUnit[], budget: PageBudget): PagePlan {
  if (budget.maxBlocks < 1) throw new RangeError(`Cannot page with ${budget.maxBlocks} blocks per page`);
  const pages: PagePiece[][] = [];
  let page: PagePiece[] = [];
  let blocks = 0;
  let text = 0;
  units.forEach((render, unit) => {
    const rendered = render();
    if (rendered === PAGE_BREAK && blocks > 0) {
      pages.push(page);
      page = [];
      blocks = 0;
      text = 0;
    }
    for (let start = 0; start < rendered.length; start += budget.maxBlocks) {
      const end = Math.min(rendered.length, start + budget.maxBlocks);
      const pieceText = countBlockText(rendered.length <= budget.maxBlocks ? rendered : rendered.slice(start, end));
      const isFull = blocks + (end - start) > budget.maxBlocks || text + pieceText > budget.maxText;
      if (blocks > 0 && isFull) {
        pages.push(page);
        page = [];
        blocks = 0;
        text = 0;
      }
      page.push({ unit, start, end });
      blocks += end - start;
      text += pieceText;
    }
  });
  if (blocks > 0) pages.push(page);
  return pages;
}

/** The blocks of page `page` of a plan made by `planPages` from the same units; `[]` past the last page. */
export function renderPlannedPage(units: readonly LazyUnit[], plan: PagePlan, page: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const piece of plan[page] ?? []) {
    const unit = units[piece.unit];
    if (unit !== undefined) blocks.push(...unit().slice(piece.start, piece.end));
  }
  return blocks;
}
