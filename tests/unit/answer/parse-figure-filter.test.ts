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
      claimants: [],
      places: [],
      topics: [],
      values: [],
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
      claimants: [],
      places: [],
      topics: [],
      values: [],
    });
  });

  it.each([
    [
      'in september',
      [
        { op: 'since', date: '2024-09-01' },
        { op: 'until', date: '2024-09-30' },
      ],
    ],
    [
      'in december',
      [
        { op: 'since', date: '2023-12-01' },
        { op: 'until', date: '2023-12-31' },
      ],
    ],
    [
      'in sept 2022',
      [
        { op: 'since', date: '2022-09-01' },
        { op: 'until', date: '2022-09-30' },
      ],
    ],
    ['since july 20', [{ op: 'since', date: '2024-07-20' }]],
    ['since 20 july', [{ op: 'since', date: '2024-07-20' }]],
    ['before november 30th', [{ op: 'before', date: '2023-11-30' }]],
    ['after october 1, 2021', [{ op: 'after', date: '2021-10-01' }]],
    [
      'in 2023',
      [
        { op: 'since', date: '2023-01-01' },
        { op: 'until', date: '2023-12-31' },
      ],
    ],
    [
      'last week',
      [
        { op: 'since', date: '2024-11-08' },
        { op: 'until', date: '2024-11-15' },
      ],
    ],
    [
      'past month',
      [
        { op: 'since', date: '2024-10-15' },
        { op: 'until', date: '2024-11-15' },
      ],
    ],
  ])('reads "%s" against the reference date 2024-11-15', (filter, dates) => {
    expect(parseFigureFilter(filter, TEST_LEXICON, { today: '2024-11-15' }).dates).toEqual(dates);
  });

  it('keeps a relative date it cannot place as a term, bounding nothing', () => {
    const read = parseFigureFilter('killed last week', TEST_LEXICON);
    expect(read.dates).toEqual([]);
    expect(read.terms).toEqual(['last week', 'killed']);
  });

  it('names the days a relative date was read as', () => {
    expect(parseFigureFilter('in september', TEST_LEXICON, { today: '2024-11-15' }).terms).toEqual([
      'in september (2024-09-01 to 2024-09-30)',
    ]);
  });

  it('reads a claimant, a place, a topic and amounts, each apart from the other words', () => {
    expect(
      parseFigureFilter(
        'killed 12,000 1500 about dam collapse in port avel according to the Interior Ministry',
        TEST_LEXICON,
      ),
    ).toEqual({
      categories: ['killed', 'killed_or_wounded'],
      subjects: [],
      dates: [],
      words: [],
      terms: ['according to the interior ministry', 'about dam collapse', 'in port avel', '12,000', '1500', 'killed'],
      claimants: ['interior', 'ministry'],
      places: ['port', 'avel'],
      topics: ['dam', 'collapse'],
      values: [12000, 1500],
    });
  });

  it('ends a place at the first word the filter reads otherwise', () => {
    const read = parseFigureFilter('in kursk killed', TEST_LEXICON);
    expect([read.places, read.categories]).toEqual([['kursk'], ['killed', 'killed_or_wounded']]);
  });

  it('reads no amount out of a date, a decimal or a two-digit number', () => {
    expect(parseFigureFilter('since 2024-12-01 3.5 22', TEST_LEXICON).values).toEqual([]);
  });

  it('drops words that carry nothing in a figures filter', () => {
    expect(parseFigureFilter('the casualties of the troops', TEST_LEXICON).words).toEqual([]);
  });
});
