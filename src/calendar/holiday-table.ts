import { readFileSync } from 'node:fs';
import { addDays, formatVietnameseDate, isoWeekday, isWeekend } from './calendar-date';
import { julianDay, lunarToSolar, tetDate } from './lunar';

/**
 * - `holiday`: a public holiday of the Labour Code (Art. 112), Tết days included;
 * - `compensatory`: nghỉ bù, a working day off because a holiday fell on a weekend;
 * - `swapped`: a working day off in exchange for a make-up Saturday (hoán đổi);
 */
export const DAY_OFF_KINDS = ['holiday', 'compensatory', 'swapped'] as const;
export type DayOffKind = (typeof DAY_OFF_KINDS)[number];

export interface DayOff {
  date: string;
  name: string;
  kind: DayOffKind;
  /** False for a day computed from the rules, or one still awaiting its legal basis. */
  confirmed: boolean;
}

/** A weekend day worked to make up for a swapped day off (ngày làm bù). */
export interface WorkingWeekendDay {
  date: string;
  name: string;
  confirmed: boolean;
}

export interface HolidayYear {
  year: number;
  /** True when the year's schedule comes from the government's announcements. */
  confirmed: boolean;
  sources: string[];
  daysOff: DayOff[];
  workingWeekendDays: WorkingWeekendDay[];
}

/** The years written in the holiday file; other years are computed by `ruleYear`. */
export type HolidayTable = ReadonlyMap<number, HolidayYear>;

export class HolidayFileError extends Error {
  override name = 'HolidayFileError';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isExistingDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  try {
    julianDay(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Validates the parsed holiday file. Every problem is reported with its path
 * in the file (e.g. `years[1].daysOff[3].date`), all of them at once.
 */
export function parseHolidayTable(raw: unknown, source = 'holidays file'): HolidayTable {
  const problems: string[] = [];
  const table = new Map<number, HolidayYear>();
  const years = (raw as { years?: unknown } | null)?.years;
  if (typeof raw !== 'object' || raw === null || !Array.isArray(years)) {
    throw new HolidayFileError(`${source}: expected an object with a "years" array`);
  }
  years.forEach((entry: unknown, i) => {
    const at = `years[${i}]`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${at}: expected an object`);
      return;
    }
    const y = entry as Record<string, unknown>;
    const year = y.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2199) {
      problems.push(`${at}.year: expected a year between 1900 and 2199`);
      return;
    }
    if (table.has(year)) problems.push(`${at}.year: ${year} is listed twice`);
    if (y.confirmed !== undefined && typeof y.confirmed !== 'boolean')
      problems.push(`${at}.confirmed: expected true or false`);
    const yearConfirmed = y.confirmed !== false;
    const sources = y.sources ?? [];
    if (!Array.isArray(sources) || !sources.every((s) => typeof s === 'string')) {
      problems.push(`${at}.sources: expected a list of strings`);
    }
    const seen = new Set<string>();
    const day = (list: string, value: unknown, j: number) => {
      const here = `${at}.${list}[${j}]`;
      const d = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      if (!isExistingDate(d.date)) {
        problems.push(`${here}.date: expected an existing date written YYYY-MM-DD`);
        return undefined;
      }
      if (Number(d.date.slice(0, 4)) !== year) problems.push(`${here}.date: ${d.date} is not in ${year}`);
      if (seen.has(d.date)) problems.push(`${here}.date: ${d.date} is listed twice`);
      seen.add(d.date);
      if (typeof d.name !== 'string' || d.name.trim() === '') problems.push(`${here}.name: expected a non-empty name`);
      if (d.confirmed !== undefined && typeof d.confirmed !== 'boolean') {
        problems.push(`${here}.confirmed: expected true or false`);
      }
      return {
        date: d.date,
        name: typeof d.name === 'string' ? d.name.trim() : '',
        confirmed: yearConfirmed && d.confirmed !== false,
        raw: d,
      };
    };
    const listOf = (key: string) => {
      const list = y[key] ?? [];
      if (!Array.isArray(list)) {
        problems.push(`${at}.${key}: expected a list`);
        return [];
      }
      return list;
    };
    const daysOff: DayOff[] = [];
    listOf('daysOff').forEach((value, j) => {
      const parsed = day('daysOff', value, j);
      if (!parsed) return;
      const kind = parsed.raw.kind;
      if (!DAY_OFF_KINDS.includes(kind as DayOffKind)) {
        problems.push(`${at}.daysOff[${j}].kind: expected one of ${DAY_OFF_KINDS.join(', ')}`);
      }
      daysOff.push({ date: parsed.date, name: parsed.name, kind: kind as DayOffKind, confirmed: parsed.confirmed });
    });
    const workingWeekendDays: WorkingWeekendDay[] = [];
    listOf('workingWeekendDays').forEach((value, j) => {
      const parsed = day('workingWeekendDays', value, j);
      if (!parsed) return;
      if (!isWeekend(parsed.date)) {
        problems.push(`${at}.workingWeekendDays[${j}].date: ${parsed.date} is not a Saturday or Sunday`);
      }
      workingWeekendDays.push({ date: parsed.date, name: parsed.name, confirmed: parsed.confirmed });
    });
    const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);
    table.set(year, {
      year,
      confirmed: yearConfirmed,
      sources: Array.isArray(sources) ? sources.map(String) : [],
      daysOff: daysOff.sort(byDate),
      workingWeekendDays: workingWeekendDays.sort(byDate),
    });
  });
  if (problems.length > 0) throw new HolidayFileError(`${source}: ${problems.join('; ')}`);
  return table;
}

/** Reads and validates the holiday file; any problem stops the app with the file's name and the field. */
export function loadHolidayFile(path: string): HolidayTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new HolidayFileError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new HolidayFileError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseHolidayTable(raw, path);
}

/**
 * A year the government has not announced yet, computed from the Labour Code
 * (2019, Art. 112) and recent practice, every day marked unconfirmed:
 * 1 January; Tết: the last day of the lunar year and 1–4 Giêng (the 2026
 * arrangement); Hùng Kings' day 10/3 lunar; 30 April and 1 May; 2 September
 * and the adjacent day that makes the longer break; Vietnamese Culture Day
 * 24 November from 2026 (chosen by the Politburo, still awaiting its place in
 * the Labour Code). A holiday on a weekend gives a compensatory day on the next
 * working day (Art. 111(3)). Swapped days and make-up Saturdays are decided
 * each year and cannot be foreseen.
 */
export function ruleYear(year: number): HolidayYear {
  const holidays: Array<{ date: string; name: string }> = [];
  const add = (date: string, name: string) => holidays.push({ date, name });
  add(`${year}-01-01`, 'Tết Dương lịch');
  const tet = tetDate(year);
  add(addDays(tet, -1), 'Tết Nguyên đán (ngày cuối năm âm lịch)');
  for (let i = 0; i < 4; i++) add(addDays(tet, i), `Tết Nguyên đán (mùng ${i + 1} tháng Giêng)`);
  add(lunarToSolar(10, 3, year, false)!, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  add(`${year}-04-30`, 'Ngày Chiến thắng (30/4)');
  add(`${year}-05-01`, 'Ngày Quốc tế Lao động (1/5)');
  const nationalDay = `${year}-09-02`;
  add(nationalDay, 'Quốc khánh (2/9)');
  // Monday and Thursday: the day after; otherwise the day before.
  const adjacent = [1, 4].includes(isoWeekday(nationalDay)) ? `${year}-09-03` : `${year}-09-01`;
  add(adjacent, 'Quốc khánh (ngày liền kề)');
  if (year >= 2026) add(`${year}-11-24`, 'Ngày Văn hóa Việt Nam (chờ sửa đổi Bộ luật Lao động)');
  // Tết can begin in the previous solar year's calendar only in theory; keep this year's days.
  const own = holidays.filter((h) => Number(h.date.slice(0, 4)) === year);
  const taken = new Set(own.map((h) => h.date));
  const daysOff: DayOff[] = own.map((h) => ({ ...h, kind: 'holiday', confirmed: false }));
  for (const h of [...own].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!isWeekend(h.date)) continue;
    let next = addDays(h.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    daysOff.push({
      date: next,
      name: `Nghỉ bù ${h.name} (${formatVietnameseDate(h.date)})`,
      kind: 'compensatory',
      confirmed: false,
    });
  }
  daysOff.sort((a, b) => a.date.localeCompare(b.date));
  return {
    year,
    confirmed: false,
    sources: ['Tính theo Bộ luật Lao động 2019, Điều 111–112; chưa có thông báo của Chính phủ'],
    daysOff,
    workingWeekendDays: [],
  };
}
