import { describe, expect, it } from 'vitest';
import { buildTieRanks } from '../../../src/search/build-tie-ranks.js';
import type { Sentence } from '../../../src/search/sentence.js';

function sentence(reportId: string, ordinal: number): Sentence {
  return { id: `${reportId}#${ordinal}`, reportId, ordinal, block: 0, start: 0, end: 1, text: 'x' };
}

describe('buildTieRanks', () => {
  it('ranks sentences by report id, then ordinal, whatever their positions', () => {
    expect([...buildTieRanks([sentence('b', 0), sentence('a', 1), sentence('a', 0), sentence('B', 3)])]).toEqual([
      3, 2, 1, 0,
    ]);
  });

  it('compares report ids by code unit, so "a10" comes before "a9"', () => {
    expect([...buildTieRanks([sentence('a9', 0), sentence('a10', 0)])]).toEqual([1, 0]);
  });

  it('gives nothing for no sentences', () => {
    expect([...buildTieRanks([])]).toEqual([]);
  });
});
