import { describe, expect, it } from 'vitest';
import { findPlaceSide } from '../../../../src/extract/sides/find-place-side.js';
import { TEST_LEXICON } from '../../../support/test-lexicon.js';

describe('findPlaceSide', () => {
  it.each([
    ['the one country the sentence names', 'A shell hit a market in Norway, killing 12 children.', null, 'norwegian'],
    ['a country named in the claimant', 'Norwegian authorities said 40 people died.', 'Floods in Europe', 'norwegian'],
    [
      'the title when the sentence names none',
      'The blast killed 12 children.',
      'Bombing in Peru leaves town in shock',
      'peruvian',
    ],
    [
      'the title\'s "in <country>" when the title names several',
      'The strike killed 30 civilians.',
      'France and Germany divided over the war in Chile',
      'chilean',
    ],
  ])('reads %s', (_, text, title, expected) => {
    expect(findPlaceSide(text, title, TEST_LEXICON)).toBe(expected);
  });

  it.each([
    ['two countries in the sentence', 'Troops from Norway shelled Peru, killing 12 people.', null],
    ['no country anywhere', 'The blast killed 12 people.', 'A day of grief'],
    ['a title with several countries and none after "in"', 'The blast killed 12 people.', 'France blames Germany'],
  ])('returns null for %s', (_, text, title) => {
    expect(findPlaceSide(text, title, TEST_LEXICON)).toBeNull();
  });
});
