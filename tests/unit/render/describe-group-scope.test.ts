import { describe, expect, it } from 'vitest';
import { describeGroupScope } from '../../../src/render/describe-group-scope.js';

describe('describeGroupScope', () => {
  it('says the population and the place a group counts, by a fixed template', () => {
    expect(
      [
        { population: null, place: null },
        { population: null, place: 'Gaza' },
        { population: 'civilian', place: 'Gaza' },
        { population: 'combatant', place: null },
        {},
      ].map((group) => describeGroupScope(group, (text) => text)),
    ).toEqual(['', ' · in Gaza', ' · civilian · in Gaza', ' · combatant', '']);
  });

  it('applies the renderer’s escaping to the words taken from a report', () => {
    expect(describeGroupScope({ place: 'A<B', population: null }, (text) => text.replace('<', '&lt;'))).toBe(
      ' · in A&lt;B',
    );
  });
});
