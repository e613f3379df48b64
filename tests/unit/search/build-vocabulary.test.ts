import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/search/analyze-text.js';
import { buildVocabulary, countSurfaces, type SurfaceCounts } from '../../../src/search/build-vocabulary.js';

function vocabularyOf(...texts: string[]) {
  const counts: SurfaceCounts = new Map();
  for (const text of texts) countSurfaces(counts, analyzeText(text));
  return [...buildVocabulary(counts)];
}

describe('countSurfaces', () => {
  it('counts each spelling of each term, without alias group terms', () => {
    const counts: SurfaceCounts = new Map();
    countSurfaces(counts, analyzeText("Pyongyang's missiles and Missiles"));
    expect(counts).toEqual(
      new Map([
        ['Pyongyang', { term: 'pyongyang', count: 1 }],
        ['missiles', { term: 'missil', count: 1 }],
        ['Missiles', { term: 'missil', count: 1 }],
      ]),
    );
  });
});

describe('buildVocabulary', () => {
  it('keeps the most frequent spelling of each term and its total count', () => {
    expect(vocabularyOf('Missiles hit.', 'Two missiles and a missile.', 'More missiles.')).toEqual([
      ['missil', { surface: 'missiles', count: 4 }],
      ['hit', { surface: 'hit', count: 1 }],
      ['two', { surface: 'Two', count: 1 }],
      ['more', { surface: 'More', count: 1 }],
    ]);
  });

  it('breaks a tie between spellings by code-unit order', () => {
    expect(vocabularyOf('storm', 'Storm')).toEqual([['storm', { surface: 'Storm', count: 2 }]]);
  });

  it('gives an empty vocabulary for no text', () => {
    expect(vocabularyOf()).toEqual([]);
  });
});
