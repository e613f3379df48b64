import { describe, expect, it } from 'vitest';
import { findQualifier } from '../../../../src/extract/figures/find-qualifier.js';

/** The qualifier before the first digit of the text. */
function qualify(text: string) {
  return findQualifier(text, text.search(/\d/));
}

describe('findQualifier', () => {
  it.each([
    ['over 3,000', 'over', 'lower'],
    ['more than 3,000', 'more than', 'lower'],
    ['has surpassed 3,000', 'surpassed', 'lower'],
    ['the toll exceeded 3,000', 'exceeded', 'lower'],
    ['at least 1,100', 'at least', 'lower'],
    ['well over 3,000', 'well over', 'lower'],
    ['has reached over 3,000', 'over', 'lower'],
    ['has surpassed already 3,000', 'surpassed', 'lower'],
    ['about 1,000', 'about', 'approximate'],
    ['around 600,000', 'around', 'approximate'],
    ['approximately 11,000', 'approximately', 'approximate'],
    ['Some 3,000', 'Some', 'approximate'],
    ['roughly 500', 'roughly', 'approximate'],
    ['an estimated 2,000', 'an estimated', 'approximate'],
    ['nearly 3,000', 'nearly', 'upper'],
    ['almost 3,000', 'almost', 'upper'],
    ['up to 100,000', 'up to', 'upper'],
    ['as many as 100,000', 'as many as', 'upper'],
    ['between 10,000', 'between', 'range'],
  ])('reads "%s" as "%s" (%s)', (text, qualifier, bound) => {
    const found = qualify(text);
    expect({ text: found?.text, bound: found?.bound, start: found?.start }).toEqual({
      text: qualifier,
      bound,
      start: text.indexOf(qualifier),
    });
  });

  it.each([
    ['no qualifier', 'killed 3,000'],
    ['a word that only ends like one', 'Moreover 3,000'],
    ['a qualifier two words away', 'over the 3,000'],
  ])('returns null for %s', (_name, text) => {
    expect(qualify(text)).toBeNull();
  });
});
