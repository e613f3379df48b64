import { describe, expect, it } from 'vitest';
import { formatClaimDate, renderClaimDate } from '../../../src/render/format-claim-date.js';

describe('formatClaimDate', () => {
  it('resolves to a day with weekday and year, keeping a wording that says less', () => {
    expect(formatClaimDate({ date: '2024-12-21', dateText: 'Saturday' })).toEqual({
      day: 'Sat 21 Dec 2024',
      written: 'Saturday',
      isReportDate: false,
    });
    expect(formatClaimDate({ date: '2024-12-23', dateText: 'December 23' })).toEqual({
      day: 'Mon 23 Dec 2024',
      written: 'December 23',
      isReportDate: false,
    });
    expect(formatClaimDate({ date: '2024-09-05', dateText: 'yesterday' }).day).toBe('Thu 5 Sep 2024');
  });

  it('drops the wording when it is the full day already, however it is written', () => {
    for (const dateText of ['December 18, 2023', '18 December 2023', 'on Dec. 18, 2023', '2023-12-18']) {
      expect(formatClaimDate({ date: '2023-12-18', dateText }).written).toBeNull();
    }
  });

  it('marks the report date standing in, and says undated', () => {
    expect(formatClaimDate({ date: '2024-02-29', dateText: null })).toEqual({
      day: 'Thu 29 Feb 2024',
      written: null,
      isReportDate: true,
    });
    expect(formatClaimDate({ date: null, dateText: null })).toEqual({
      day: 'undated',
      written: null,
      isReportDate: false,
    });
  });

  it('shows a date that is not a valid day as it is', () => {
    expect(formatClaimDate({ date: '2024-02-30', dateText: 'Feb 30' }).day).toBe('2024-02-30');
  });
});

describe('renderClaimDate', () => {
  it('gives one phrase for every surface, escaping only the written wording', () => {
    const shout = (text: string) => text.toUpperCase();
    expect(renderClaimDate({ date: '2024-12-21', dateText: 'Saturday' }, shout)).toBe(
      'Sat 21 Dec 2024 (written “SATURDAY”)',
    );
    expect(renderClaimDate({ date: '2024-12-21', dateText: null })).toBe('Sat 21 Dec 2024 (report date)');
    expect(renderClaimDate({ date: '2023-12-18', dateText: 'December 18, 2023' })).toBe('Mon 18 Dec 2023');
    expect(renderClaimDate({ date: null, dateText: 'December 23' })).toBe('“December 23” (year unknown)');
    expect(renderClaimDate({ date: null, dateText: null })).toBe('undated');
  });
});
