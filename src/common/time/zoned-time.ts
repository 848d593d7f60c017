import { DateTime, IANAZone } from 'luxon';

/**
 * Time-zone rules of the product. Instants are stored and compared in UTC; a
 * calendar date (a deadline "by 31/01") is interpreted in the configured zone,
 * never in the server's own TZ, so that results do not depend on where the
 * process runs.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** True for an existing day written as YYYY-MM-DD (2024-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  return DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/** The last instant (23:59:59.999) of `date` in `zone`: when a date deadline ends. */
export function endOfLocalDay(date: string, zone: string): Date {
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid || !CALENDAR_DATE.test(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return day.endOf('day').toUTC().toJSDate();
}

/** The instant at local time `hhmm` on `date` in `zone`. */
export function localTimeOn(date: string, hhmm: string, zone: string): Date {
  const [hour, minute] = hhmm.split(':').map(Number);
  return DateTime.fromISO(date, { zone }).set({ hour, minute, second: 0, millisecond: 0 }).toUTC().toJSDate();
}

/** The calendar date (YYYY-MM-DD) on which `instant` falls in `zone`. */
export function localDateOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() as string;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addCalendarDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() as string;
}

/** Formats an instant for Vietnamese readers, e.g. "08:00 ngày 31/01/2024". */
export function formatLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("HH:mm 'ngày' dd/MM/yyyy");
}

/** Formats a calendar date as dd/MM/yyyy. */
export function formatCalendarDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
