import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../../../src/extract/figures/find-period.js';

/** The period of the first number of the text. */
function periodOf(text: string) {
  const match = /\d[\d,]*/.exec(text);
  const start = match?.index ?? 0;
  return findPeriod(text, { start, end: start + (match?.[0].length ?? 0) });
}

describe('findPeriod', () => {
  it.each([
    ['a rate "a day"', 'about 1,200 casualties a day', { text: 'a day', start: 23, isRate: true }],
    ['a rate "per day"', 'lost 1,000 soldiers per day', { text: 'per day', start: 20, isRate: true }],
    ['a rate "each week"', '300 were killed each week', { text: 'each week', start: 16, isRate: true }],
    ['a rate "daily"', 'daily losses of 1,500', { text: 'daily', start: 0, isRate: true }],
    [
      'a span "over just the past week"',
      '1,000 were killed over just the past week',
      { text: 'over just the past week', start: 18, isRate: false },
    ],
    ['a span "in one week"', '1,000 were killed in one week', { text: 'in one week', start: 18, isRate: false }],
    ['a span "in a week"', '1,000 were killed in a week', { text: 'in a week', start: 18, isRate: false }],
    [
      'a span "in the past 24 hours"',
      '200 died in the past 24 hours',
      { text: 'in the past 24 hours', start: 9, isRate: false },
    ],
    [
      'a span that opens the sentence',
      'Over the past month, 2,000 died',
      { text: 'Over the past month', start: 0, isRate: false },
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(periodOf(text)).toEqual(expected);
  });

  it.each([
    ['no period', '3,000 were killed'],
    ['a year', '3,000 were killed in 2024'],
    ['"a year ago"', '3,000 were killed a year ago'],
    ['a period in another clause', '3,000 were killed; the rest left within a week'],
  ])('returns null for %s', (_name, text) => {
    expect(periodOf(text)).toBeNull();
  });
});
