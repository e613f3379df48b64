import { NUMBER_WORDS, parseNumber } from '../words/parse-number.js';
import { type FigureToken, tokenizeFigureText } from '../words/tokenize-figure-text.js';

/**
 * An amount as written in a sentence: a number, a range or a vague amount. Offsets are relative to
 * the text searched; `value` is null exactly when `isVague`.
 */
export type Amount = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number | null;
  readonly valueMax: number | null;
  readonly isVague: boolean;
};

const VAGUE =
  /\b(?:(?:several|a few|a couple of|many|multiple)\s+(?:hundreds?|thousands?|dozens?)|(?:tens|hundreds|thousands|dozens|millions)(?:\s+of\s+(?:thousands|hundreds|millions))?|scores(?=\s+of\b))\b/gi;
/** A digit or a number word somewhere in the text: a cheap test before tokenising. */
const NUMBER_WORD = new RegExp(String.raw`\b(?:${[...NUMBER_WORDS].join('|')})\b`, 'i');
/** Every vague amount holds one of these: a cheap test before the full pattern. */
const VAGUE_WORD = /hundred|thousand|dozen|million|tens|scores/i;
const RANGE_JOINER = /^\s*(?:to|-|–|—)\s*$/;
const CHANGE_VERB =
  /\b(?:rose|risen|rising|grew|grown|growing|increased|increasing|jumped|climbed|fell|fallen|dropped|declined|decreased|went|up|down)\s+from\s*$/i;
const SCALE_WORD = /(?:hundred|thousand|million|billion)$/i;
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1e9 };

/**
 * Finds every amount in a text, in order: numbers as written ("3,000", "27-hundred", "Ten
 * thousand", "a dozen"), ranges ("10,000 to 12,000", "10,000-12,000", "between 10 and 12
 * thousand": the lower end takes the upper end's scale word) and vague amounts ("thousands",
 * "several hundred", "tens of thousands"), which keep a null value and are never turned into a
 * number. Whether an amount is a figure about people is decided later.
 *
 * "from A to B" after a verb of change ("rose from 10,000 to 12,000") is two amounts, not a range.
 * Deterministic; returns `[]` when the text has no amount.
 */
export function findAmounts(
  text: string,
  tokensOf: () => readonly FigureToken[] = () => tokenizeFigureText(text),
): Amount[] {
  // Most sentences hold no number at all: skip tokenising them (extraction runs on every sentence).
  const numbers = /\d/.test(text) || NUMBER_WORD.test(text) ? findNumbers(text, tokensOf()) : [];
  const amounts: Amount[] = [];
  for (let i = 0; i < numbers.length; i += 1) {
    const first = numbers[i];
    if (first === undefined) continue;
    const second = numbers[i + 1];
    const range = second === undefined ? null : joinRange(text, first, second);
    if (range) {
      amounts.push(range);
      i += 1;
    } else amounts.push(first);
  }
  for (const match of VAGUE_WORD.test(text) ? text.matchAll(VAGUE) : []) {
    const start = match.index;
    const end = start + match[0].length;
    if (amounts.some((amount) => amount.start < end && start < amount.end)) continue;
    amounts.push({ start, end, text: match[0], value: null, valueMax: null, isVague: true });
  }
  return amounts.sort((a, b) => a.start - b.start);
}

function findNumbers(text: string, tokens: readonly FigureToken[]): Amount[] {
  const found: Amount[] = [];
  let i = 0;
  while (i < tokens.length) {
    const chain = collectChain(text, tokens, i);
    let taken = false;
    for (let k = chain.length - 1; k >= 0 && !taken; k -= 1) {
      const first = tokens[i];
      const last = chain[k];
      if (first === undefined || last === undefined) continue;
      const written = text.slice(first.start, last.end);
      const value = parseNumber(written);
      if (value === null) continue;
      found.push({ start: first.start, end: last.end, text: written, value, valueMax: null, isVague: false });
      i = tokens.indexOf(last) + 1;
      taken = true;
    }
    if (!taken) i += 1;
  }
  return found;
}

/** The number-like tokens from `from` on that touch by one space or a hyphen. */
function collectChain(text: string, tokens: readonly FigureToken[], from: number): FigureToken[] {
  const chain: FigureToken[] = [];
  let k = from;
  while (k < tokens.length) {
    const token = tokens[k];
    if (token === undefined || !isNumberLike(token, tokens[k + 1], chain.length === 0)) break;
    chain.push(token);
    const next = tokens[k + 1];
    if (next === undefined) break;
    const gap = text.slice(token.end, next.start);
    if (/^[ \u00a0]$/.test(gap)) k += 1;
    else if (gap === '' && /^[-\u2010\u2011]$/.test(next.text) && tokens[k + 2]?.start === next.end) k += 2;
    else break;
  }
  return chain;
}

function isNumberLike(token: FigureToken, next: FigureToken | undefined, isFirst: boolean): boolean {
  if (token.type === 'digits') return true;
  if (NUMBER_WORDS.has(token.lower)) return true;
  if (isFirst && (token.lower === 'a' || token.lower === 'an')) {
    return next !== undefined && (next.lower === 'hundred' || next.lower === 'dozen' || next.lower in SCALES);
  }
  return !isFirst && token.lower === 'and';
}

function joinRange(text: string, first: Amount, second: Amount): Amount | null {
  const between = text.slice(first.end, second.start);
  const before = text.slice(Math.max(0, first.start - 30), first.start);
  const isBetween = /^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(before);
  if (!isBetween && !RANGE_JOINER.test(between)) return null;
  if (/\bto\b/i.test(between) && CHANGE_VERB.test(before)) return null;
  let low = first.value ?? 0;
  const high = second.value ?? 0;
  const scale = SCALE_WORD.exec(second.text)?.[0]?.toLowerCase();
  if (scale !== undefined && !SCALE_WORD.test(first.text) && !first.text.includes(',')) {
    const factor = SCALES[scale] ?? 1;
    if (low * factor <= high) low *= factor;
  }
  if (!(high > low)) return null;
  return {
    start: first.start,
    end: second.end,
    text: text.slice(first.start, second.end),
    value: low,
    valueMax: high,
    isVague: false,
  };
}
