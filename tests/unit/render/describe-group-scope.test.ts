import { describe, expect, it } from 'vitest';
import { describeGroupScope } from '../../../src/render/describe-group-scope.js';

describe('describeGroupScope', () => {
  it('says the population and the place a group counts, by a fixed template', () => {
    const groups: Parameters<typeof describeGroupScope>[0][] = [
      { population: null, place: null },
      { population: null, place: 'Gaza' },
      { population: 'civilian', place: 'Gaza' },
      { population: 'combatant', place: null },
      {},
    ];
    expect(groups.map((group) => describeGroupScope(group, (text) => text))).toEqual([
      '',
      ' · in Gaza',
      ' · civilians · in Gaza',
      ' · combatants',
      '',
    ]);
  });

  it('applies the renderer’s escaping to the words taken from a report', () => {
    expect(describeGroupScope({ place: 'A<B', population: null }, (text) => text.replace('<', '&lt;'))).toBe(
      ' · in A&lt;B',
    );
  });
});
