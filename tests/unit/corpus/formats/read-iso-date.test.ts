import { describe, expect, it } from 'vitest';
import { readIsoDate } from '../../../../src/corpus/formats/read-iso-date.js';

describe('readIsoDate', () => {
  it.each([
    ['2024-12-23', '2024-12-23'],
    ['2024-12-23T23:30:00-05:00', '2024-12-23'],
    [' 2024-12-23 10:00 ', '2024-12-23'],
    ['D:20241223103000Z', '2024-12-23'],
    ['20240229', '2024-02-29'],
    ['2023-02-29', null],
    ['23 December 2024', null],
    ['', null],
  ])('reads %j as %j', (value, expected) => {
    expect(readIsoDate(value)).toBe(expected);
  });
});
