import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../src/corpus/parse-dateline.js';

describe('parseDateline', () => {
  it.each([
    ['14 June 2024', { date: '2024-06-14', label: 'none' }],
    ['June 14, 2024', { date: '2024-06-14', label: 'none' }],
    ['2024-06-14', { date: '2024-06-14', label: 'none' }],
    ['Friday, 14 June 2024 09:30 GMT', { date: '2024-06-14', label: 'none' }],
    ['Jun. 14, 2024', { date: '2024-06-14', label: 'none' }],
    ['14.06.2024', { date: '2024-06-14', label: 'none' }],
    ['  14 June 2024  ', { date: '2024-06-14', label: 'none' }],
    ['By Lena Park | June 14, 2024', { date: '2024-06-14', label: 'none' }],
    ['Published: 2024-06-14', { date: '2024-06-14', label: 'publication' }],
    ['Posted on June 14, 2024 at 10:45 am', { date: '2024-06-14', label: 'publication' }],
    ['Date: 14 June 2024', { date: '2024-06-14', label: 'publication' }],
    ['Today : Jun 15, 2024', { date: '2024-06-15', label: 'copy' }],
    ['Today: Saturday, 15 June 2024', { date: '2024-06-15', label: 'copy' }],
    ['Updated 10:30 a.m. ET Jun. 15, 2024', { date: '2024-06-15', label: 'copy' }],
    ['Last updated: 2024-06-15', { date: '2024-06-15', label: 'copy' }],
  ])('reads %j', (line, expected) => {
    expect(parseDateline(line)).toEqual(expected);
  });

  it.each([
    ['a date without a year', 'June 14'],
    ['a month and year only', 'June 2024'],
    ['a time alone', '2:15 P.M. EDT'],
    ['a sentence that mentions a date', 'The ferry returned on 14 June 2024 after repairs.'],
    ['a sentence that starts with a date', 'On 14 June 2024 the ferry returned.'],
    ['a numeric date whose day and month could be swapped', '03/04/2024'],
    ['a headline', 'Ferry Returns After Winter Break'],
    ['a line break inside', '14 June\n2024'],
    ['an empty line', ''],
  ])('returns null for %s', (_case, line) => {
    expect(parseDateline(line)).toEqual(null);
  });
});
