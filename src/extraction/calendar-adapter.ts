import { tetDate, yearName } from '../calendar/lunar';
import { foldVietnamese } from '../common/text/fold-vietnamese';
import type { WorkingCalendar } from '../calendar/working-calendar';

/**
 * What the extraction needs from the calendar of the tracking model
 * (src/calendar): working days, and Tết by the Vietnamese lunar calendar. The
 * application passes its WorkingCalendar (holidays file included); pure use
 * without one (unit tests, the evaluation) gets the fallback, which knows the
 * weekends and the fixed solar holidays only.
 */
export interface ExtractionCalendar {
  /** `days` working days after `from` (counting from the next day). */
  addWorkingDays(from: string, days: number): string;
  /** The last working day before `date` ("trước Tết" is the last working day before the Tết break). */
  lastWorkingDayBefore(date: string): string;
  /** 1 tháng Giêng of the lunar year that starts in solar year `lunarYear`. */
  tetDate(lunarYear: number): string | null;
}

export function calendarOf(
  working: Pick<WorkingCalendar, 'addWorkingDays' | 'lastWorkingDayBefore'>,
): ExtractionCalendar {
  return {
    addWorkingDays: (from, days) => working.addWorkingDays(from, days),
    lastWorkingDayBefore: (date) => working.lastWorkingDayBefore(date),
    tetDate,
  };
}

/** The day of the week of a date (YYYY-MM-DD): 0 Sunday … 6 Saturday, whatever the server's time zone. */
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

const FIXED_HOLIDAYS = new Set(['01-01', '04-30', '05-01', '09-02']);
const isWorkingDay = (date: string) => {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !FIXED_HOLIDAYS.has(date.slice(5));
};

export const fallbackCalendar: ExtractionCalendar = {
  addWorkingDays(from, days) {
    let date = from;
    for (let left = days; left > 0;) {
      date = addDays(date, 1);
      if (isWorkingDay(date)) left--;
    }
    return date;
  },
  lastWorkingDayBefore(date) {
    let day = addDays(date, -1);
    while (!isWorkingDay(day)) day = addDays(day, -1);
    return day;
  },
  tetDate,
};

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** The folded cyclic name of a lunar year: 2024 → "giap thin". */
export function yearNameFolded(year: number): string {
  return foldVietnamese(yearName(year));
}
