import { describe, expect, it } from 'vitest';
import { readDatePhrases } from '../../../src/answer/read-date-phrases.js';

describe('readDatePhrases', () => {
  it('reads a month without a year as the latest one begun by the reference date', () => {
    expect(readDatePhrases(' in november ', '2024-11-15').bounds).toEqual([
      { op: 'since', date: '2024-11-01' },
      { op: 'until', date: '2024-11-30' },
    ]);
    expect(readDatePhrases(' in december ', '2024-11-15').bounds).toEqual([
      { op: 'since', date: '2023-12-01' },
      { op: 'until', date: '2023-12-31' },
    ]);
  });

  it('reads a day without a year as the latest one on or before the reference date', () => {
    expect(readDatePhrases(' since nov 15 ', '2024-11-15').bounds).toEqual([{ op: 'since', date: '2024-11-15' }]);
    expect(readDatePhrases(' since nov 16 ', '2024-11-15').bounds).toEqual([{ op: 'since', date: '2023-11-16' }]);
  });

  it('reads "in" a day as that day, and a month span by its operator', () => {
    expect(readDatePhrases(' on march 3 2023 ', null).bounds).toEqual([{ op: 'on', date: '2023-03-03' }]);
    expect(readDatePhrases(' after march 2023 ', null).bounds).toEqual([{ op: 'after', date: '2023-03-31' }]);
    expect(readDatePhrases(' before march 2023 ', null).bounds).toEqual([{ op: 'before', date: '2023-03-01' }]);
  });

  it('refuses a day the month does not have', () => {
    expect(readDatePhrases(' since february 30 2023 ', null).bounds).toEqual([]);
  });

  it('keeps the phrases as written and blanks them out of the rest', () => {
    expect(readDatePhrases(' killed last week kirby ', '2024-02-03')).toEqual({
      bounds: [
        { op: 'since', date: '2024-01-27' },
        { op: 'until', date: '2024-02-03' },
      ],
      terms: ['last week (2024-01-27 to 2024-02-03)'],
      phrases: ['last week'],
      rest: ' killed   kirby ',
    });
  });
});
