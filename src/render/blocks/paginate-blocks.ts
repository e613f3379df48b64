import type { KnownBlock } from '@slack/types';
import { countBlockText } from './build-block.js';

/** Blocks that belong together (an excerpt and its citation) and are never split across pages. */
export type BlockUnit = readonly KnownBlock[];

/** How much one page may hold. */
export type PageBudget = { readonly maxBlocks: number; readonly maxText: number };

/**
 * Packs units into pages in order, starting a new page when the next unit would pass either
 * budget. A unit larger than a whole page is split by blocks (a page is never empty, and never
 * over `maxBlocks`). Deterministic; every block of every unit appears exactly once.
 *
 * @example
 * paginateBlocks([[a, b], [c]], { maxBlocks: 2, maxText: 12_000 }); // [[a, b], [c]]
 */
export function paginateBlocks(units: readonly BlockUnit[], budget: PageBudget): KnownBlock[][] {
  if (budget.maxBlocks < 1) throw new RangeError(`Cannot page with ${budget.maxBlocks} blocks per page`);
  const pages: KnownBlock[][] = [];
  let page: KnownBlock[] = [];
  let text = 0;
  for (const unit of units.flatMap((unit) => splitUnit(unit, budget.maxBlocks))) {
    const unitText = countBlockText(unit);
    const isFull = page.length + unit.length > budget.maxBlocks || text + unitText > budget.maxText;
    if (page.length > 0 && isFull) {
      pages.push(page);
      page = [];
      text = 0;
    }
    page.push(...unit);
    text += unitText;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function splitUnit(unit: BlockUnit, maxBlocks: number): BlockUnit[] {
  if (unit.length <= maxBlocks) return [unit];
  const parts: BlockUnit[] = [];
  for (let i = 0; i < unit.length; i += maxBlocks) parts.push(unit.slice(i, i + maxBlocks));
  return parts;
}
