import { DateTime } from 'luxon';

/**
 * The date N working days after `from` (YYYY-MM-DD), counting from the next day:
 * the one place a "N ngày làm việc" deadline is resolved. Until the holiday
 * calendar is available it counts Monday to Friday only.
 */
export function addWorkingDays(from: string, days: number): string {
  let date = DateTime.fromISO(from, { zone: 'UTC' });
  let left = days;
  while (left > 0) {
    date = date.plus({ days: 1 });
    if (date.weekday <= 5) left--;
  }
  return date.toISODate()!;
}
