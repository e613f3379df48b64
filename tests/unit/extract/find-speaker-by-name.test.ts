import { describe, expect, it } from 'vitest';
import type { SpeakerDirectory } from '../../../src/extract/build-speaker-directory.js';
import { findSpeakerByName } from '../../../src/extract/find-speaker-by-name.js';

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
  });
});
