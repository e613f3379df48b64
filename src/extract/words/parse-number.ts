const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const BIG_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
]);
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Every word that can be part of a number as written (for finding where a number starts and ends). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...UNITS.keys(),
  ...TENS.keys(),
  ...BIG_SCALES.keys(),
  'hundred',
  'dozen',
]);

type Step = 'start' | 'a' | 'digits' | 'unit' | 'tens' | 'hundred' | 'dozen' | 'scale' | 'and';

/**
 * Reads one number as written: digits with separators ("3,000"), scale words ("1.5 million",
 * "3 thousand", "27-hundred"), number words ("Ten thousand", "one hundred and fifty"), mixed
 * forms ("four-thousand-100") and "a dozen". Words are separated by spaces or hyphens.
 *
 * Returns null when the text is not one well-formed number or is not a whole number ("1.5" on its
 * own, "three 3", "thousand"). Pure; no floating-point surprises (decimals are read as integers).
 *
 * @example
 * parseNumber('four-thousand-100'); // 4100
 */
export function parseNumber(text: string): number | null {
  const words = text
    .toLowerCase()
    .split(/[\s\u2010-\u2014-]+/)
    .filter(Boolean);
  // Values are kept as [numerator, scale-of-ten denominator] so "1.5 million" stays exact.
  let total = 0n;
  let current = 0n;
  let denominator = 1n;
  let step: Step = 'start';
  let lastBig = Number.POSITIVE_INFINITY;
  for (const [i, word] of words.entries()) {
    const next = words[i + 1];
    if ((word === 'a' || word === 'an') && step === 'start') {
      if (next === undefined || !(next === 'hundred' || next === 'dozen' || BIG_SCALES.has(next))) return null;
      current = 1n;
      step = 'a';
    } else if (DIGITS.test(word)) {
      if (!(step === 'start' || step === 'and' || step === 'scale')) return null;
      const [whole = '', fraction = ''] = word.replace(/,/g, '').split('.');
      if (fraction !== '' && step !== 'start') return null;
      // "four-thousand-100": digits after a scale word must be smaller than that scale.
      if (step !== 'start' && Number(whole) >= lastBig) return null;
      const scale = 10n ** BigInt(fraction.length);
      current = current * scale + BigInt(whole + fraction);
      denominator = scale;
      step = 'digits';
    } else if (UNITS.has(word)) {
      if (!(step === 'start' || step === 'and' || step === 'hundred' || step === 'scale' || step === 'tens'))
        return null;
      const value = UNITS.get(word) ?? 0;
      if (step === 'tens' && value >= 10) return null;
      current += BigInt(value) * denominator;
      step = 'unit';
    } else if (TENS.has(word)) {
      if (!(step === 'start' || step === 'and' || step === 'hundred' || step === 'scale')) return null;
      current += BigInt(TENS.get(word) ?? 0) * denominator;
      step = 'tens';
    } else if (word === 'hundred' || word === 'dozen') {
      if (!(step === 'a' || step === 'digits' || step === 'unit' || step === 'tens')) return null;
      current *= word === 'hundred' ? 100n : 12n;
      step = word;
    } else if (BIG_SCALES.has(word)) {
      const scale = BIG_SCALES.get(word) ?? 1;
      if (step === 'start' || step === 'scale' || step === 'and' || scale >= lastBig) return null;
      total += current * BigInt(scale);
      current = 0n;
      lastBig = scale;
      step = 'scale';
    } else if (word === 'and') {
      if (!(step === 'hundred' || step === 'scale') || next === undefined) return null;
      step = 'and';
    } else {
      return null;
    }
  }
  if (step === 'start' || step === 'a' || step === 'and') return null;
  const numerator = total + current;
  if (numerator % denominator !== 0n) return null;
  return Number(numerator / denominator);
}
