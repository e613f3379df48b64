import { describe, expect, it } from 'vitest';
import { matchAliases } from '../../../src/search/match-aliases.js';
import { tokenizeText } from '../../../src/search/tokenize-text.js';
import { TEST_ALIAS_GROUPS, TEST_ALIASES } from '../../support/test-lexicon.js';

/** The labels found in a text, each with the exact phrase it matched. */
function findLabels(text: string): [string, string][] {
  const tokens = tokenizeText(text);
  return matchAliases(text, tokens, TEST_ALIASES).map((match) => [
    match.label,
    text.slice(tokens[match.from]?.start, tokens[match.to - 1]?.end),
  ]);
}

describe('matchAliases', () => {
  it('gives the group term, label and token range of each phrase', () => {
    const text = 'Pyongyang sent troops to the Kursk Oblast';
    expect(matchAliases(text, tokenizeText(text), TEST_ALIASES)).toEqual([
      { term: '~north_korea', label: 'North Korea', from: 0, to: 1 },
      { term: '~kursk_region', label: 'Kursk region', from: 5, to: 7 },
    ]);
  });

  it.each(
    TEST_ALIAS_GROUPS.flatMap((group) =>
      [...group.phrases, ...(group.exactCasePhrases ?? [])].map((phrase) => [phrase, group.label]),
    ),
  )('finds "%s" as %s', (phrase, label) => {
    expect(findLabels(`Reports about ${phrase} today`)).toEqual([[label, phrase]]);
  });

  it.each<[string, string, [string, string][]]>([
    [
      'plurals',
      'North Koreans and Storm Shadows',
      [
        ['North Korea', 'North Koreans'],
        ['Storm Shadow', 'Storm Shadows'],
      ],
    ],
    [
      'possessives',
      'Pyongyang’s and Zelenskyy’s plans',
      [
        ['North Korea', 'Pyongyang’s'],
        ['Zelensky', 'Zelenskyy’s'],
      ],
    ],
    [
      'any case',
      'NORTH KOREA and kursk oblast',
      [
        ['North Korea', 'NORTH KOREA'],
        ['Kursk region', 'kursk oblast'],
      ],
    ],
    [
      'spaced and hyphenated names alike',
      'Kim Jong Un, Kim Jong-un',
      [
        ['Kim Jong Un', 'Kim Jong Un'],
        ['Kim Jong Un', 'Kim Jong-un'],
      ],
    ],
    [
      'the longest phrase',
      "the Democratic People's Republic of Korea",
      [['North Korea', "Democratic People's Republic of Korea"]],
    ],
    [
      '"US" and "U.S." in capitals',
      'US troops and U.S. officials',
      [
        ['United States', 'US'],
        ['United States', 'U.S.'],
      ],
    ],
    ['no pronoun "us"', 'they told us', []],
    ['no "Us" at the start of a sentence', 'Us and them', []],
    ['no continent (a blocker wins)', 'Latin America and South American states', []],
    ['"American" outside a blocker', 'North American and American officials', [['United States', 'American']]],
    ['no phrase broken by punctuation', 'north, Korea said. Storm. Shadow', []],
    ['no half phrase', 'the Kursk governor', []],
  ])('handles %s', (_name, text, expected) => {
    expect(findLabels(text)).toEqual(expected);
  });

  it('finds nothing in a text without words', () => {
    expect(matchAliases('', [], TEST_ALIASES)).toEqual([]);
  });
});
