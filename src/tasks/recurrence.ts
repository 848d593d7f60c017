import { DateTime, WeekdayNumbers } from 'luxon';
import { localDateOf } from '../common/time/zoned-time';
import type { Recurrence, RecurrenceEvery } from './entities/task.entity';

/** One period of a recurring task and the date its occurrence is due. */
export interface OccurrenceSlot {
  periodKind: RecurrenceEvery;
  periodYear: number;
  periodNumber: number;
  dueDate: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * "Tuần 5/2024 (29/01–04/02)", "Tháng 1/2024", "Quý I/2024", "Năm 2024": the period as the office's reports name it; a
 * week with its Monday and Sunday, as its number alone tells a clerk little.
 */
export function periodLabel(kind: RecurrenceEvery, year: number, number: number): string {
  const { name, days } = periodNaming(kind, year, number);
  return days ? `${name} (${days})` : name;
}

/**
 * The period as it follows a title in parentheses: "… (Tuần 5/2024, 29/01–04/02)", "… (Tháng 1/2024)", so that a
 * week's days are not in parentheses within parentheses.
 */
export function periodInTitle(kind: RecurrenceEvery, year: number, number: number): string {
  const { name, days } = periodNaming(kind, year, number);
  return days ? `${name}, ${days}` : name;
}

function periodNaming(kind: RecurrenceEvery, year: number, number: number): { name: string; days: string | null } {
  if (kind === 'week') {
    const monday = DateTime.fromObject({ weekYear: year, weekNumber: number, weekday: 1 }, { zone: 'UTC' });
    return {
      name: `Tuần ${number}/${year}`,
      days: `${monday.toFormat('dd/MM')}–${monday.plus({ days: 6 }).toFormat('dd/MM')}`,
    };
  }
  if (kind === 'month') return { name: `Tháng ${number}/${year}`, days: null };
  if (kind === 'quarter') return { name: `Quý ${ROMAN[number - 1]}/${year}`, days: null };
  return { name: `Năm ${year}`, days: null };
}

/** Periods in `year` of each kind: an ISO week-year has 52 or 53 weeks. */
function periodsInYear(kind: RecurrenceEvery, year: number): number {
  if (kind === 'week') return DateTime.fromObject({ weekYear: year, weekNumber: 1 }, { zone: 'UTC' }).weeksInWeekYear;
  return { month: 12, quarter: 4, year: 1 }[kind];
}

/**
 * The due date of a period: weekday `day` (1 Monday, thứ Hai … 7 Sunday, Chủ nhật) of the ISO week for a weekly
 * task (weeks run Monday to Sunday, as the offices' weekly reports count them); `day` of the month for a monthly task, of the
 * quarter's last month for a quarterly one and of December for a yearly one
 * (reports are due towards the end of the period they cover, as the reporting
 * regime of Nghị định 09/2019 sets them); a day beyond the month's end is its
 * last day (day 31 of a monthly task falls on 29/02 in 2024).
 */
export function dueDateOf(kind: RecurrenceEvery, year: number, number: number, day: number): string {
  if (kind === 'week') {
    return DateTime.fromObject(
      { weekYear: year, weekNumber: number, weekday: day as WeekdayNumbers },
      { zone: 'UTC' },
    ).toISODate()!;
  }
  const month = kind === 'month' ? number : kind === 'quarter' ? number * 3 : 12;
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' });
  return first.set({ day: Math.min(day, first.daysInMonth!) }).toISODate()!;
}

/** The period of `kind` a date lies in. */
function periodOfDate(kind: RecurrenceEvery, date: string): { year: number; number: number } {
  if (kind === 'week') {
    const day = DateTime.fromISO(date, { zone: 'UTC' });
    return { year: day.weekYear, number: day.weekNumber };
  }
  const [year, month] = date.split('-').map(Number);
  if (kind === 'month') return { year, number: month };
  if (kind === 'quarter') return { year, number: Math.ceil(month / 3) };
  return { year, number: 1 };
}

/** The occurrences of `rule` due on or after `from` and on or before `to` (YYYY-MM-DD), in order. */
export function occurrenceSlots(rule: Recurrence, from: string, to: string): OccurrenceSlot[] {
  const slots: OccurrenceSlot[] = [];
  let { year, number } = periodOfDate(rule.every, from);
  for (;;) {
    const dueDate = dueDateOf(rule.every, year, number, rule.day);
    if (dueDate > to) break;
    if (dueDate >= from) slots.push({ periodKind: rule.every, periodYear: year, periodNumber: number, dueDate });
    number += 1;
    if (number > periodsInYear(rule.every, year)) {
      number = 1;
      year += 1;
    }
  }
  return slots;
}

/**
 * How far ahead occurrences exist when the rule has no end: to 31 December of
 * the year after today in APP_TIMEZONE. The horizon moves on as time passes
 * (OccurrenceHorizon tops the occurrences up every day), so there is always a
 * year or more of them ahead, which reports, reminders and the web page can list.
 */
export function occurrenceHorizon(now: Date, zone: string): string {
  return `${Number(localDateOf(now, zone).slice(0, 4)) + 1}-12-31`;
}

/** The last date occurrences are generated up to: the rule's `until`, or the horizon if sooner. */
export function generationEnd(rule: Recurrence, now: Date, zone: string): string {
  const horizon = occurrenceHorizon(now, zone);
  return rule.until !== null && rule.until < horizon ? rule.until : horizon;
}
