import { describe, expect, it } from 'vitest';
import { resolveClaimDate } from '../../../../src/extract/figures/resolve-claim-date.js';

describe('resolveClaimDate', () => {
  it.each([
    [
      'a date without a year, in the report’s year',
      'He said on December 23 that 300 died.',
      '2024-12-24',
      { date: '2024-12-23', dateText: 'December 23' },
    ],
    [
      'a date without a year, after the report date, in the year before',
      'He said on December 30 that 300 died.',
      '2025-01-03',
      { date: '2024-12-30', dateText: 'December 30' },
    ],
    [
      'a wrong year as written',
      'The JCS confirmed on December 18, 2023, that 1,100 died.',
      '2024-12-24',
      { date: '2023-12-18', dateText: 'December 18, 2023' },
    ],
    [
      'a day before its month',
      'Officials said on 5 December 2024 that 300 died.',
      '2024-12-24',
      { date: '2024-12-05', dateText: '5 December 2024' },
    ],
    [
      'an abbreviated month',
      'Officials said on Dec. 5 that 300 died.',
      '2024-12-24',
      { date: '2024-12-05', dateText: 'Dec. 5' },
    ],
    [
      '"yesterday"',
      'Officials said yesterday that 300 died.',
      '2024-12-24',
      { date: '2024-12-23', dateText: 'yesterday' },
    ],
    [
      'the report date when the sentence has none',
      'Officials said 300 died.',
      '2024-12-24',
      { date: '2024-12-24', dateText: null },
    ],
    ['no date at all', 'Officials said 300 died.', null, { date: null, dateText: null }],
    [
      'a date as written with no report date to give its year',
      'He said on December 23 that 300 died.',
      null,
      { date: null, dateText: 'December 23' },
    ],
  ])('reads %s', (_name, text, reportDate, expected) => {
    expect(resolveClaimDate(text, { reportDate, near: text.search(/\d{3}/) })).toEqual(expected);
  });

  it.each([
    ['a date that starts a period', 'Since December 1, 300 have died.'],
    ['a month without a day', 'In January and February, 300 died.'],
    ['a year alone', 'In early 2023, 300 died.'],
    ['an engagement since a month', 'It has fought since early August; 300 died.'],
    ['a weekday', 'On Monday, 300 died.'],
    ['a relative span', '300 died in one week.'],
  ])('ignores %s and keeps the report date', (_name, text) => {
    expect(resolveClaimDate(text, { reportDate: '2024-12-24', near: 0 })).toEqual({
      date: '2024-12-24',
      dateText: null,
    });
  });

  it.each([
    ['before the verb', 'Officials on Tuesday announced that 300 died.', 'announced', '2024-12-24', '2024-12-24'],
    ['after the verb', 'Kovalenko said on Saturday that 300 died.', 'said', '2024-12-24', '2024-12-21'],
    ['the report’s own weekday', 'Kovalenko said Tuesday that 300 died.', 'said', '2024-12-24', '2024-12-24'],
    ['no report date to count back from', 'Kovalenko said Monday that 300 died.', 'said', null, null],
  ])('reads a weekday next to the attribution %s', (_name, text, verb, reportDate, date) => {
    const weekday = /\b\p{Lu}\p{Ll}+day\b/u.exec(text)?.[0] ?? '';
    expect(resolveClaimDate(text, { reportDate, near: 0, attributionAt: text.indexOf(verb) })).toEqual({
      date,
      dateText: weekday,
    });
  });

  it.each([
    [
      'a weekday far from the attribution',
      'On Monday, 300 soldiers were killed near the river, Kovalenko said.',
      'said',
    ],
    ['a weekday that starts a period', 'Kovalenko said that since Monday 300 died.', 'said'],
  ])('ignores %s', (_name, text, verb) => {
    expect(resolveClaimDate(text, { reportDate: '2024-12-24', near: 0, attributionAt: text.indexOf(verb) })).toEqual({
      date: '2024-12-24',
      dateText: null,
    });
  });

  it('ignores a weekday when the sentence names no claimant', () => {
    expect(resolveClaimDate('On Monday, 300 died.', { reportDate: '2024-12-24', near: 0 })).toEqual({
      date: '2024-12-24',
      dateText: null,
    });
  });

  it('picks the date nearest the attribution', () => {
    const text = 'On December 2, troops moved; Kirby said on December 9 that 300 died.';
    expect(resolveClaimDate(text, { reportDate: '2024-12-24', near: text.indexOf('said') })).toEqual({
      date: '2024-12-09',
      dateText: 'December 9',
    });
  });
});
