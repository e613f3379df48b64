import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber } from '../../../src/render/format-count.js';

describe('formatCount', () => {
  it('writes one in the singular and every other count in the plural, with thousands separators', () => {
    expect([0, 1, 2, 1000, 112733].map((count) => formatCount(count, 'report'))).toEqual([
      '0 reports',
      '1 report',
      '2 reports',
      '1,000 reports',
      '112,733 reports',
    ]);
    expect(formatCount(1, 'sentence mentions', 'sentences mention')).toBe('1 sentence mentions');
    expect(formatCount(3, 'sentence mentions', 'sentences mention')).toBe('3 sentences mention');
  });
});

describe('formatNumber', () => {
  it('formats a bare count with the en-US separators whatever the machine locale', () => {
    expect([7, 1234, 112733, 1234567].map(formatNumber)).toEqual(['7', '1,234', '112,733', '1,234,567']);
  });
});
