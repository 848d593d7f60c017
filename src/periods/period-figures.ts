import { DateTime } from 'luxon';

/**
 * The figures of the tracking reports, named as the Government Office names
 * them, in one place: the period report (/api/reports/period), frozen reports
 * and the dashboard statistics (/api/stats/*) all compute their ratios here.
 */

/** Where a task stands at a cut-off: the groups of the report's appendix. */
export const PERIOD_GROUPS = [
  'done_on_time',
  'done_late',
  'awaiting_confirmation',
  'open_within_deadline',
  'open_overdue',
  'standing',
  'cancelled',
] as const;
export type PeriodGroup = (typeof PERIOD_GROUPS)[number];

export const PERIOD_GROUP_LABELS: Record<PeriodGroup, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  awaiting_confirmation: 'Chờ xác nhận',
  open_within_deadline: 'Đang thực hiện trong hạn',
  open_overdue: 'Quá hạn',
  standing: 'Thường xuyên',
  cancelled: 'Dừng thực hiện',
};

/** What the classification needs to know about a task, as it stood at the cut-off. */
export interface TaskAtCutoff {
  kind: 'deadline' | 'standing' | 'recurring';
  /** The assigning document's date. */
  assignedOn: string;
  /** The deadline in force at the cut-off: its date in APP_TIMEZONE and the instant it ends; null without one. */
  dueDate: string | null;
  dueAt: Date | null;
  /** The actual completion date reported (completedOn), null if none. */
  completedOn: string | null;
  /** When the completion was confirmed by the office, if it was. */
  confirmedAt: Date | null;
  cancelledAt: Date | null;
}

export interface Classified {
  group: PeriodGroup;
  /** Counts in `due`: a deadline that fell by the cut-off, or a completion reported by then. */
  due: boolean;
  carriedOver: boolean;
  /** Days past the deadline: at completion for a late task, at the cut-off for an open overdue one. */
  daysOverdue: number | null;
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
}

/**
 * Classifies a task in scope at the cut-off instant `cutoffAt` (whose date in
 * APP_TIMEZONE is `cutoffDate`), for a period starting on `from`:
 * cancelled by the cut-off → cancelled; a standing task → standing (completed or
 * not); a completion dated on or before the cut-off date → awaiting confirmation
 * until the office confirms it, then done on time when completedOn ≤ the
 * deadline date in force, else late; otherwise open, overdue once the deadline
 * in force ended before the cut-off instant.
 */
export function classifyAtCutoff(task: TaskAtCutoff, from: string, cutoffAt: Date, cutoffDate: string): Classified {
  const carriedOver = task.assignedOn < from;
  const base = { carriedOver, daysOverdue: null, due: false };
  if (task.cancelledAt && task.cancelledAt.getTime() <= cutoffAt.getTime()) return { ...base, group: 'cancelled' };
  if (task.kind === 'standing' || !task.dueAt) return { ...base, group: 'standing' };
  const completed = task.completedOn !== null && task.completedOn <= cutoffDate;
  if (completed) {
    if (!task.confirmedAt) return { ...base, due: true, group: 'awaiting_confirmation' };
    const late = task.dueDate !== null && task.completedOn! > task.dueDate;
    return late
      ? { ...base, due: true, group: 'done_late', daysOverdue: daysBetween(task.dueDate!, task.completedOn!) }
      : { ...base, due: true, group: 'done_on_time' };
  }
  if (task.dueAt.getTime() < cutoffAt.getTime()) {
    const days = task.dueDate ? daysBetween(task.dueDate, cutoffDate) : 0;
    return { ...base, due: true, group: 'open_overdue', daysOverdue: Math.max(days, 1) };
  }
  const dueByCutoff = task.dueDate !== null ? task.dueDate <= cutoffDate : false;
  return { ...base, due: dueByCutoff, group: 'open_within_deadline' };
}

export interface OverdueAge {
  /** 1–7 days overdue. */
  days1to7: number;
  days8to30: number;
  days31to90: number;
  /** More than 90 days. */
  over90: number;
}

export interface Figures {
  total: number;
  carriedOver: number;
  assignedInPeriod: number;
  doneOnTime: number;
  doneLate: number;
  awaitingConfirmation: number;
  openWithinDeadline: number;
  openOverdue: number;
  standing: number;
  cancelled: number;
  due: number;
  completionRate: number | null;
  onTimeRate: number | null;
  overdueRate: number | null;
  shareDone: number | null;
  shareOpenWithinDeadline: number | null;
  shareOverdue: number | null;
  overdueByAge: OverdueAge;
}

/** The counts the ratios are computed from. */
export type Counts = Omit<
  Figures,
  'completionRate' | 'onTimeRate' | 'overdueRate' | 'shareDone' | 'shareOpenWithinDeadline' | 'shareOverdue'
>;

export function emptyCounts(): Counts {
  return {
    total: 0,
    carriedOver: 0,
    assignedInPeriod: 0,
    doneOnTime: 0,
    doneLate: 0,
    awaitingConfirmation: 0,
    openWithinDeadline: 0,
    openOverdue: 0,
    standing: 0,
    cancelled: 0,
    due: 0,
    overdueByAge: { days1to7: 0, days8to30: 0, days31to90: 0, over90: 0 },
  };
}

const COUNT_OF: Record<PeriodGroup, keyof Counts> = {
  done_on_time: 'doneOnTime',
  done_late: 'doneLate',
  awaiting_confirmation: 'awaitingConfirmation',
  open_within_deadline: 'openWithinDeadline',
  open_overdue: 'openOverdue',
  standing: 'standing',
  cancelled: 'cancelled',
};

export function addClassified(counts: Counts, item: Classified): void {
  counts.total += 1;
  if (item.carriedOver) counts.carriedOver += 1;
  else counts.assignedInPeriod += 1;
  (counts[COUNT_OF[item.group]] as number) += 1;
  if (item.due) counts.due += 1;
  if (item.group === 'open_overdue') {
    const days = item.daysOverdue ?? 1;
    const age = counts.overdueByAge;
    if (days <= 7) age.days1to7 += 1;
    else if (days <= 30) age.days8to30 += 1;
    else if (days <= 90) age.days31to90 += 1;
    else age.over90 += 1;
  }
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * The ratios, unrounded fractions 0–1, null when their denominator is 0:
 * completionRate = (doneOnTime + doneLate) / due; onTimeRate = doneOnTime / due;
 * overdueRate = openOverdue / due; the shares divide by the total less standing
 * and cancelled tasks: shareDone = (doneOnTime + doneLate), shareOpenWithinDeadline
 * = (openWithinDeadline + awaitingConfirmation), shareOverdue = openOverdue, so
 * the three shares add up to 1.
 */
export function withRatios(counts: Counts): Figures {
  const done = counts.doneOnTime + counts.doneLate;
  const tracked = counts.total - counts.standing - counts.cancelled;
  return {
    ...counts,
    overdueByAge: { ...counts.overdueByAge },
    completionRate: ratio(done, counts.due),
    onTimeRate: ratio(counts.doneOnTime, counts.due),
    overdueRate: ratio(counts.openOverdue, counts.due),
    shareDone: ratio(done, tracked),
    shareOpenWithinDeadline: ratio(counts.openWithinDeadline + counts.awaitingConfirmation, tracked),
    shareOverdue: ratio(counts.openOverdue, tracked),
  };
}

/** Weights of a unit's score (config/period-score.json). */
export interface ScoreWeights {
  completionRate: number;
  onTimeRate: number;
  /** Weight of 1 − overdueRate. */
  notOverdueRate: number;
}

export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = { completionRate: 30, onTimeRate: 50, notOverdueRate: 20 };

/**
 * A unit's score: completionRate × w1 + onTimeRate × w2 + (1 − overdueRate) × w3,
 * rounded to two decimals (with the default weights, 0–100); null for a unit
 * with nothing due in the period.
 */
export function unitScore(figures: Figures, weights: ScoreWeights): number | null {
  if (figures.completionRate === null || figures.onTimeRate === null || figures.overdueRate === null) return null;
  const score =
    figures.completionRate * weights.completionRate +
    figures.onTimeRate * weights.onTimeRate +
    (1 - figures.overdueRate) * weights.notOverdueRate;
  return Math.round(score * 100) / 100;
}

/** Competition ranks (1, 1, 3…) by score, highest first; units without a score are not ranked. */
export function ranks(scores: ReadonlyArray<number | null>): Array<number | null> {
  return scores.map((score) => (score === null ? null : 1 + scores.filter((s) => s !== null && s > score).length));
}

export type FiguresChange = Record<
  'total' | 'due' | 'doneOnTime' | 'openOverdue' | 'completionRate' | 'onTimeRate' | 'overdueRate',
  number | null
>;

/** Current minus previous, for counts and rates (null where either rate is null). */
export function changeFrom(current: Figures, previous: Figures | null): FiguresChange | null {
  if (!previous) return null;
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return {
    total: current.total - previous.total,
    due: current.due - previous.due,
    doneOnTime: current.doneOnTime - previous.doneOnTime,
    openOverdue: current.openOverdue - previous.openOverdue,
    completionRate: diff(current.completionRate, previous.completionRate),
    onTimeRate: diff(current.onTimeRate, previous.onTimeRate),
    overdueRate: diff(current.overdueRate, previous.overdueRate),
  };
}

/** Checks and completes the weights read from config/period-score.json. */
export function parseScoreWeights(json: unknown): ScoreWeights {
  if (typeof json !== 'object' || json === null) throw new Error('period-score.json: an object of weights expected');
  const weights = { ...DEFAULT_SCORE_WEIGHTS };
  for (const key of Object.keys(DEFAULT_SCORE_WEIGHTS) as Array<keyof ScoreWeights>) {
    const value = (json as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`period-score.json: ${key} must be a number ≥ 0`);
    }
    weights[key] = value;
  }
  return weights;
}
