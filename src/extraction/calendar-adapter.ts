/**
 * What the extraction needs from the calendar: working days and the date of
 * Tết. The tracking model's WorkingCalendar and lunar functions (src/calendar)
 * are the owners; until they are wired in, this fallback counts Monday to
 * Friday without the fixed solar holidays and knows Tết from a table.
 */
export interface ExtractionCalendar {
  /** `days` working days after `from` (counting from the next day). */
  addWorkingDays(from: string, days: number): string;
  /** 1 tháng Giêng of the lunar year that starts in solar year `lunarYear`. */
  tetDate(lunarYear: number): string | null;
}

const TET: Record<number, string> = {
  2007: '2007-02-17',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
};

const FIXED_HOLIDAYS = new Set(['01-01', '04-30', '05-01', '09-02']);

export const fallbackCalendar: ExtractionCalendar = {
  addWorkingDays(from, days) {
    let date = from;
    let left = days;
    while (left > 0) {
      date = addDays(date, 1);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6 && !FIXED_HOLIDAYS.has(date.slice(5))) left--;
    }
    return date;
  },
  tetDate: (lunarYear) => TET[lunarYear] ?? null,
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

const CAN = ['canh', 'tan', 'nham', 'quy', 'giap', 'at', 'binh', 'dinh', 'mau', 'ky'];
const CHI = ['than', 'dau', 'tuat', 'hoi', 'ty', 'suu', 'dan', 'mao', 'thin', 'ty', 'ngo', 'mui'];

/** The folded sexagenary name of a lunar year: 2024 → "giap thin". */
export function yearNameFolded(year: number): string {
  return `${CAN[year % 10]} ${CHI[year % 12]}`;
}
