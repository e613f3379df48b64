import { describe, expect, it } from 'vitest';
import { readEnvValue } from '../../../src/cli/read-env-value.js';

describe('readEnvValue', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['seeds', 'seeds'],
    [' a b ', ' a b '],
  ])('reads %j as %j', (value, expected) => {
    expect(readEnvValue(value)).toBe(expected);
  });
});
