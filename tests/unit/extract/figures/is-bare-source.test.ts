import { describe, expect, it } from 'vitest';
import { isBareSource } from '../../../../src/extract/figures/is-bare-source.js';

describe('isBareSource', () => {
  it.each([
    ['reports', true],
    ['Reports', true],
    ['recent media reports', true],
    ['Unconfirmed estimates', true],
    ['some officials', true],
    ['claims', true],
    ['figures', true],
    ['sources', true],
    ['U.S. officials', false],
    ['Chadian officials', false],
    ['military officials', false],
    ['intelligence estimates', false],
    ["The Pentagon's figures", false],
    ['the agency', false],
    ['John Kirby', false],
    ['The Health Ministry', false],
  ])('%s → %s', (written, expected) => {
    expect(isBareSource(written)).toBe(expected);
  });
});
