import { describe, expect, it } from 'vitest';
import { isHorizontalSpace, isLineBreakCode, isWhiteSpaceCode } from '../../../src/sentences/white-space-codes.js';

const ALL_CODE_UNITS = Array.from({ length: 0x10000 }, (_, code) => code);

describe('isWhiteSpaceCode', () => {
  it('agrees with \\s and String.prototype.trim on every UTF-16 code unit', () => {
    const disagreeing = ALL_CODE_UNITS.filter((code) => {
      const char = String.fromCharCode(code);
      return isWhiteSpaceCode(code) !== /\s/.test(char) || isWhiteSpaceCode(code) !== (char.trim() === '');
    });
    expect(disagreeing).toEqual([]);
  });
});

describe('isLineBreakCode', () => {
  it('accepts exactly LF, CR, LINE SEPARATOR and PARAGRAPH SEPARATOR', () => {
    expect(ALL_CODE_UNITS.filter(isLineBreakCode)).toEqual([0x0a, 0x0d, 0x2028, 0x2029]);
  });
});

describe('isHorizontalSpace', () => {
  it.each<[string, boolean]>([
    [' ', true],
    ['\t', true],
    ['\u00a0', true],
    ['\u3000', true],
    ['\n', false],
    ['\r', false],
    ['\u2029', false],
    ['x', false],
  ])('says %j is horizontal space: %s', (char, expected) => {
    expect(isHorizontalSpace(char.charCodeAt(0))).toBe(expected);
  });
});
