import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/corpus/parse-report.js';
import { foldCorpusDeltas } from '../../../src/index/fold-corpus-deltas.js';
import type { PreparedReport } from '../../../src/index/prepare-corpus-delta.js';

/** A prepared report of its own id, with no facts (folding looks at ids only). */
function prepared(id: string, words: string): PreparedReport {
  const text = `# ${words}\n\n${words} today.\n`;
  const report = { ...parseReport(`${id}.txt`, text, text.length), id };
  return { report, sentences: [], figures: [], quotes: [] };
}

describe('foldCorpusDeltas', () => {
  it('keeps, for each report, what the last delta that touches it did', () => {
    const b1 = prepared('b', 'First words');
    const b2 = prepared('b', 'Second words');
    const c = prepared('c', 'Kept words');
    const d = prepared('d', 'Gone words');
    const folded = foldCorpusDeltas([
      { upserted: [b1, d], removedIds: ['a'] },
      { upserted: [c, b2], removedIds: ['d'] },
      { upserted: [], removedIds: ['e'] },
    ]);
    expect(folded).toEqual({ upserted: [b2, c], removedIds: ['a', 'd', 'e'] });
    expect(folded.upserted[0]).toBe(b2);
  });

  it('gives an empty delta for no deltas, and a removed report added again is upserted', () => {
    const a = prepared('a', 'Back again');
    expect(foldCorpusDeltas([])).toEqual({ upserted: [], removedIds: [] });
    expect(
      foldCorpusDeltas([
        { upserted: [], removedIds: ['a'] },
        { upserted: [a], removedIds: [] },
      ]),
    ).toEqual({
      upserted: [a],
      removedIds: [],
    });
  });
});
