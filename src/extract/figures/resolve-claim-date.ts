import * as chrono from 'chrono-node';

/** The date a claim was made: an ISO date and, when the report states it, the date as written. */
export type ClaimDate = { readonly date: string | null; readonly dateText: string | null };

const CALENDAR_DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|^\d{4}-\d{2}-\d{2}$|^(?:yesterday|today)$/i;
/** A date after these words bounds a period ("since December 1"), it is not when the claim was made. */
const PERIOD_BEFORE =
  /\b(?:since|from|until|till|by|before|after|through|between|starting|beginning|ending|and)\s+(?:early|late|mid-?)?\s*$/i;

const MAY_HOLD_DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|today)\b|\d{4}-\d{2}-\d{2}/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
/** How far (characters) a weekday may sit from the attribution word: "said on Saturday". */
const WEEKDAY_REACH = 12;

/**
 * The date of a claim: a day-precise date written in the sentence ("on December 23", "confirmed on
 * December 18, 2023", "yesterday"), the one nearest to `near` (the attribution or the figure);
 * otherwise the report's date with `dateText` null; otherwise null.
 *
 * - A date without a year takes the latest year that does not put it after the report's date
 *   (a claim cannot postdate its report); with no report date it keeps `dateText` and a null date.
 * - A year as written is kept even when it looks wrong: "December 18, 2023" in a 2024 report
 *   stays 2023-12-18.
 * - A weekday next to the attribution ("officials on Wednesday announced", "said on Saturday")
 *   is the latest such day on or before the report's date, `dateText` the weekday; a weekday
 *   elsewhere describes the fighting and is ignored.
 * - Dates that bound a period ("since early August", "from December 1") and month-only or
 *   year-only mentions ("in January and February", "in early 2023") are not claim dates: they
 *   describe the fighting more often than the claim, and are left to the sentence.
 *
 * Uses chrono-node with an explicit reference instant at noon UTC of the report's date and reads
 * only the year, month and day components, so the machine's time zone never matters.
 */
export function resolveClaimDate(
  text: string,
  options: {
    readonly reportDate: string | null;
    readonly near: number;
    /** Where the attribution word is ("said", "announced"), when the sentence has one. */
    readonly attributionAt?: number;
  },
): ClaimDate {
  const reference = parseIsoDate(options.reportDate);
  // chrono reads the whole sentence: only run it when a calendar word or an ISO date is there.
  const hasCalendarWord = MAY_HOLD_DATE.test(text);
  const instant = new Date(Date.UTC(reference?.year ?? 2000, (reference?.month ?? 1) - 1, reference?.day ?? 1, 12));
  const candidates = (hasCalendarWord ? chrono.parse(text, { instant, timezone: 0 }) : [])
    .filter((result) => result.start.isCertain('month') && result.start.isCertain('day'))
    .filter((result) => CALENDAR_DATE.test(result.text.replace(/^on\s+/i, '')))
    .filter((result) => !PERIOD_BEFORE.test(text.slice(Math.max(0, result.index - 20), result.index)));
  const distance = (result: chrono.ParsedResult) =>
    Math.min(Math.abs(result.index - options.near), Math.abs(result.index + result.text.length - options.near));
  const [best] = candidates.toSorted((a, b) => distance(a) - distance(b) || a.index - b.index);
  if (best === undefined) {
    const weekday = options.attributionAt === undefined ? null : findWeekday(text, options.attributionAt);
    if (weekday === null) return { date: options.reportDate, dateText: null };
    return { date: reference === null ? null : lastWeekday(reference, weekday.day), dateText: weekday.text };
  }

  const dateText = best.text.replace(/^on\s+/i, '');
  const month = best.start.get('month') ?? 1;
  const day = best.start.get('day') ?? 1;
  let year: number | null = best.start.isCertain('year') ? (best.start.get('year') ?? null) : null;
  if (year === null && reference !== null) {
    const isAfterReport = month > reference.month || (month === reference.month && day > reference.day);
    year = isAfterReport ? reference.year - 1 : reference.year;
  }
  return { date: year === null ? null : formatIsoDate(year, month, day), dateText };
}

/** "officials on Wednesday announced", "said on Saturday", "said Friday that": a weekday next to the attribution. */
function findWeekday(text: string, at: number): { readonly text: string; readonly day: number } | null {
  for (const match of text.matchAll(WEEKDAY)) {
    const start = match.index;
    const end = start + match[0].length;
    const gap = end <= at ? at - end : start - at;
    if (gap > WEEKDAY_REACH || PERIOD_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    return { text: match[0], day: WEEKDAYS.indexOf(match[0].toLowerCase()) };
  }
  return null;
}

/** The latest date with that weekday (0 = Sunday) on or before the report's date: news tells the past week. */
function lastWeekday(reference: { year: number; month: number; day: number }, weekday: number): string {
  const time = Date.UTC(reference.year, reference.month - 1, reference.day);
  const back = (new Date(time).getUTCDay() - weekday + 7) % 7;
  const date = new Date(time - back * 86_400_000);
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function parseIsoDate(iso: string | null): { year: number; month: number; day: number } | null {
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
