import { describe, expect, it } from 'vitest';
import { describeClaimant } from '../../../src/render/describe-claimant.js';

const brackets = (text: string) => `[${text}]`;

describe('describeClaimant', () => {
  it.each([
    [{ claimant: 'John Kirby', attribution: null, claimantContext: null }, '[John Kirby]'],
    [
      { claimant: 'John Kirby', attribution: null, claimantContext: 'U.S. intelligence' },
      '[John Kirby], citing [U.S. intelligence]',
    ],
    [{ claimant: null, attribution: 'reports', claimantContext: null }, 'unattributed ([reports])'],
    [
      { claimant: null, attribution: 'Reports', claimantContext: 'the Health Ministry' },
      'unattributed ([Reports]), citing [the Health Ministry]',
    ],
    [{ claimant: null, attribution: 'estimates' }, 'unattributed ([estimates])'],
    [{ claimant: null, attribution: null, claimantContext: null }, null],
  ])('%o → %s', (facts, expected) => {
    expect(describeClaimant(facts, brackets)).toBe(expected);
  });
});
