import { describe, expect, it } from 'vitest';
import type { SpeakerDirectory } from '../../../../src/extract/people/build-speaker-directory.js';
import {
  buildSpeakerNameWords,
  buildSpeakersByNameWord,
  findSpeakerByName,
} from '../../../../src/extract/people/find-speaker-by-name.js';

const DIRECTORY: SpeakerDirectory = {
  speakers: [
    {
      key: 'kirby',
      name: 'John F. Kirby',
      role: 'White House spokesman',
      spellings: ['John F. Kirby', 'Kirby'],
      quoteCount: 3,
    },
    { key: 'pentagon', name: 'Pentagon', role: null, spellings: ['Pentagon'], quoteCount: 1 },
    { key: 'yeol', name: 'Yoon Suk Yeol', role: 'President', spellings: ['Yoon', 'Yoon Suk Yeol'], quoteCount: 1 },
    {
      key: 'zelensky',
      name: 'Volodymyr Zelensky',
      role: 'Ukrainian President',
      spellings: ['Volodymyr Zelensky', 'Zelenskyy'],
      quoteCount: 4,
    },
  ],
  speakerOfQuote: new Map(),
};

const NAME_WORDS = new Map(DIRECTORY.speakers.map((speaker) => [speaker.key, buildSpeakerNameWords(speaker)]));
const BY_WORD = buildSpeakersByNameWord(DIRECTORY, NAME_WORDS);

describe('buildSpeakersByNameWord', () => {
  it('lists, for each folded name word, the speakers holding it in directory order', () => {
    const byWord = buildSpeakersByNameWord(DIRECTORY, NAME_WORDS);
    expect([...byWord].map(([word, speakers]) => [word, speakers.map((speaker) => speaker.key)])).toEqual([
      ['john', ['kirby']],
      ['f', ['kirby']],
      ['kirby', ['kirby']],
      ['pentagon', ['pentagon']],
      ['yon', ['yeol']],
      ['suk', ['yeol']],
      ['yeol', ['yeol']],
      ['volodymyr', ['zelensky']],
      ['zelensky', ['zelensky']],
    ]);
  });
});

describe('findSpeakerByName', () => {
  it.each([
    ['a surname', 'Zelensky', 'zelensky'],
    ['a transliteration variant', 'zelenskiy', 'zelensky'],
    ['a typo folded away', 'zelenski', 'zelensky'],
    ['a typo in the last letter', 'kirbi', 'kirby'],
    ['a typo inside a long name', 'zelesnky', 'zelensky'],
    ['a full name with a title', 'President Volodymyr Zelensky', 'zelensky'],
    ['a first name', 'John', 'kirby'],
    ['a surname written first', 'yoon', 'yeol'],
    ['an institution', 'the Pentagon', 'pentagon'],
    ['an initial and a surname', 'J. Kirby', 'kirby'],
  ])('finds %s', (_name, query, key) => {
    expect(findSpeakerByName(DIRECTORY, query)?.key).toBe(key);
    expect(findSpeakerByName(DIRECTORY, query, NAME_WORDS, BY_WORD)?.key).toBe(key);
  });

  it('prefers an exact name to a fit with fewer quotes, with or without the word index', () => {
    const directory: SpeakerDirectory = {
      speakers: [
        { key: 'kerby', name: 'Ann Kerby', role: null, spellings: ['Ann Kerby'], quoteCount: 9 },
        { key: 'kirby', name: 'John Kirby', role: null, spellings: ['John Kirby'], quoteCount: 1 },
      ],
      speakerOfQuote: new Map(),
    };
    const byWord = buildSpeakersByNameWord(directory, new Map());
    expect(findSpeakerByName(directory, 'kirby', new Map(), byWord)?.key).toBe('kirby');
    expect(findSpeakerByName(directory, 'kirby')?.key).toBe('kirby');
    expect(findSpeakerByName(directory, 'ann kirby', new Map(), byWord)?.key).toBe('kerby');
  });

  it('gives a typo that fits two speakers equally to the first in directory order, with or without the word index', () => {
    // "kirby" is first written by a speaker with fewer quotes, so the name words' order is not the directory's.
    const directory: SpeakerDirectory = {
      speakers: [
        { key: 'smith', name: 'Kirby Smith', role: null, spellings: ['Kirby Smith'], quoteCount: 1 },
        { key: 'kirbo', name: 'Ann Kirbo', role: null, spellings: ['Ann Kirbo'], quoteCount: 2 },
        { key: 'kirby', name: 'Bob Kirby', role: null, spellings: ['Bob Kirby'], quoteCount: 2 },
      ],
      speakerOfQuote: new Map(),
    };
    const byWord = buildSpeakersByNameWord(directory, new Map());
    expect(findSpeakerByName(directory, 'kirbx')?.key).toBe('kirbo');
    expect(findSpeakerByName(directory, 'kirbx', new Map(), byWord)?.key).toBe('kirbo');
    expect(findSpeakerByName(directory, 'bob kirbx', new Map(), byWord)?.key).toBe('kirby');
    expect(findSpeakerByName(directory, 'kirbxyz', new Map(), byWord)).toBeNull();
  });

  it.each([
    ['a name with a particle, as the reports spell it', 'de Blasio', 'blasio'],
    ['a name with a particle, in full', 'Bill de Blasio', 'blasio'],
    ['an anonymous source by the report’s label', 'senior administration official', 'official'],
    ['an anonymous source by its role', 'police spokesman', 'spokesman'],
  ])('finds %s', (_name, query, key) => {
    const directory: SpeakerDirectory = {
      speakers: [
        { key: 'blasio', name: 'Bill de Blasio', role: 'Mayor', spellings: ['Bill de Blasio'], quoteCount: 2 },
        {
          key: 'official',
          name: 'a senior administration official',
          role: 'senior administration official',
          spellings: ['a senior administration official'],
          quoteCount: 1,
        },
        {
          key: 'spokesman',
          name: 'a police spokesman',
          role: 'police spokesman',
          spellings: ['a police spokesman'],
          quoteCount: 1,
        },
      ],
      speakerOfQuote: new Map(),
    };
    expect(findSpeakerByName(directory, query)?.key).toBe(key);
    expect(findSpeakerByName(directory, query, new Map(), buildSpeakersByNameWord(directory, new Map()))?.key).toBe(
      key,
    );
  });

  it.each([
    ['a phrase', 'meat grinder'],
    ['a name with other words', 'Kirby troops losses'],
    ['a short word one letter off', 'kirb'],
    ['only a title', 'president'],
    ['more than four words', 'john f kirby white house press'],
    ['nothing', '  '],
  ])('finds no one for %s', (_name, query) => {
    expect(findSpeakerByName(DIRECTORY, query)).toBeNull();
    expect(findSpeakerByName(DIRECTORY, query, NAME_WORDS, BY_WORD)).toBeNull();
  });
});
