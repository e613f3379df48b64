const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u;
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})(\d{2})/u;

/**
 * The calendar day written at the start of a machine-readable date: ISO 8601
 * (`2024-12-23T10:30:00+02:00` → `2024-12-23`) or a PDF date (`D:20241223103000Z` → `2024-12-23`).
 * The day is read as written, never converted through a time zone, so the machine's clock and zone
 * cannot change it. Returns null for anything else or a day that is not on the calendar. Pure.
 *
 * @example
 * readIsoDate('2024-12-23T23:30:00-05:00') // '2024-12-23'
 */
export function readIsoDate(value: string): string | null {
  const trimmed = value.trim();
  const match = ISO_PREFIX.exec(trimmed) ?? PDF_DATE.exec(trimmed);
  if (!match) return null;
  const [, year = '', month = '', day = ''] = match;
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const isReal =
    check.getUTCFullYear() === Number(year) &&
    check.getUTCMonth() === Number(month) - 1 &&
    check.getUTCDate() === Number(day);
  return isReal ? `${year}-${month}-${day}` : null;
}
