import { describe, expect, it } from 'vitest';
import { isAllowedToAdd } from '../../../../src/slack/intake/is-allowed-to-add.js';

describe('isAllowedToAdd', () => {
  it.each([
    ['everyone' as const, 'U0ANY', 'C0ANY', true],
    [['U0EDITOR'], 'U0EDITOR', 'C0ANY', true],
    [['C0DESK'], 'U0ANY', 'C0DESK', true],
    [['U0EDITOR', 'C0DESK'], 'U0ANY', 'C0OTHER', false],
    [['C0DESK'], 'U0ANY', null, false],
    [[], 'U0ANY', 'C0ANY', false],
  ])('with adders %j, lets %s in %s add: %s', (adders, userId, channelId, expected) => {
    expect(isAllowedToAdd(adders, { userId, channelId })).toBe(expected);
  });
});
