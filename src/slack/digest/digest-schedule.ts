import { Cron } from 'croner';

/** When the daily digest is due: a local wall-clock time in an IANA time zone. */
export type DigestSchedule = {
  /** Local time of day, `HH:MM` (24-hour). */
  readonly time: string;
  /** IANA time zone ("Europe/London"). */
  readonly timeZone: string;
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The first instant strictly after `now` (epoch milliseconds) at which the digest is due.
 *
 * Daylight saving is handled as Vixie cron does (through croner): a time that falls in the hour
 * skipped in spring runs at the first valid minute after the gap, the same day; a time that
 * occurs twice in autumn runs once, at its first occurrence. Pure: no timer is created.
 *
 * @throws {RangeError} when `time` is not `HH:MM` or the time zone is unknown (config validates both first).
 * @example
 * nextDigestAt(Date.parse('2024-06-01T00:00:00Z'), { time: '08:00', timeZone: 'Europe/London' });
 * // → Date.parse('2024-06-01T07:00:00Z')
 */
export function nextDigestAt(now: number, schedule: DigestSchedule): number {
  const match = TIME.exec(schedule.time);
  if (!match) throw new RangeError(`Cannot schedule the digest at "${schedule.time}": expected HH:MM`);
  const [, hours, minutes] = match;
  let next: Date | null;
  try {
    // No callback: croner only evaluates the pattern and starts no timer.
    next = new Cron(`0 ${Number(minutes)} ${Number(hours)} * * *`, { timezone: schedule.timeZone }).nextRun(
      new Date(now),
    );
  } catch (error: unknown) {
    throw new RangeError(`Cannot schedule the digest in time zone "${schedule.timeZone}": ${String(error)}`);
  }
  if (next === null) throw new RangeError(`Cannot find the next digest time after ${new Date(now).toISOString()}`);
  return next.getTime();
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone, independent of the host's locale. */
export function localDateAt(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
