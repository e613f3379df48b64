import { describe, expect, it } from 'vitest';
import { buildSpeakerDirectory } from '../../../../src/extract/people/build-speaker-directory.js';
import type { Quote } from '../../../../src/extract/quotes/quote.js';

function quote(id: string, speaker: string | null, asWritten: string | null, role: string | null = null): Quote {
  return {
    id,
    reportId: id.split('@')[0] ?? id,
    start: 0,
    end: 1,
    text: 'x',
    passageStart: 0,
    passageEnd: 1,
    sentenceIds: [],
    speakerAsWritten: asWritten,
    speaker,
    speakerRole: role,
    direct: true,
    isCut: false,
  };
}

describe('buildSpeakerDirectory', () => {
  it('merges the spellings of one person across reports, with the fullest name and role', () => {
    const quotes = [
      quote('a@1', 'Olena Marchuk', 'Ukrainian President Olena Marchuk', 'Ukrainian President'),
      quote('b@5', 'Marchukk', 'Marchukk', null),
      quote('c@9', 'Marchuk', 'she', 'President'),
      quote('c@20', 'Tomas Berg', 'Tomas Berg, the army spokesman', 'army spokesman'),
      quote('d@3', null, 'a senior official', 'senior official'),
    ];
    expect(buildSpeakerDirectory(quotes)).toEqual({
      speakers: [
        {
          key: 'berg',
          name: 'Tomas Berg',
          role: 'army spokesman',
          spellings: ['Tomas Berg'],
          quoteCount: 1,
        },
        {
          key: 'marchuk',
          name: 'Olena Marchuk',
          role: 'Ukrainian President',
          spellings: ['Marchuk', 'Marchukk', 'Olena Marchuk'],
          quoteCount: 3,
        },
      ],
      speakerOfQuote: new Map([
        ['a@1', 'marchuk'],
        ['b@5', 'marchuk'],
        ['c@20', 'berg'],
        ['c@9', 'marchuk'],
      ]),
    });
  });

  it('keeps apart people who share a surname, and a short name that fits both', () => {
    const directory = buildSpeakerDirectory([
      quote('a@1', 'John Kirby', 'John Kirby'),
      quote('a@2', 'Jane Kirby', 'Jane Kirby'),
      quote('a@3', 'Kirby', 'Kirby'),
    ]);
    expect(directory.speakers.map(({ key, name }) => [key, name])).toEqual([
      ['kirby', 'Jane Kirby'],
      ['kirby-2', 'Kirby'],
      ['kirby-john', 'John Kirby'],
    ]);
  });

  it('gives the same directory whatever the order of the quotes', () => {
    const quotes = [quote('a@1', 'Zelenskyy', 'Zelenskyy'), quote('b@1', 'Volodymyr Zelensky', 'Volodymyr Zelensky')];
    expect(buildSpeakerDirectory([...quotes].reverse())).toEqual(buildSpeakerDirectory(quotes));
    expect(buildSpeakerDirectory(quotes).speakers).toEqual([
      {
        key: 'zelensky',
        name: 'Volodymyr Zelensky',
        role: null,
        spellings: ['Volodymyr Zelensky', 'Zelenskyy'],
        quoteCount: 2,
      },
    ]);
  });

  it('is empty without quotes', () => {
    expect(buildSpeakerDirectory([])).toEqual({ speakers: [], speakerOfQuote: new Map() });
  });
});
