import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../../src/extract/figures/find-attributions.js';
import { findClaimant } from '../../../../src/extract/figures/find-claimant.js';

function attribution(
  claimant: string | null,
  start: number,
  end: number,
  type: Attribution['type'],
  form: Attribution['form'] = 'verb',
): Attribution {
  return { start, end, anchor: start, written: claimant ?? 'he', claimant, type, form };
}

describe('findClaimant', () => {
  it('picks the attribution nearest the figure', () => {
    const near = attribution('Kirby', 50, 60, 'person');
    expect(findClaimant([attribution('Zelensky', 0, 10, 'person'), near], { start: 62, end: 67 })).toBe(near);
  });

  it('counts a figure inside the attribution as nearest', () => {
    const around = attribution('reports', 10, 40, 'source');
    expect(findClaimant([attribution('Kirby', 50, 60, 'person'), around], { start: 30, end: 35 })).toBe(around);
  });

  it('prefers a named claimant on a tie', () => {
    const named = attribution('Kirby', 30, 40, 'person');
    expect(findClaimant([attribution('reports', 0, 10, 'source'), named], { start: 20, end: 20 })).toBe(named);
  });

  it('lets a named "according to" win over a nearer unnamed source', () => {
    const scope = attribution('John Kirby', 0, 30, 'person', 'scope');
    expect(findClaimant([scope, attribution('recent reports', 32, 55, 'source')], { start: 56, end: 60 })).toBe(scope);
  });

  it('skips an unresolved pronoun', () => {
    expect(findClaimant([attribution(null, 0, 7, 'pronoun')], { start: 10, end: 15 })).toBeNull();
  });

  it('returns null without attributions', () => {
    expect(findClaimant([], { start: 0, end: 5 })).toBeNull();
  });
});
