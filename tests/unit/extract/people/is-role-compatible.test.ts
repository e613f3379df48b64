import { describe, expect, it } from 'vitest';
import { isRoleCompatible, roleKeys } from '../../../../src/extract/people/is-role-compatible.js';

describe('isRoleCompatible', () => {
  it.each([
    ['a bare title to a role with it', 'president', ['Ukrainian President'], true],
    ['a nationality to the same nationality', 'Ukrainian president', ['Ukrainian President'], true],
    ['a nationality to another nationality', 'U.S. president', ['Ukrainian President'], false],
    ['"U.S." to "American"', 'U.S. president', ['American President'], true],
    ['a nationality to a possessive country', 'Ukrainian foreign minister', ["Ukraine's Foreign Minister"], true],
    ['a nationality to a role without one', 'Russian president', ['President'], false],
    ['one title spelling to another', 'spokesman', ['White House spokesperson'], true],
    ['"Syria\'s" to "Syrian", from the gazetteer', "Syria's foreign minister", ['Syrian Foreign Minister'], true],
    [
      '"Seoul" not to "Korean": a capital is no nationality',
      'Seoul spokesman',
      ['Korean presidential spokesperson'],
      false,
    ],
    ['an office word the role lacks', 'defense minister', ['Foreign Minister'], false],
    ['"former" to a sitting holder', 'former president', ['President'], false],
    ['a title to a person without a role', 'president', [], false],
    ['a title to several roles together', 'Ukrainian president', ['President', 'Ukrainian leader'], true],
  ])('matches %s: %s', (_name, phrase, roles, expected) => {
    expect(isRoleCompatible(phrase, roles)).toBe(expected);
  });
});

describe('roleKeys', () => {
  it.each([
    ['U.S. President', ['american', 'president']],
    ["Ukraine's Defence Minister", ['ukrainian', 'defense', 'minister']],
    ['Syrian envoy', ['syrian', 'envoy']],
    ['the White House spokeswoman', ['white', 'house', 'spokesperson']],
  ])('folds %s', (role, expected) => {
    expect(roleKeys(role)).toEqual(expected);
  });
});
