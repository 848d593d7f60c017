import { formatCalendarDate, formatLocal, localDateOf } from '../common/time/zoned-time';
import type { TaskStatus } from '../tasks/task-status';

/** What the office calls each status in the files it files (the wording of the government's tracking reports). */
export const STATUS_LABELS: Record<TaskStatus, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Đang thực hiện trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  standing: 'Thường xuyên',
  awaiting_confirmation: 'Chờ xác nhận',
  cancelled: 'Dừng thực hiện',
};

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
