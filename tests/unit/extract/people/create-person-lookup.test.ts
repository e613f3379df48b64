import { describe, expect, it } from 'vitest';
import { createPersonLookup } from '../../../../src/extract/people/create-person-lookup.js';
import { findMentions } from '../../../../src/extract/people/find-mentions.js';
import { isSamePerson } from '../../../../src/extract/people/is-same-person.js';
import { normalisePersonName } from '../../../../src/extract/people/normalise-person-name.js';

const TEXT = 'Harbour Master Ines Kallas met Jane Berg and the Pentagon. Kallas said Berg left. John Berg stayed.';

describe('createPersonLookup', () => {
  it.each([
    ['every spelling of one person', 'Kallas', ['Harbour Master Ines Kallas', 'Kallas']],
    ['a surname that fits two people', 'Berg', ['Jane Berg', 'Berg', 'John Berg']],
    ['a full name only where the given name fits', 'Jane Berg', ['Jane Berg', 'Berg']],
    ['no institution', 'Pentagon', []],
    ['nobody for an unknown name', 'Osei', []],
  ])('finds %s', (_name, name, expected) => {
    const lookup = createPersonLookup(findMentions(TEXT));
    expect(lookup.sameAs(name).map((mention) => mention.text)).toEqual(expected);
  });

  it('answers a repeated name with the same list', () => {
    const lookup = createPersonLookup(findMentions(TEXT));
    expect(lookup.sameAs('Kallas')).toBe(lookup.sameAs('Kallas'));
  });

  it('folds a name as normalisePersonName does, once per name', () => {
    const lookup = createPersonLookup(findMentions(TEXT));
    expect(lookup.foldName('Ines Kallas')).toEqual(normalisePersonName('Ines Kallas'));
    expect(lookup.foldName('Mr. Kallas')).toBe(lookup.foldName('Mr. Kallas'));
  });

  it.each([
    ['Kallas', 'Ines Kallas'],
    ['Jane Berg', 'John Berg'],
    ['Berg', 'Jane Berg'],
    ['Zelenskyy', 'Volodymyr Zelensky'],
    ['Osei', 'Kallas'],
  ])('compares %s and %s as isSamePerson does', (a, b) => {
    const lookup = createPersonLookup(findMentions(TEXT));
    expect(lookup.isSame(a, b)).toBe(isSamePerson(a, b));
  });
});
