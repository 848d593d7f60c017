import { formatCalendarDate, formatLocal, localDateOf } from '../common/time/zoned-time';
import { TASK_STATUS_LABELS } from '../tasks/task-status';

/**
 * What the office calls a status in the files it files: the tasks feature's
 * own labels (one owner). Takes any string because the standing status has
 * two names, `standing` and the older `no_deadline`; both have their label.
 */
export function statusLabel(status: string): string {
  return TASK_STATUS_LABELS[status === 'no_deadline' ? 'standing' : status] ?? status;
}

/** A task's deadline as the office writes it: "31/01/2024", "17:00 ngày 31/01/2024" or "Thường xuyên". */
export function deadlineText(task: { dueDate: string | null; dueAt: string | null }, zone: string): string {
  if (task.dueDate) return formatCalendarDate(task.dueDate);
  if (task.dueAt) return formatLocal(new Date(task.dueAt), zone);
  return 'Thường xuyên';
}

/** The local calendar date of an instant written in the API's ISO form, or null. */
export function localDate(instant: string | null, zone: string): string | null {
  return instant ? localDateOf(new Date(instant), zone) : null;
}
