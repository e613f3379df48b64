import { describe, expect, it } from 'vitest';
import {
  CorpusSettingsError,
  DEFAULT_CORPUS_SETTINGS,
  parseCorpusSettings,
} from '../../../src/corpus/corpus-settings.js';

describe('parseCorpusSettings', () => {
  it('reads every key of a settings file', () => {
    const text = [
      'followed_sides: [Sudanese]',
      'sides:',
      '  - name: RSF',
      '    aliases: [Rapid Support Forces, Hemedti]',
      '  - name: Sudanese',
      'story_words: [Khartoum, Darfur]',
      'outside_words: [Gaza]',
      'search_aliases:',
      '  - label: RSF',
      '    phrases: [RSF, Rapid Support Forces]',
    ].join('\n');
    expect(parseCorpusSettings(text)).toEqual({
      followed_sides: ['Sudanese'],
      sides: [
        { name: 'RSF', aliases: ['Rapid Support Forces', 'Hemedti'] },
        { name: 'Sudanese', aliases: [] },
      ],
      story_words: ['Khartoum', 'Darfur'],
      outside_words: ['Gaza'],
      search_aliases: [{ label: 'RSF', phrases: ['RSF', 'Rapid Support Forces'], exact_case_phrases: [] }],
    });
  });

  it('gives the defaults for an empty file', () => {
    expect(parseCorpusSettings('')).toEqual(DEFAULT_CORPUS_SETTINGS);
    expect(DEFAULT_CORPUS_SETTINGS).toEqual({
      followed_sides: [],
      sides: [],
      story_words: [],
      outside_words: [],
      search_aliases: [],
    });
  });

  it.each([
    ['an unknown key', 'followed: [X]\n', 'verbatim.yml: the file: Unrecognized key: "followed"'],
    [
      'a value of the wrong type',
      'story_words: Kursk\n',
      'verbatim.yml: story_words: Invalid input: expected array, received string',
    ],
    [
      'a side without a name',
      'sides:\n  - aliases: [X]\n',
      'verbatim.yml: sides.0.name: Invalid input: expected string, received undefined',
    ],
    ['invalid YAML', 'sides: [\n', 'verbatim.yml is not valid YAML'],
  ])('rejects %s, naming the key', (_name, text, message) => {
    expect(() => parseCorpusSettings(text)).toThrow(CorpusSettingsError);
    expect(() => parseCorpusSettings(text)).toThrow(message);
  });
});
