import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_SETTINGS } from '../../../../src/corpus/corpus-settings.js';
import { findSideNames } from '../../../../src/extract/sides/find-side-names.js';
import { buildSideLexicon } from '../../../../src/extract/sides/side-lexicon.js';

const LEXICON = buildSideLexicon(DEFAULT_CORPUS_SETTINGS);

function namesIn(text: string) {
  return findSideNames(text, LEXICON).map((name) => [name.written, name.side.key, name.kind]);
}

describe('findSideNames', () => {
  it('finds names, demonyms, plurals, possessives and capitals, longest first', () => {
    expect(namesIn("North Koreans met Syria's envoy in Damascus, and the United Kingdom said so.")).toEqual([
      ['North Koreans', 'north_korean', 'demonym'],
      ["Syria's", 'syrian', 'name'],
      ['Damascus', 'syrian', 'name'],
      ['United Kingdom', 'british', 'name'],
    ]);
  });

  it('keeps offsets into the text, a full stop left out', () => {
    const text = 'The talks moved to Afghanistan.';
    const [found] = findSideNames(text, LEXICON);
    expect(found === undefined ? null : text.slice(found.start, found.end)).toBe('Afghanistan');
  });

  it('minds case and whole words: "us" and "Syria-based" name no side', () => {
    expect(namesIn('Tell us about the Syria-based group and the pro-Iranian militia.')).toEqual([]);
    expect(namesIn('The US sent aid.')).toEqual([['US', 'american', 'name']]);
  });

  it('finds nothing in a text without capitals', () => {
    expect(namesIn('nothing here')).toEqual([]);
  });
});
