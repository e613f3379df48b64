import { MONTH_NAMES } from '../extract/words/month-names.js';
/** A date bound of a figures filter: `since` and `until` include the day, `after` and `before` do not. */
export type DateBound = { readonly op: 'since' | 'after' | 'before' | 'until' | 'on'; readonly date: string };

/** The date phrases of a lower-cased filter, and the filter with them blanked out. */
export type DatePhrases = {
  readonly bounds: readonly DateBound[];
  /** Each phrase as written, with the days it was read as when it was not an ISO date ("in september (2024-09-01 to 2024-09-30)"). */
  readonly terms: readonly string[];
  /** Each phrase exactly as written, in filter order. */
  readonly phrases: readonly string[];
  readonly rest: string;
};

const MONTHS = MONTH_NAMES;
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const OP = '(since|after|from|before|until|till|on|in|during)';
/** Every form a date phrase takes, tried in this order at each place in the filter. */
const PHRASE = new RegExp(
  [
    `\\b${OP}\\s+(\\d{4}-\\d{2}-\\d{2})\\b`,
    `\\b${OP}\\s+${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`,
    `\\b${OP}\\s+${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
    `\\b${OP}\\s+${MONTH}(?:\\s+${YEAR})?\\b`,
    `\\b${OP}\\s+${YEAR}\\b`,
    '\\b(last|past|this)\\s+(week|month|year)\\b',
  ].join('|'),
  'g',
);

/**
 * Reads the date phrases of a lower-cased figures filter as date bounds on a figure's claim date:
 * ISO dates ("since 2024-12-01"), days ("since july 20", "before 1 october 2024"), months ("in
 * september", "in sept 2024"), years ("in 2024") and the recent past ("last week", "past month":
 * the 7 days, or month, or year, up to `today`). A day or month without a year is the latest one
 * not after `today`; `today` is the answer's reference date (the corpus's newest report date), so
 * the same corpus reads a phrase the same way whenever it is asked. Without `today`, phrases that
 * need it are kept as terms and bound nothing. "from" reads as "since", "till" as "until", "in"
 * and "during" a month or year as the whole of it. Pure.
 *
 * @example
 * readDatePhrases(' killed in september ', '2024-12-23').bounds;
 * // [{ op: 'since', date: '2024-09-01' }, { op: 'until', date: '2024-09-30' }]
 */
export function readDatePhrases(filter: string, today: string | null): DatePhrases {
  const bounds: DateBound[] = [];
  const terms: string[] = [];
  const phrases: string[] = [];
  for (const match of filter.matchAll(PHRASE)) {
    phrases.push(match[0]);
    const read = readPhrase(match, today);
    bounds.push(...read);
    const shown = read.map((bound) => bound.date);
    const isIso = match[2] !== undefined;
    terms.push(isIso || shown.length === 0 ? match[0] : `${match[0]} (${[...new Set(shown)].join(' to ')})`);
  }
  return { bounds, terms, phrases, rest: filter.replace(PHRASE, ' ') };
}

function readPhrase(match: RegExpMatchArray, today: string | null): DateBound[] {
  const [, isoOp, iso, dayOp, dayMonth, day, dayYear, monthOp, monthDay, dayMonth2, monthYear] = match;
  const [, , , , , , , , , , , onlyMonthOp, onlyMonth, onlyMonthYear, yearOp, year, recent, unit] = match;
  if (isoOp && iso) return [{ op: readOp(isoOp), date: iso }];
  if (dayOp && dayMonth && day) return readDay(dayOp, monthIndex(dayMonth), Number(day), dayYear, today);
  if (monthOp && monthDay && dayMonth2)
    return readDay(monthOp, monthIndex(dayMonth2), Number(monthDay), monthYear, today);
  if (onlyMonthOp && onlyMonth) {
    const month = monthIndex(onlyMonth);
    const y = onlyMonthYear ? Number(onlyMonthYear) : latestYear(month, 31, today);
    if (y === null) return [];
    return readSpan(onlyMonthOp, isoDay(y, month, 1), isoDay(y, month, daysIn(y, month)));
  }
  if (yearOp && year) return readSpan(yearOp, `${year}-01-01`, `${year}-12-31`);
  if (recent && unit && today !== null) {
    const back = unit === 'week' ? addDays(today, -7) : unit === 'month' ? addMonths(today, -1) : addMonths(today, -12);
    return [
      { op: 'since', date: back },
      { op: 'until', date: today },
    ];
  }
  return [];
}

function readDay(op: string, month: number, day: number, year: string | undefined, today: string | null): DateBound[] {
  const y = year ? Number(year) : latestYear(month, day, today);
  if (y === null || day < 1 || day > daysIn(y, month)) return [];
  const date = isoDay(y, month, day);
  return op === 'in' || op === 'during' ? [{ op: 'on', date }] : [{ op: readOp(op), date }];
}

/** A month or year as a span: "in"/"during" is all of it, "since"/"after" from its start or end, "before"/"until" likewise. */
function readSpan(op: string, first: string, last: string): DateBound[] {
  switch (op) {
    case 'in':
    case 'during':
    case 'on':
      return [
        { op: 'since', date: first },
        { op: 'until', date: last },
      ];
    case 'since':
    case 'from':
      return [{ op: 'since', date: first }];
    case 'after':
      return [{ op: 'after', date: last }];
    case 'before':
      return [{ op: 'before', date: first }];
    default:
      return [{ op: 'until', date: last }];
  }
}

function readOp(op: string): DateBound['op'] {
  if (op === 'from') return 'since';
  if (op === 'till') return 'until';
  if (op === 'in' || op === 'during') return 'on';
  return op as DateBound['op'];
}

function monthIndex(written: string): number {
  const stem = written.replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(stem)) + 1;
}

/** The latest year in which month/day is not after `today`, or null without `today`. */
function latestYear(month: number, day: number, today: string | null): number | null {
  if (today === null) return null;
  const year = Number(today.slice(0, 4));
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const startOfMonth = `${String(month).padStart(2, '0')}-01`;
  // A month counts as this year's once it has begun ("in december" on 2024-12-05 is this December).
  return (day === 31 ? startOfMonth : monthDay) <= today.slice(5) ? year : year - 1;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

function addMonths(date: string, months: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + months);
  return at.toISOString().slice(0, 10);
}
