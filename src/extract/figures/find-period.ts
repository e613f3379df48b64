/** The period a figure covers, as written, and whether the figure is a rate per that period. */
export type FigurePeriod = { readonly text: string; readonly start: number; readonly isRate: boolean };

const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\\d+)';
const UNIT = '(?:days?|weeks?|months?|years?|hours?|nights?)';
const RATE =
  /\b(?:a|an|per|each|every)\s+(?:single\s+)?(?:day|week|month|year|hour|night)\b|\b(?:daily|weekly|monthly)\b/gi;
const SPAN = new RegExp(
  `\\b(?:over|in|during|within|for|across)\\s+(?:just\\s+|only\\s+)?(?:the\\s+)?(?:(?:past|last|previous|first|same)\\s+(?:${COUNT}\\s+)?${UNIT}|${COUNT}\\s+${UNIT})\\b`,
  'gi',
);
const BOUNDARY = /[;:()]|,\s|\s[—–-]\s/;
const MAX_GAP = 60;

/**
 * Finds the period a figure covers in its clause: a rate ("1,200 casualties a day", "per day",
 * "daily") or a span ("over just the past week", "in one week", "in the past 24 hours"). The one
 * nearest the figure wins; a rate wins a tie. `amount` is the figure's offsets in `text`.
 * Returns null when the clause states no period (years and dates are not periods).
 */
export function findPeriod(
  text: string,
  amount: { readonly start: number; readonly end: number },
): FigurePeriod | null {
  const found: (FigurePeriod & { readonly distance: number })[] = [];
  for (const [pattern, isRate] of [
    [RATE, true],
    [SPAN, false],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (start < amount.end && amount.start < end) continue;
      // "in a week" is a span, not a rate; "a year ago" is neither.
      if (isRate && /\b(?:in|over|within|during|for|across|just|only|the)\s+$/i.test(text.slice(0, start))) continue;
      if (/^\s+(?:ago|earlier|later|before|after)\b/i.test(text.slice(end))) continue;
      const between = end <= amount.start ? text.slice(end, amount.start) : text.slice(amount.end, start);
      // A period that opens the sentence ("Over the past month, 2,000 …") covers the whole clause after it.
      const opensSentence = start === 0 && end <= amount.start;
      if (between.length > MAX_GAP || (!opensSentence && BOUNDARY.test(between.replace(/\d,\d/g, '')))) continue;
      found.push({ text: match[0], start, isRate, distance: between.length });
    }
  }
  const [best] = found.toSorted((a, b) => a.distance - b.distance || Number(b.isRate) - Number(a.isRate));
  return best === undefined ? null : { text: best.text, start: best.start, isRate: best.isRate };
}
