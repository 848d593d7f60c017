import { DateTime } from 'luxon';
import { fieldError } from '../common/http/field-error';
import { endOfLocalDay } from '../common/time/zoned-time';

export { periodCode } from './period-code';

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** How many periods of a kind a year holds, and how many months each spans. */
const SHAPE: Record<PeriodKind, { count: number; months: number }> = {
  month: { count: 12, months: 1 },
  quarter: { count: 4, months: 3 },
  half: { count: 2, months: 6 },
  year: { count: 1, months: 12 },
};

/** A reporting period named by kind, year and number (month 1–12, quarter 1–4, half 1–2, year 1). */
export interface NamedPeriod {
  kind: PeriodKind;
  year: number;
  number: number;
}

/** Calendar dates (YYYY-MM-DD), both inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

export function periodCount(kind: PeriodKind): number {
  return SHAPE[kind].count;
}

const isoDate = (year: number, month: number, day: number) => DateTime.utc(year, month, day).toISODate() as string;

/**
 * The dates a period covers. With a cut-off day d (PERIOD_CUTOFF_DAY, default 14)
 * the reporting regime of Nghị định 09/2019/NĐ-CP, Art. 12 applies: a period ends
 * on day d of its last month and starts on day d + 1 of the month before its first
 * month (January: 15/12 of the previous year to 14/01; Q1: 15/12 to 14/03; the
 * year: 15/12 to 14/12). d = 0 gives calendar periods.
 */
export function periodRange(period: NamedPeriod, cutoffDay: number): DateRange {
  const { months } = SHAPE[period.kind];
  const lastMonth = period.number * months;
  const firstMonth = lastMonth - months + 1;
  if (cutoffDay === 0) {
    const first = DateTime.utc(period.year, firstMonth, 1);
    return { from: first.toISODate() as string, to: first.plus({ months }).minus({ days: 1 }).toISODate() as string };
  }
  const start = DateTime.utc(period.year, firstMonth, 1)
    .minus({ months: 1 })
    .set({ day: cutoffDay + 1 });
  return { from: start.toISODate() as string, to: isoDate(period.year, lastMonth, cutoffDay) };
}

/** The period just before, of the same kind (January's is December of the year before). */
export function previousPeriod(period: NamedPeriod): NamedPeriod {
  if (period.number > 1) return { ...period, number: period.number - 1 };
  return { kind: period.kind, year: period.year - 1, number: periodCount(period.kind) };
}

/** A frozen report's code with its revision: the first keeps the bare code, later ones end in -r2, -r3… */
export function revisionCode(code: string, revision: number): string {
  return revision === 1 ? code : `${code}-r${revision}`;
}

/** Splits `BC-2024-01-r2` into the bare code and revision 2; a bare code has no revision (the latest). */
export function parseReportCode(code: string): { code: string; revision: number | null } | null {
  const match = /^(BC-\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))?)(?:-r([1-9]\d{0,3}))?$/.exec(code);
  if (!match) return null;
  return { code: match[1], revision: match[2] ? Number(match[2]) : null };
}

/**
 * The instant figures are classified at: the end of the period's last day in
 * `zone` (APP_TIMEZONE), or `now` for a period that has not ended yet.
 */
export function cutoffInstant(range: DateRange, zone: string, now: Date): Date {
  const end = endOfLocalDay(range.to, zone);
  return end.getTime() < now.getTime() ? end : now;
}

/** The first instant of the period's first day in `zone`. */
export function periodStart(range: DateRange, zone: string): Date {
  return DateTime.fromISO(range.from, { zone }).startOf('day').toUTC().toJSDate();
}

export function hasEnded(range: DateRange, zone: string, now: Date): boolean {
  return endOfLocalDay(range.to, zone).getTime() < now.getTime();
}

/** Validates a period selection: a named period, or from/to dates; the 400 names the field. */
export function checkSelection(selection: {
  kind?: string;
  year?: number;
  number?: number;
  from?: string;
  to?: string;
}): void {
  const named = selection.kind !== undefined || selection.year !== undefined || selection.number !== undefined;
  const dated = selection.from !== undefined || selection.to !== undefined;
  if (named && dated) throw fieldError(['from', 'give either kind/year/number or from/to, not both']);
  if (dated) {
    if (selection.from === undefined) throw fieldError(['from', 'required with to']);
    if (selection.to === undefined) throw fieldError(['to', 'required with from']);
    if (selection.from > selection.to) throw fieldError(['to', 'must not be before from']);
    return;
  }
  if (selection.kind === undefined)
    throw fieldError(['kind', 'required: month, quarter, half or year (or give from/to)']);
  if (selection.year === undefined) throw fieldError(['year', 'required']);
  const count = periodCount(selection.kind as PeriodKind);
  if (selection.number === undefined) {
    if (count === 1) return;
    throw fieldError(['number', `required: 1–${count}`]);
  }
  if (selection.number > count) throw fieldError(['number', `must be from 1 to ${count} for ${selection.kind}`]);
}

/** Reads a period written `2024-01` (month), `2024-Q1`, `2024-H1` or `2024` (year); null if malformed. */
export function parsePeriodName(value: string): NamedPeriod | null {
  const match = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { kind: 'month', year, number: Number(match[2]) };
  if (match[3]) return { kind: 'quarter', year, number: Number(match[3]) };
  if (match[4]) return { kind: 'half', year, number: Number(match[4]) };
  return { kind: 'year', year, number: 1 };
}
