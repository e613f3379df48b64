import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../../src/extract/figures/find-amounts.js';

/** The amounts of a text as [text, value, valueMax, isVague]. */
function read(text: string) {
  return findAmounts(text).map((amount) => [amount.text, amount.value, amount.valueMax, amount.isVague]);
}

describe('findAmounts', () => {
  it.each([
    ['digits with separators', 'Some 3,000 were sent.', [['3,000', 3000, null, false]]],
    ['a scale word', 'About 1.5 million fled.', [['1.5 million', 1_500_000, null, false]]],
    ['number words', 'Three thousand troops left.', [['Three thousand', 3000, null, false]]],
    ['digits and a scale word', 'Nearly 3 thousand died.', [['3 thousand', 3000, null, false]]],
    ['a hyphenated hundred', 'About 27-hundred were hurt.', [['27-hundred', 2700, null, false]]],
    ['a hyphenated thousand', 'Some 15-thousand moved.', [['15-thousand', 15000, null, false]]],
    ['a mixed form', 'They lost four-thousand-100 men.', [['four-thousand-100', 4100, null, false]]],
    ['a dozen', 'A dozen were taken.', [['A dozen', 12, null, false]]],
    ['a range with "to"', 'It sent 10,000 to 12,000 troops.', [['10,000 to 12,000', 10000, 12000, false]]],
    ['a range with a hyphen', 'It sent 10,000-12,000 troops.', [['10,000-12,000', 10000, 12000, false]]],
    ['a range with an en dash', 'It sent 10,000–12,000 troops.', [['10,000–12,000', 10000, 12000, false]]],
    [
      'a range with "between … and"',
      'It sent between 10,000 and 12,000.',
      [['10,000 and 12,000', 10000, 12000, false]],
    ],
    ['a range sharing its scale word', 'It sent 10 to 12 thousand.', [['10 to 12 thousand', 10000, 12000, false]]],
    ['vague thousands', 'Thousands were killed.', [['Thousands', null, null, true]]],
    ['vague several hundred', 'Several hundred were hurt.', [['Several hundred', null, null, true]]],
    ['vague dozens', 'Dozens went missing.', [['Dozens', null, null, true]]],
    ['vague hundreds of', 'Hundreds of soldiers died.', [['Hundreds', null, null, true]]],
    ['vague tens of thousands', 'Tens of thousands fled.', [['Tens of thousands', null, null, true]]],
  ])('reads %s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      '"and" without "between"',
      'It sent 3,000 and 4,000.',
      [
        ['3,000', 3000, null, false],
        ['4,000', 4000, null, false],
      ],
    ],
    [
      'a change "from … to"',
      'The toll rose from 1,000 to 1,500.',
      [
        ['1,000', 1000, null, false],
        ['1,500', 1500, null, false],
      ],
    ],
    [
      'a falling pair such as a score',
      'It ended 6-0.',
      [
        ['6', 6, null, false],
        ['0', 0, null, false],
      ],
    ],
  ])('keeps two amounts for %s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives offsets that slice back to the text', () => {
    const text = 'Between 10,000 and 12,000 left, and thousands stayed.';
    for (const amount of findAmounts(text)) expect(text.slice(amount.start, amount.end)).toBe(amount.text);
  });

  it('returns no amounts for a text without numbers', () => {
    expect(findAmounts('No figure here.')).toEqual([]);
  });
});
