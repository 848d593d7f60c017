import { fromJulianDay, julianDay } from './lunar';

/** Calendar-date arithmetic on YYYY-MM-DD strings, independent of the server's time zone. */
export function addDays(date: string, days: number): string {
  return fromJulianDay(julianDay(date) + days);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  return (julianDay(date) % 7) + 1;
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** "dd/mm/yyyy", as Vietnamese documents write a date. */
export function formatVietnameseDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
