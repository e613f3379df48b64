import { describe, expect, it } from 'vitest';
import { localDateAt, nextDigestAt } from '../../../../src/slack/digest/digest-schedule.js';

const at = (iso: string) => Date.parse(iso);

describe('nextDigestAt', () => {
  it.each([
    // Ordinary days.
    { zone: 'Europe/London', time: '08:00', now: '2024-01-15T07:59:00Z', next: '2024-01-15T08:00:00Z' },
    { zone: 'Europe/London', time: '08:00', now: '2024-06-01T00:00:00Z', next: '2024-06-01T07:00:00Z' },
    { zone: 'Europe/London', time: '08:00', now: '2024-06-01T07:00:00Z', next: '2024-06-02T07:00:00Z' },
    { zone: 'America/New_York', time: '09:00', now: '2024-07-04T12:00:00Z', next: '2024-07-04T13:00:00Z' },
    // Spring forward in London (31 March 2024, 01:00 GMT → 02:00 BST).
    { zone: 'Europe/London', time: '08:00', now: '2024-03-30T00:00:00Z', next: '2024-03-30T08:00:00Z' },
    { zone: 'Europe/London', time: '08:00', now: '2024-03-31T00:00:00Z', next: '2024-03-31T07:00:00Z' },
    { zone: 'Europe/London', time: '01:30', now: '2024-03-30T12:00:00Z', next: '2024-03-31T01:00:00Z' },
    { zone: 'Europe/London', time: '01:30', now: '2024-03-31T01:00:00Z', next: '2024-04-01T00:30:00Z' },
    // Fall back in London (27 October 2024, 02:00 BST → 01:00 GMT): 01:30 happens twice, runs once.
    { zone: 'Europe/London', time: '08:00', now: '2024-10-27T00:00:00Z', next: '2024-10-27T08:00:00Z' },
    { zone: 'Europe/London', time: '01:30', now: '2024-10-26T12:00:00Z', next: '2024-10-27T00:30:00Z' },
    { zone: 'Europe/London', time: '01:30', now: '2024-10-27T00:30:00Z', next: '2024-10-28T01:30:00Z' },
    // Spring forward in New York (10 March 2024, 02:00 EST → 03:00 EDT): 02:30 does not exist.
    { zone: 'America/New_York', time: '02:30', now: '2024-03-10T05:00:00Z', next: '2024-03-10T07:00:00Z' },
    { zone: 'America/New_York', time: '09:00', now: '2024-03-10T05:00:00Z', next: '2024-03-10T13:00:00Z' },
    // Fall back in New York (3 November 2024, 02:00 EDT → 01:00 EST).
    { zone: 'America/New_York', time: '01:30', now: '2024-11-03T04:00:00Z', next: '2024-11-03T05:30:00Z' },
    { zone: 'America/New_York', time: '01:30', now: '2024-11-03T05:30:00Z', next: '2024-11-04T06:30:00Z' },
    { zone: 'America/New_York', time: '09:00', now: '2024-11-03T04:00:00Z', next: '2024-11-03T14:00:00Z' },
    // Far from UTC: +14 and -11.
    { zone: 'Pacific/Kiritimati', time: '08:00', now: '2024-06-01T00:00:00Z', next: '2024-06-01T18:00:00Z' },
    { zone: 'Pacific/Kiritimati', time: '23:30', now: '2024-06-01T00:00:00Z', next: '2024-06-01T09:30:00Z' },
    { zone: 'Pacific/Pago_Pago', time: '08:00', now: '2024-06-01T00:00:00Z', next: '2024-06-01T19:00:00Z' },
    { zone: 'Pacific/Pago_Pago', time: '00:15', now: '2024-06-01T12:00:00Z', next: '2024-06-02T11:15:00Z' },
  ])('runs $time in $zone after $now at $next', ({ zone, time, now, next }) => {
    expect(new Date(nextDigestAt(at(now), { time, timeZone: zone })).toISOString()).toBe(new Date(next).toISOString());
  });

  it.each([
    { time: '8:00', timeZone: 'UTC' },
    { time: '24:00', timeZone: 'UTC' },
    { time: '08:00', timeZone: 'Mars/Olympus_Mons' },
  ])('rejects time "$time" in zone "$timeZone"', (schedule) => {
    expect(() => nextDigestAt(at('2024-06-01T00:00:00Z'), schedule)).toThrow(RangeError);
  });
});

describe('localDateAt', () => {
  it.each([
    { instant: '2024-06-01T23:30:00Z', zone: 'UTC', date: '2024-06-01' },
    { instant: '2024-06-01T23:30:00Z', zone: 'Europe/London', date: '2024-06-02' },
    { instant: '2024-06-01T10:00:00Z', zone: 'Pacific/Kiritimati', date: '2024-06-02' },
    { instant: '2024-06-01T10:00:00Z', zone: 'Pacific/Pago_Pago', date: '2024-05-31' },
    { instant: '2024-11-03T05:30:00Z', zone: 'America/New_York', date: '2024-11-03' },
  ])('puts $instant on $date in $zone', ({ instant, zone, date }) => {
    expect(localDateAt(at(instant), zone)).toBe(date);
  });
});
