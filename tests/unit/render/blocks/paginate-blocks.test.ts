import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildSections } from '../../../../src/render/blocks/build-block.js';
import { paginateBlocks } from '../../../../src/render/blocks/paginate-blocks.js';

function section(text: string): KnownBlock {
  return buildSections(text)[0] as KnownBlock;
}

describe('paginateBlocks', () => {
  const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(section) as [
    KnownBlock,
    KnownBlock,
    KnownBlock,
    KnownBlock,
    KnownBlock,
  ];

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
