import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../src/extract/words/parse-number.js';

describe('parseNumber', () => {
  it.each([
    ['3,000', 3000],
    ['12,000', 12000],
    ['600,000', 600000],
    ['1,200', 1200],
    ['450', 450],
    ['1.5 million', 1_500_000],
    ['2.25 thousand', 2250],
    ['3 thousand', 3000],
    ['27-hundred', 2700],
    ['15-thousand', 15000],
    ['four-thousand-100', 4100],
    ['three thousand', 3000],
    ['ten thousand', 10000],
    ['Ten thousand', 10000],
    ['thirty-five', 35],
    ['twenty five', 25],
    ['one hundred and fifty', 150],
    ['fifteen hundred', 1500],
    ['two million three hundred thousand', 2_300_000],
    ['a dozen', 12],
    ['two dozen', 24],
    ['a thousand', 1000],
    ['an hundred', 100],
    ['one', 1],
  ])('reads "%s" as %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    ['a decimal without a scale word', '1.5'],
    ['a scale word alone', 'thousand'],
    ['"a" alone', 'a'],
    ['two numbers side by side', '3,000 4,000'],
    ['a unit word after a teen', 'fifteen three'],
    ['a scale word after a larger one', 'thousand million'],
    ['digits after a scale word that they exceed', 'four-thousand-2000'],
    ['a trailing "and"', 'one hundred and'],
    ['a word that is not a number', 'several hundred'],
    ['badly grouped digits', '30,00'],
  ])('returns null for %s', (_name, text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
