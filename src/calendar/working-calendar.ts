import { Inject, Injectable } from '@nestjs/common';
import { addDays, isWeekend } from './calendar-date';
import { DayOff, HolidayTable, HolidayYear, ruleYear } from './holiday-table';
import { julianDay, tetDate } from './lunar';

export const HOLIDAY_TABLE = Symbol('HOLIDAY_TABLE');

/** Days searched before a working day must have turned up; a longer run means a broken holiday table. */
const MAX_DAYS_OFF_IN_A_ROW = 60;

/**
 * Working days of state bodies: Monday to Friday, less the days off of the
 * holiday file (config/holidays.json), plus its make-up weekend days. Years the
 * file does not list are computed from the Labour Code's rules (unconfirmed).
 * All dates are calendar dates (YYYY-MM-DD); the server's time zone plays no part.
 */
@Injectable()
export class WorkingCalendar {
  private readonly years = new Map<number, { year: HolidayYear; off: Map<string, DayOff>; worked: Set<string> }>();

  constructor(@Inject(HOLIDAY_TABLE) private readonly table: HolidayTable) {}

  private yearOf(date: string) {
    julianDay(date); // rejects anything that is not an existing YYYY-MM-DD date
    const number = Number(date.slice(0, 4));
    let entry = this.years.get(number);
    if (!entry) {
      const year = this.table.get(number) ?? ruleYear(number);
      entry = {
        year,
        off: new Map(year.daysOff.map((day) => [day.date, day])),
        worked: new Set(year.workingWeekendDays.map((day) => day.date)),
      };
      this.years.set(number, entry);
    }
    return entry;
  }

  /** The days off and make-up weekend days of `year`, from the file or computed from the rules. */
  holidays(year: number): HolidayYear {
    return this.yearOf(`${String(year).padStart(4, '0')}-01-01`).year;
  }

  /** The day off `date` is, if any (weekends excluded). */
  dayOff(date: string): DayOff | undefined {
    return this.yearOf(date).off.get(date);
  }

  isWorkingDay(date: string): boolean {
    const { off, worked } = this.yearOf(date);
    if (worked.has(date)) return true;
    return !off.has(date) && !isWeekend(date);
  }

  /**
   * The date `days` working days after `from`, counting from the next day
   * ("trong N ngày làm việc kể từ ngày ..."); `from` itself never counts.
   * 0 answers `from` unchanged.
   */
  addWorkingDays(from: string, days: number): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
    let date = from;
    julianDay(from);
    for (let counted = 0; counted < days;) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted++;
    }
    return date;
  }

  /** `date` itself when it is a working day, else the nearest working day before it. */
  previousWorkingDay(date: string): string {
    let day = date;
    for (let i = 0; !this.isWorkingDay(day); i++) {
      if (i > MAX_DAYS_OFF_IN_A_ROW)
        throw new RangeError(`No working day in the ${MAX_DAYS_OFF_IN_A_ROW} days before ${date}`);
      day = addDays(day, -1);
    }
    return day;
  }

  /** The last working day strictly before `date`. */
  lastWorkingDayBefore(date: string): string {
    return this.previousWorkingDay(addDays(date, -1));
  }

  /** See `lastWorkingDayBeforeTet`. */
  beforeTet(lunarYearOrReferenceDate: number | string): string {
    return lastWorkingDayBeforeTet(this, lunarYearOrReferenceDate);
  }
}

/**
 * "Trước Tết Nguyên đán": the last working day before the Tết break, i.e. before
 * the run of days off that holds 1 Giêng. Given a lunar year, that year's Tết;
 * given a date (a document's date), the first Tết after that date.
 */
export function lastWorkingDayBeforeTet(
  calendar: Pick<WorkingCalendar, 'lastWorkingDayBefore'>,
  lunarYearOrReferenceDate: number | string,
): string {
  let tet: string;
  if (typeof lunarYearOrReferenceDate === 'number') {
    tet = tetDate(lunarYearOrReferenceDate);
  } else {
    const year = Number(lunarYearOrReferenceDate.slice(0, 4));
    julianDay(lunarYearOrReferenceDate);
    tet = tetDate(year);
    if (tet <= lunarYearOrReferenceDate) tet = tetDate(year + 1);
  }
  return calendar.lastWorkingDayBefore(tet);
}
