import { describe, expect, it } from 'vitest';
import { buildAliasGroups } from '../../../src/search/alias-groups.js';

describe('buildAliasGroups', () => {
  it('takes the settings search aliases as they are, in order', () => {
    expect(
      buildAliasGroups([
        { label: 'Kabul', phrases: ['Kabul', 'Kabol'], exact_case_phrases: [] },
        { label: 'United Nations', phrases: ['United Nations'], exact_case_phrases: ['UN', 'U.N.'] },
      ]),
    ).toEqual([
      { label: 'Kabul', phrases: ['Kabul', 'Kabol'], exactCasePhrases: [] },
      { label: 'United Nations', phrases: ['United Nations'], exactCasePhrases: ['UN', 'U.N.'] },
    ]);
  });

  it('gives no groups without settings', () => {
    expect(buildAliasGroups([])).toEqual([]);
  });
});
