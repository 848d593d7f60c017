/**
 * A task's status is derived from its deadline, completion and cancellation,
 * never stored, following the classification of the government's task-tracking
 * reports. The same rules exist twice: `deriveTaskStatus` for one task in memory
 * and `taskStatusSql` for classifying many rows inside the database (filters,
 * sorting, statistics). task-status.spec.ts checks that both agree.
 */

export const TASK_STATUSES = [
  'in_progress',
  'due_soon',
  'overdue',
  'standing',
  'awaiting_confirmation',
  'done_on_time',
  'done_late',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Filter values accepted besides the statuses: `no_deadline`, the former name of `standing`. */
export const TASK_STATUS_ALIASES: Record<string, TaskStatus> = { no_deadline: 'standing' };

/**
 * Vietnamese labels (`statusLabel`) of every status of the tracking model,
 * as the office's reports name them.
 */
export const TASK_STATUS_LABELS: Record<string, string> & Record<TaskStatus, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  awaiting_confirmation: 'Chờ xác nhận',
  in_progress: 'Đang thực hiện trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  standing: 'Thường xuyên',
  cancelled: 'Dừng thực hiện',
};

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface TaskTimes {
  /** The instant the deadline ends (a date deadline already resolved to 23:59:59.999 local). */
  dueAt: Date | null;
  /** When the completion was recorded. */
  completedAt: Date | null;
  /**
   * The start of the actual completion day (completedOn at 00:00 in APP_TIMEZONE):
   * on time when it is not after the deadline. Absent, completedAt stands in.
   */
  completedDayStartAt?: Date | null;
  /** When the office confirmed the completion; absent means confirmed. */
  confirmedAt?: Date | null;
  cancelledAt: Date | null;
}

/** The instant up to which an open deadline counts as "due soon". */
export function dueSoonLimit(now: Date, dueSoonDays: number): Date {
  return new Date(now.getTime() + dueSoonDays * DAY_MS);
}

export function deriveTaskStatus(task: TaskTimes, now: Date, dueSoonDays: number): TaskStatus {
  if (task.cancelledAt) return 'cancelled';
  // A standing task (thường xuyên) has no deadline: it is reported in its own column, completed or not,
  // and never counts as on time or overdue.
  if (!task.dueAt) return 'standing';
  if (task.completedAt) {
    // A reported completion waits for the office; it never turns overdue meanwhile.
    if (task.confirmedAt === null) return 'awaiting_confirmation';
    // The actual completion day decides, not when it was recorded.
    const completed = task.completedDayStartAt ?? task.completedAt;
    if (completed.getTime() <= task.dueAt.getTime()) return 'done_on_time';
    return 'done_late';
  }
  if (now.getTime() > task.dueAt.getTime()) return 'overdue';
  if (task.dueAt.getTime() <= dueSoonLimit(now, dueSoonDays).getTime()) return 'due_soon';
  return 'in_progress';
}

export interface TaskStatusColumns {
  dueAt: string;
  completedAt: string;
  cancelledAt: string;
  confirmedAt: string;
  completedDayStartAt: string;
}

/** Column references for a task alias as the query builder writes them, e.g. `"t"."dueAt"`. */
export function taskStatusColumns(alias: string): TaskStatusColumns {
  const column = (name: string) => `"${alias}"."${name}"`;
  return {
    dueAt: column('dueAt'),
    completedAt: column('completedAt'),
    cancelledAt: column('cancelledAt'),
    confirmedAt: column('confirmedAt'),
    completedDayStartAt: column('completedDayStartAt'),
  };
}

/** The instant compared with the deadline for a completed task (see TaskTimes.completedDayStartAt). */
function completedSql(columns: TaskStatusColumns): string {
  return `COALESCE(${columns.completedDayStartAt}, ${columns.completedAt})`;
}

/**
 * The SQL equivalent of deriveTaskStatus for PostgreSQL and SQLite. `nowParam`
 * and `soonParam` name query parameters (without the colon) bound to the
 * current instant and to dueSoonLimit(now), both in the driver's instant form
 * (see SqlDialect.instant).
 */
export function taskStatusSql(columns: TaskStatusColumns, nowParam = 'statusNow', soonParam = 'statusSoon'): string {
  const { dueAt, completedAt, cancelledAt, confirmedAt } = columns;
  return (
    `(CASE` +
    ` WHEN ${cancelledAt} IS NOT NULL THEN 'cancelled'` +
    ` WHEN ${dueAt} IS NULL THEN 'standing'` +
    ` WHEN ${completedAt} IS NOT NULL AND ${confirmedAt} IS NULL THEN 'awaiting_confirmation'` +
    ` WHEN ${completedAt} IS NOT NULL THEN` +
    ` (CASE WHEN ${completedSql(columns)} <= ${dueAt} THEN 'done_on_time' ELSE 'done_late' END)` +
    ` WHEN ${dueAt} < :${nowParam} THEN 'overdue'` +
    ` WHEN ${dueAt} <= :${soonParam} THEN 'due_soon'` +
    ` ELSE 'in_progress' END)`
  );
}

/**
 * A WHERE condition selecting the tasks whose status is one of `statuses`,
 * written as plain comparisons on the columns rather than through the CASE, so
 * that the database can use its indexes: the open statuses become one
 * `completedAt IS NULL AND cancelledAt IS NULL AND <dueAt range>` term (the
 * partial index IDX_tasks_open_due) and adjacent deadline ranges are merged.
 * The rules are those of deriveTaskStatus; task-status.spec.ts checks the
 * three forms against each other for every status combination.
 */
export function taskStatusConditionSql(
  statuses: readonly TaskStatus[],
  columns: TaskStatusColumns,
  nowParam = 'statusNow',
  soonParam = 'statusSoon',
): string {
  const { dueAt, completedAt, cancelledAt, confirmedAt } = columns;
  const completed = completedSql(columns);
  const wanted = new Set(statuses);
  const terms: string[] = [];
  if (wanted.has('cancelled')) terms.push(`${cancelledAt} IS NOT NULL`);
  if (wanted.has('standing')) terms.push(`${cancelledAt} IS NULL AND ${dueAt} IS NULL`);
  const reported = `${cancelledAt} IS NULL AND ${dueAt} IS NOT NULL AND ${completedAt} IS NOT NULL`;
  if (wanted.has('awaiting_confirmation')) terms.push(`${reported} AND ${confirmedAt} IS NULL`);
  const done = `${reported} AND ${confirmedAt} IS NOT NULL`;
  if (wanted.has('done_on_time') && wanted.has('done_late')) terms.push(done);
  else if (wanted.has('done_on_time')) terms.push(`${done} AND ${completed} <= ${dueAt}`);
  else if (wanted.has('done_late')) terms.push(`${done} AND ${completed} > ${dueAt}`);

  // Open tasks with a deadline fall in three consecutive dueAt ranges:
  // overdue (< now), due soon [now, soon], in progress (> soon).
  const overdue = wanted.has('overdue');
  const dueSoon = wanted.has('due_soon');
  const inProgress = wanted.has('in_progress');
  const ranges: string[] = [];
  if (overdue && dueSoon && inProgress) ranges.push(`${dueAt} IS NOT NULL`);
  else if (overdue && dueSoon) ranges.push(`${dueAt} <= :${soonParam}`);
  else if (dueSoon && inProgress) ranges.push(`${dueAt} >= :${nowParam}`);
  else {
    if (overdue) ranges.push(`${dueAt} < :${nowParam}`);
    if (dueSoon) ranges.push(`${dueAt} >= :${nowParam} AND ${dueAt} <= :${soonParam}`);
    if (inProgress) ranges.push(`${dueAt} > :${soonParam}`);
  }
  if (ranges.length > 0) {
    const range = ranges.length === 1 ? ranges[0] : `(${ranges.map((r) => `(${r})`).join(' OR ')})`;
    terms.push(`${completedAt} IS NULL AND ${cancelledAt} IS NULL AND ${range}`);
  }
  if (terms.length === 0) return '1 = 0';
  return terms.length === 1 ? `(${terms[0]})` : `(${terms.map((t) => `(${t})`).join(' OR ')})`;
}

/**
 * ORDER BY terms for `sort=urgency`: open tasks with a deadline first, by
 * deadline (so overdue, then due soon, then the rest), then open tasks without
 * one, then closed tasks; ties by id.
 */
export function taskUrgencyOrderSql(columns: TaskStatusColumns): string {
  const { dueAt, completedAt, cancelledAt } = columns;
  return (
    `(CASE WHEN ${completedAt} IS NULL AND ${cancelledAt} IS NULL` +
    ` THEN (CASE WHEN ${dueAt} IS NULL THEN 1 ELSE 0 END) ELSE 2 END)`
  );
}
