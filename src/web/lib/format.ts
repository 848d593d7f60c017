import dayjs from 'dayjs';
import i18n from './i18n';

/** The one place dates and numbers are written for people: dd/mm/yyyy, 1.908, 25,1%. */

/** A calendar date (YYYY-MM-DD) or an instant, as dd/mm/yyyy. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return dayjs(value).format('DD/MM/YYYY');
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('DD/MM/YYYY HH:mm') : '—';
}

/**
 * Digits grouped by thousands with at most `fractionDigits` decimals, as Intl.NumberFormat writes them for vi-VN
 * (1.234.567,89) and en-GB (1,234,567.89), halves rounded away from zero. Written out here because a page's first
 * Intl.NumberFormat loads the locale's ICU data, which took tens of milliseconds of the dashboard's first render.
 */
function formatDecimal(value: number, fractionDigits: number): string {
  const [decimal, group] = i18n.language === 'en' ? ['.', ','] : [',', '.'];
  const [whole, fraction = ''] = Math.abs(value).toFixed(fractionDigits).split('.');
  const digits = fraction.replace(/0+$/, '');
  const text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (digits ? decimal + digits : '');
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

export function formatNumber(value: number | null | undefined, fractionDigits = 0): string {
  if (value === null || value === undefined) return '—';
  return formatDecimal(value, fractionDigits);
}

/**
 * A reported figure with its unit, to the thousandth as reports write them ("1,908 triệu USD", "887,968 tỷ đồng"); a
 * unit that starts with % follows the number without a space ("101,71% so với tháng trước").
 */
export function formatFigure(value: number, unit: string | null | undefined): string {
  if (!unit) return formatNumber(value, 3);
  return `${formatNumber(value, 3)}${unit.startsWith('%') ? '' : ' '}${unit}`;
}

/** A fraction from 0 to 1 as a percentage with one decimal: 0.251 → 25,1%. */
export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${formatDecimal(value * 100, 1)}%`;
}

/** A figure's change as reported: +1,8% or, for a rate's change in percentage points, −2,5 điểm %. */
export function formatChange(value: number | null | undefined, kind: 'percent' | 'points' = 'percent'): string {
  if (value === null || value === undefined) return '—';
  const points = i18n.language === 'en' ? ' pp' : ' điểm %';
  return `${value > 0 ? '+' : ''}${formatDecimal(value, 2)}${kind === 'points' ? points : '%'}`;
}

/** A percentage already scaled to 0–100 (progress). */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatRate(value / 100);
}

/** Whole days from a calendar date to today (positive when the date is past). */
export function daysSince(date: string | null | undefined): number {
  if (!date) return 0;
  return dayjs()
    .startOf('day')
    .diff(dayjs(date.slice(0, 10)), 'day');
}

/** Today as YYYY-MM-DD in the browser's zone. */
export const today = (): string => dayjs().format('YYYY-MM-DD');

/** A recurring task's rule in words: "Hằng tháng, ngày 20 (đến 31/12/2024)", "Hằng tuần, thứ Sáu". */
export function formatRecurrence(rule: { every: string; day: number; until: string | null }): string {
  const weekday = rule.every === 'week' ? i18n.t(`tasks.weekdays.${rule.day}`) : undefined;
  const words = i18n.t(`tasks.recurrenceRule.${rule.every}`, { day: rule.day, weekday, defaultValue: rule.every });
  return rule.until ? `${words} ${i18n.t('tasks.recurrenceRule.until', { date: formatDate(rule.until) })}` : words;
}
