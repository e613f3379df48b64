import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildSections } from '../../../../src/render/blocks/build-block.js';
import {
  type BlockUnit,
  type LazyUnit,
  PAGE_BREAK,
  paginateBlocks,
  planPages,
  renderPlannedPage,
} from '../../../../src/render/blocks/paginate-blocks.js';

function section(text: string): KnownBlock {
  return buildSections(text)[0] as KnownBlock;
}

const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(section) as [
  KnownBlock,
  KnownBlock,
  KnownBlock,
  KnownBlock,
  KnownBlock,
];

describe('paginateBlocks', () => {
  it('keeps units whole and in order, starting a page when the next unit does not fit', () => {
    expect(paginateBlocks([[a, b], [c, d], [e]], { maxBlocks: 3, maxText: 100 })).toEqual([
      [a, b],
      [c, d, e],
    ]);
  });

  it('starts a page when the text budget would be passed', () => {
    const long = section('x'.repeat(60));
    expect(paginateBlocks([[long], [long]], { maxBlocks: 50, maxText: 100 })).toEqual([[long], [long]]);
  });

  it('splits a unit larger than a page by blocks', () => {
    expect(paginateBlocks([[a, b, c, d, e]], { maxBlocks: 2, maxText: 100 })).toEqual([[a, b], [c, d], [e]]);
  });

  it('gives no pages for no units', () => {
    expect(paginateBlocks([], { maxBlocks: 2, maxText: 100 })).toEqual([]);
  });
});

describe('planPages and renderPlannedPage', () => {
  const long = section('x'.repeat(60));
  const longer = section('y'.repeat(130));

  /** Units that count how often each is rendered. */
  function countUnits(units: readonly BlockUnit[]): { lazy: LazyUnit[]; renders: number[] } {
    const renders = units.map(() => 0);
    const lazy = units.map((unit, i) => () => {
      renders[i] = (renders[i] ?? 0) + 1;
      return unit;
    });
    return { lazy, renders };
  }

  it.each([
    ['whole units', [[a, b], [c, d], [e]], { maxBlocks: 3, maxText: 100 }],
    ['the text budget', [[long], [long], [a]], { maxBlocks: 50, maxText: 100 }],
    ['a unit over the text budget alone, then an empty unit', [[longer], [], [a]], { maxBlocks: 50, maxText: 100 }],
    ['a unit larger than a page', [[a], [b, c, d, e, a], [b]], { maxBlocks: 2, maxText: 100 }],
    ['no units', [], { maxBlocks: 2, maxText: 100 }],
  ] as const)('lays out pages as paginateBlocks does: %s', (_, units, budget) => {
    const whole = paginateBlocks(units, budget);
    const { lazy } = countUnits(units);
    const plan = planPages(lazy, budget);
    expect(plan).toHaveLength(whole.length);
    expect(plan.map((_page, page) => renderPlannedPage(lazy, plan, page))).toEqual(whole);
  });

  it('renders each unit once to plan, then only the units of the page asked for', () => {
    const { lazy, renders } = countUnits([[a, b], [c, d], [e], [a, b], [c]]);
    const plan = planPages(lazy, { maxBlocks: 2, maxText: 100 });
    expect(plan).toEqual([
      [{ unit: 0, start: 0, end: 2 }],
      [{ unit: 1, start: 0, end: 2 }],
      [{ unit: 2, start: 0, end: 1 }],
      [{ unit: 3, start: 0, end: 2 }],
      [{ unit: 4, start: 0, end: 1 }],
    ]);
    expect(renders).toEqual([1, 1, 1, 1, 1]);
    expect(renderPlannedPage(lazy, plan, 3)).toEqual([a, b]);
    expect(renders).toEqual([1, 1, 1, 2, 1]);
  });

  it('gives no blocks past the last page, and refuses a budget of no blocks', () => {
    const { lazy } = countUnits([[a]]);
    expect(renderPlannedPage(lazy, planPages(lazy, { maxBlocks: 2, maxText: 100 }), 4)).toEqual([]);
    expect(() => planPages(lazy, { maxBlocks: 0, maxText: 100 })).toThrow(RangeError);
  });

  it('ends a page at a PAGE_BREAK unit, but never leaves a page empty; an empty unit is no break', () => {
    const units = [[a], PAGE_BREAK, [b], [], [c], PAGE_BREAK, PAGE_BREAK, [d]];
    expect(paginateBlocks(units, { maxBlocks: 10, maxText: 100 })).toEqual([[a], [b, c], [d]]);
    expect(paginateBlocks([PAGE_BREAK, [a]], { maxBlocks: 10, maxText: 100 })).toEqual([[a]]);
  });
});
