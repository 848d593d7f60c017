/**
 * Why a notification was not sent: the one list the planner (which cancels
 * what a task no longer calls for) and the sender (which re-checks each message
 * when it is due) both record in `notifications.error`.
 */
export enum NotificationReason {
  TaskDeleted = 'cancelled: task deleted',
  TaskCancelled = 'cancelled: task cancelled',
  TaskCompleted = 'cancelled: task completed',
  DeadlineRemoved = 'cancelled: deadline removed',
  DeadlineChanged = 'cancelled: deadline changed',
  NoLongerApplies = 'cancelled: department or reminder offset no longer applies',
  DepartmentDeleted = 'cancelled: department deleted',
  DepartmentInactive = 'cancelled: department inactive',
  DepartmentLeft = 'cancelled: department no longer on the task',
  NothingToReport = 'cancelled: nothing overdue or due soon any more',
  /** Status `skipped`: sent after the deadline, a reminder would say something no longer true. */
  DeadlinePassed = 'skipped: the deadline had passed when it was sent; the overdue notice supersedes it',
  /** Status `skipped`: of several reminders of one task and recipient due at once, only the latest goes. */
  LaterReminderDue = 'skipped: a later reminder of the same task and recipient was due at the same time',
}

/**
 * How long after the deadline a reminder may still go out: the queue's normal
 * lateness (p99 under a second) with room for a busy machine. Later than this
 * (Redis was away, the queue fell behind) it is superseded by the overdue notice.
 */
export const REMINDER_STALE_AFTER_MS = 5_000;
