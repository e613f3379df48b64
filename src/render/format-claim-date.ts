/** The date facts of a claim, as the answer carries them. */
export type ClaimDateFacts = {
  /** The resolved day (ISO `YYYY-MM-DD`), or null when undated. */
  readonly date: string | null;
  /** The date as the report wrote it ("Saturday", "December 23"), or null when the report's date stood in. */
  readonly dateText: string | null;
};

/** How a claim's date is shown: the resolved day, and what to add beside it. */
export type FormattedClaimDate = {
  /** "Sat 21 Dec 2024", or "undated". */
  readonly day: string;
  /** The wording as written when it says something the day does not ("Saturday"), else null. */
  readonly written: string | null;
  /** True when no date was written and the report's own date stands in. */
  readonly isReportDate: boolean;
};

/**
 * English names, written out rather than taken from `Intl`: ICU versions differ ("Sep" or "Sept"),
 * and the same answer must be byte-identical on every machine.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A claim's date resolved to a day with its year and weekday ("Sat 21 Dec 2024"), with the
 * wording as written kept when it differs ("Saturday", "December 23"), so every surface shows the
 * same day the same way. Names are English and fixed, days are read in UTC: the machine's locale,
 * time zone and ICU version never change the output. A date that is not a valid ISO day is shown as
 * it is.
 *
 * @example
 * formatClaimDate({ date: '2024-12-21', dateText: 'Saturday' });
 * // { day: 'Sat 21 Dec 2024', written: 'Saturday', isReportDate: false }
 */
export function formatClaimDate(facts: ClaimDateFacts): FormattedClaimDate {
  if (facts.date === null) return { day: 'undated', written: facts.dateText, isReportDate: false };
  const instant = parseIsoDay(facts.date);
  if (instant === null) return { day: facts.date, written: facts.dateText, isReportDate: facts.dateText === null };
  const written =
    facts.dateText === null || isSameDayWording(facts.dateText, facts.date, instant) ? null : facts.dateText;
  const day = `${WEEKDAYS[instant.getUTCDay()]} ${instant.getUTCDate()} ${MONTHS[instant.getUTCMonth()]?.slice(0, 3)} ${instant.getUTCFullYear()}`;
  return { day, written, isReportDate: facts.dateText === null };
}

function parseIsoDay(date: string): Date | null {
  const match = ISO_DATE.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(Date.UTC(year, month - 1, day));
  return instant.getUTCMonth() === month - 1 && instant.getUTCDate() === day ? instant : null;
}

/** A written date that is the full day ("December 23, 2024", "23 December 2024") adds nothing beside it. */
function isSameDayWording(text: string, iso: string, instant: Date): boolean {
  const wording = normalise(text.replace(/^on\s+/i, ''));
  const [day, month, year] = [instant.getUTCDate(), MONTHS[instant.getUTCMonth()] ?? '', instant.getUTCFullYear()];
  const forms = [iso, `${day} ${month} ${year}`, `${month} ${day} ${year}`, `${month.slice(0, 3)} ${day} ${year}`];
  return forms.some((form) => normalise(form) === wording);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The claim date as one phrase, the same words on every surface: "Sat 21 Dec 2024 (written
 * “Saturday”)", "Sat 21 Dec 2024 (report date)", "Sat 21 Dec 2024", "“December 23” (year
 * unknown)" or "undated". `escapeText` is applied to the written wording only (report text); the rest
 * is template text.
 */
export function renderClaimDate(facts: ClaimDateFacts, escapeText: (text: string) => string = (text) => text): string {
  const { day, written, isReportDate } = formatClaimDate(facts);
  if (facts.date === null) return written === null ? 'undated' : `“${escapeText(written)}” (year unknown)`;
  if (written !== null) return `${day} (written “${escapeText(written)}”)`;
  return isReportDate ? `${day} (report date)` : day;
}
