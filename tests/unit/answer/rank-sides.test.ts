import { describe, expect, it } from 'vitest';
import { rankSides } from '../../../src/answer/rank-sides.js';
import { DEFAULT_CORPUS_SETTINGS, parseCorpusSettings } from '../../../src/corpus/corpus-settings.js';
import type { Figure } from '../../../src/extract/figures/figure.js';
import { buildSideLexicon } from '../../../src/extract/sides/side-lexicon.js';

function figuresOf(...subjects: string[]): Figure[] {
  return subjects.map((subject, i) => ({ subject, id: `f${i}` }) as unknown as Figure);
}

describe('rankSides', () => {
  it('without settings, follows the side most figures count, then the others by count, side not stated last', () => {
    const figures = figuresOf('unknown', 'afghan', 'syrian', 'syrian', 'unknown', 'Houthi', 'syrian', 'afghan');
    expect(rankSides(figures, buildSideLexicon(DEFAULT_CORPUS_SETTINGS))).toEqual({
      primary: ['syrian'],
      others: ['afghan', 'Houthi', 'unknown'],
    });
  });

  it('breaks a tie in counts by key', () => {
    expect(rankSides(figuresOf('syrian', 'afghan'), buildSideLexicon(DEFAULT_CORPUS_SETTINGS))).toEqual({
      primary: ['afghan'],
      others: ['syrian'],
    });
  });

  it('puts the settings followed sides first, even with fewer figures', () => {
    const lexicon = buildSideLexicon(parseCorpusSettings('followed_sides: [Afghanistan]\n'));
    expect(rankSides(figuresOf('syrian', 'syrian', 'afghan'), lexicon)).toEqual({
      primary: ['afghan'],
      others: ['syrian'],
    });
  });

  it('follows nothing when no figure has a side', () => {
    expect(rankSides(figuresOf('unknown'), buildSideLexicon(DEFAULT_CORPUS_SETTINGS))).toEqual({
      primary: [],
      others: ['unknown'],
    });
  });
});
