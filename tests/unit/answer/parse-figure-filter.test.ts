import { describe, expect, it } from 'vitest';
import { parseFigureFilter } from '../../../src/answer/parse-figure-filter.js';
import { TEST_LEXICON } from '../../support/test-lexicon.js';

describe('parseFigureFilter', () => {
  it('reads an empty filter as everything', () => {
    expect(parseFigureFilter('', TEST_LEXICON)).toEqual({
      categories: [],
      subjects: [],
      dates: [],
      words: [],
      terms: [],
    });
  });

  it.each([
    ['killed', ['killed', 'killed_or_wounded']],
    ['deaths', ['killed', 'killed_or_wounded']],
    ['wounded', ['wounded', 'killed_or_wounded']],
    ['Injured', ['wounded', 'killed_or_wounded']],
    ['captured', ['captured']],
    ['prisoners', ['captured']],
    ['missing', ['missing']],
    ['deployed', ['deployed']],
    ['sent', ['deployed']],
    ['trained', ['trained']],
    ['additional', ['additional']],
    ['planned', ['planned']],
    ['killed captured', ['killed', 'killed_or_wounded', 'captured']],
  ])('reads the category word "%s"', (filter, categories) => {
    expect(parseFigureFilter(filter, TEST_LEXICON).categories).toEqual(categories);
  });

  it.each([
    ['russian', ['russian']],
    ['Russians', ['russian']],
    ['ukrainian', ['ukrainian']],
    ['north korean', ['north_korean']],
    ['North Koreans', ['north_korean']],
    ['dprk', ['north_korean']],
    ['syrians', ['syrian']],
    ["Syria's", ['syrian']],
    ['afghan killed', ['afghan']],
    ['u.s. officials', []],
    ['russian ukrainian', ['russian', 'ukrainian']],
  ])('reads whose losses in "%s"', (filter, subjects) => {
    expect(parseFigureFilter(filter, TEST_LEXICON).subjects).toEqual(subjects);
  });

  it.each([
    ['since 2024-12-01', [{ op: 'since', date: '2024-12-01' }]],
    ['from 2024-12-01', [{ op: 'since', date: '2024-12-01' }]],
    ['after 2024-12-01', [{ op: 'after', date: '2024-12-01' }]],
    ['before 2024-12-20', [{ op: 'before', date: '2024-12-20' }]],
    ['until 2024-12-20', [{ op: 'until', date: '2024-12-20' }]],
    ['on 2024-12-20', [{ op: 'on', date: '2024-12-20' }]],
    [
      'since 2024-12-01 before 2024-12-20',
      [
        { op: 'since', date: '2024-12-01' },
        { op: 'before', date: '2024-12-20' },
      ],
    ],
  ])('reads the date bounds of "%s"', (filter, dates) => {
    expect(parseFigureFilter(filter, TEST_LEXICON).dates).toEqual(dates);
  });

  it('keeps the other words and every term it read', () => {
    expect(parseFigureFilter('Killed  russian since 2024-12-01 Kirby U.S. officials', TEST_LEXICON)).toEqual({
      categories: ['killed', 'killed_or_wounded'],
      subjects: ['russian'],
      dates: [{ op: 'since', date: '2024-12-01' }],
      words: ['kirby', 'u.s', 'officials'],
      terms: ['since 2024-12-01', 'russian', 'killed', 'kirby', 'u.s', 'officials'],
    });
  });

  it('drops words that carry nothing in a figures filter', () => {
    expect(parseFigureFilter('the casualties of the troops', TEST_LEXICON).words).toEqual([]);
  });
});
