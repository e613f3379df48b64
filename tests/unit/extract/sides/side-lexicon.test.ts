import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_SETTINGS, parseCorpusSettings } from '../../../../src/corpus/corpus-settings.js';
import {
  buildSideLexicon,
  COUNTRY_NAME_WORDS,
  COUNTRY_WORD_KEYS,
  DEMONYM_PLURALS,
  labelSide,
  lookUpSideName,
  PEOPLE_WORDS,
} from '../../../../src/extract/sides/side-lexicon.js';

const GAZETTEER_ONLY = buildSideLexicon(DEFAULT_CORPUS_SETTINGS);
const SUDAN = buildSideLexicon(
  parseCorpusSettings(
    [
      'followed_sides: [Sudan]',
      'sides:',
      '  - name: RSF',
      '    aliases: [Rapid Support Forces, Hemedti]',
      '  - name: Sudanese',
      '    aliases: [SAF]',
      'story_words: [Darfur, El Fasher]',
      'outside_words: [Gaza]',
    ].join('\n'),
  ),
);

describe('buildSideLexicon', () => {
  it('knows every country by demonym, name and capital, without settings', () => {
    expect(
      ['Syrians', "Syria's", 'Damascus', 'Afghan', 'U.S.', 'Britain', 'DPRK'].map(
        (written) => lookUpSideName(GAZETTEER_ONLY, written)?.side.key,
      ),
    ).toEqual(['syrian', 'syrian', 'syrian', 'afghan', 'american', 'british', 'north_korean']);
    expect(GAZETTEER_ONLY.followed).toEqual([]);
    expect(GAZETTEER_ONLY.storySides).toEqual([]);
    expect(GAZETTEER_ONLY.storyWords).toBeNull();
  });

  it('adds the settings sides: a gazetteer side named in any form, a new party under its own name, and aliases', () => {
    expect(SUDAN.followed).toEqual(['sudanese']);
    expect(SUDAN.storySides).toEqual(['RSF', 'sudanese']);
    expect(lookUpSideName(SUDAN, 'Hemedti')).toEqual({ side: { key: 'RSF', label: 'RSF' }, kind: 'alias' });
    expect(lookUpSideName(SUDAN, 'rsf')).toEqual({ side: { key: 'RSF', label: 'RSF' }, kind: 'name' });
    expect(lookUpSideName(SUDAN, 'SAF')?.side).toEqual({ key: 'sudanese', label: 'Sudanese' });
    expect(SUDAN.storyWords?.test('fighting in El Fasher')).toBe(true);
    expect(SUDAN.outsideWords?.test('a strike on Gaza')).toBe(true);
  });

  it('gives the same lexicon for the same settings', () => {
    expect(buildSideLexicon(DEFAULT_CORPUS_SETTINGS)).toEqual(GAZETTEER_ONLY);
  });
});

describe('lookUpSideName', () => {
  it('returns null for a word that names no side', () => {
    expect(lookUpSideName(GAZETTEER_ONLY, 'soldiers')).toBeNull();
  });
});

describe('labelSide', () => {
  it('names a known side by its label, a party by its key, and no side as not stated', () => {
    expect([labelSide(SUDAN, 'sudanese'), labelSide(SUDAN, 'Houthi'), labelSide(SUDAN, 'unknown')]).toEqual([
      'Sudanese',
      'Houthi',
      'side not stated',
    ]);
  });
});

describe('gazetteer word sets', () => {
  it('fold nationality and country words to one key, shared words to every side that has them', () => {
    expect(['ukraine', 'ukrainian', 'us', 'american', 'korea'].map((word) => COUNTRY_WORD_KEYS.get(word))).toEqual([
      'ukrainian',
      'ukrainian',
      'american',
      'american',
      'north_korean|south_korean',
    ]);
  });

  it('hold places and peoples, not the small words of long names', () => {
    expect(['syria', 'damascus', 'korea'].every((word) => COUNTRY_NAME_WORDS.has(word))).toBe(true);
    expect(['syrian', 'syrians'].every((word) => PEOPLE_WORDS.has(word))).toBe(true);
    expect(['of', 'the', 'new', 'syrian'].some((word) => COUNTRY_NAME_WORDS.has(word))).toBe(false);
    expect(DEMONYM_PLURALS.has('afghans')).toBe(true);
  });
});
