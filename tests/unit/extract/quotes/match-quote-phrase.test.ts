import { describe, expect, it } from 'vitest';
import {
  isNearQuoteWord,
  matchQuotePhrase,
  nearQuoteWordKeys,
  type PhraseTarget,
} from '../../../../src/extract/quotes/match-quote-phrase.js';

function target(text: string, start = 0): PhraseTarget {
  return { parts: [{ start, end: start + text.length, text }] };
}

const QUOTES = [
  target('They are throwing men into a meat grinder every day.'),
  target('It’s not surprising that the losses keep rising.', 100),
  { parts: [target('We will not', 200).parts[0], target('give up the bridge.', 230).parts[0]] } as PhraseTarget,
];

describe('matchQuotePhrase', () => {
  it.each([
    ['ignoring case and quote marks', '“Meat Grinder”', [{ target: 0, marks: [{ start: 29, end: 41 }] }]],
    ['ignoring apostrophes and punctuation', 'its not surprising', [{ target: 1, marks: [{ start: 100, end: 119 }] }]],
    ['ignoring hyphens', 'meat-grinder', [{ target: 0, marks: [{ start: 29, end: 41 }] }]],
    [
      'across the parts of a split quote',
      'not give up',
      [
        {
          target: 2,
          marks: [
            { start: 208, end: 211 },
            { start: 230, end: 237 },
          ],
        },
      ],
    ],
  ])('matches exactly %s', (_name, phrase, expected) => {
    expect(matchQuotePhrase(phrase, QUOTES)).toEqual(
      expected.map((match) => ({
        ...match,
        match: 'exact',
        differingWords: [],
        score: phrase.split(/[\s-]+/).length * 101,
      })),
    );
  });

  it('matches near, with the words the quote lacks', () => {
    expect(matchQuotePhrase('throwing soldiers into meat grinders', QUOTES)).toEqual([
      {
        target: 0,
        match: 'near',
        marks: [
          { start: 9, end: 17 },
          { start: 29, end: 33 },
          { start: 34, end: 41 },
        ],
        differingWords: ['soldiers'],
        score: 302,
      },
    ]);
  });

  it.each([
    ['an unrelated phrase', 'storm shadow missiles'],
    ['a phrase sharing one word of three', 'meat prices soared'],
    ['a phrase without words', '“ … ”'],
  ])('matches nothing for %s', (_name, phrase) => {
    expect(matchQuotePhrase(phrase, QUOTES)).toEqual([]);
  });
});

describe('nearQuoteWordKeys', () => {
  it('gives the folded form, and from five letters the word and each one-letter deletion', () => {
    expect(nearQuoteWordKeys('cats')).toEqual(['f:cat']);
    expect(nearQuoteWordKeys('tanks')).toEqual(['f:tank', 'd:tanks', 'd:anks', 'd:tnks', 'd:taks', 'd:tans', 'd:tank']);
  });

  it('gives a shared key to every pair of words that are near', () => {
    const words = [
      'grinder',
      'grinders',
      'grindr',
      'girnder',
      'throwing',
      'throw',
      'thrown',
      'cats',
      'cat',
      'babies',
      'baby',
      'boxes',
      'box',
      'meat',
      'meet',
    ];
    let pairs = 0;
    for (const a of words) {
      for (const b of words) {
        if (!isNearQuoteWord(a, b)) continue;
        pairs += 1;
        expect(
          nearQuoteWordKeys(a).some((key) => nearQuoteWordKeys(b).includes(key)),
          `${a} ~ ${b}`,
        ).toBe(true);
      }
    }
    expect(pairs).toBeGreaterThan(words.length);
  });
});
