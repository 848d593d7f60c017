import { DateTime } from 'luxon';
import { addCalendarDays, localDateOf, localTimeOn } from '../common/time/zoned-time';
import type { NotificationKind, RecipientRole } from '../notifications/notification.entity';

/** One entry of REMINDER_OFFSETS: `7d` (whole days, at REMINDER_TIME), `2h`, `30m`, `10s` (exact). */
export interface ReminderOffset {
  key: string;
  amount: number;
  unit: 'd' | 'h' | 'm' | 's';
}

export interface ReminderPolicy {
  offsets: ReminderOffset[];
  /** HH:mm, local time of whole-day reminders. */
  reminderTime: string;
  timeZone: string;
  /**
   * The day a whole-day reminder goes out when its own day is not a working day:
   * the previous working day (WorkingCalendar.previousWorkingDay). Without it every day counts.
   */
  workingDay?: (date: string) => string;
}

export interface PlanRecipient {
  departmentId: number;
  role: Extract<RecipientRole, 'lead' | 'cooperating'>;
}

export interface PlannedNotification {
  kind: Extract<NotificationKind, 'reminder' | 'overdue'>;
  deliveryKey: string;
  departmentId: number;
  role: PlanRecipient['role'];
  reminderOffset: string | null;
  scheduledAt: Date;
}

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000 } as const;

/** The overdue notice goes at the first instant the task is overdue. */
export const OVERDUE_DELAY_MS = 1;

export function parseReminderOffsets(values: readonly string[]): ReminderOffset[] {
  const offsets = new Map<string, ReminderOffset>();
  for (const value of values) {
    const match = /^\s*(\d+)\s*([dhms])\s*$/.exec(value);
    if (!match) throw new RangeError(`Not a reminder offset: "${value}" (expected e.g. 7d, 2h, 30m, 10s)`);
    const amount = Number(match[1]);
    const unit = match[2] as ReminderOffset['unit'];
    const key = `${amount}${unit}`;
    offsets.set(key, { key, amount, unit });
  }
  return [...offsets.values()];
}

/**
 * When a reminder for a deadline is due. A whole-day offset is sent at
 * REMINDER_TIME on the local calendar day that many days before the local due
 * date; an hour, minute or second offset is measured back from the deadline
 * instant. Both ignore the server's own time zone.
 */
export function reminderInstant(
  dueAt: Date,
  offset: ReminderOffset,
  policy: Pick<ReminderPolicy, 'reminderTime' | 'timeZone' | 'workingDay'>,
): Date {
  if (offset.unit === 'd') {
    const day = addCalendarDays(localDateOf(dueAt, policy.timeZone), -offset.amount);
    return localTimeOn(policy.workingDay ? policy.workingDay(day) : day, policy.reminderTime, policy.timeZone);
  }
  return new Date(dueAt.getTime() - offset.amount * UNIT_MS[offset.unit]);
}

/** `.o<id>` for an occurrence of a recurring task: its reminders never share a key with another occurrence's. */
const occurrencePart = (occurrenceId: number | null | undefined) => (occurrenceId ? `.o${occurrenceId}` : '');

export const deliveryKeys = {
  reminder: (
    taskId: number,
    deadlineVersion: number,
    offset: string,
    departmentId: number,
    occurrenceId?: number | null,
  ) => `reminder.t${taskId}${occurrencePart(occurrenceId)}.v${deadlineVersion}.${offset}.d${departmentId}`,
  overdue: (taskId: number, deadlineVersion: number, departmentId: number, occurrenceId?: number | null) =>
    `overdue.t${taskId}${occurrencePart(occurrenceId)}.v${deadlineVersion}.d${departmentId}`,
  digest: (period: string, departmentId: number) => `digest.${period}.d${departmentId}`,
  summary: (period: string) => `summary.${period}.office`,
};

/**
 * Every notification a task's current deadline (or one occurrence's, for a
 * recurring task: `occurrenceId` and its own deadline version) calls for: a reminder per offset
 * and department (lead and cooperating), and an overdue notice to the lead.
 * Reminders that would fall after the deadline (a `0d` reminder for a deadline
 * at 07:00 when reminders go at 08:00) are left out. Past ones are included;
 * callers decide what to do with them.
 */
export function planTaskNotifications(
  task: { id: number; deadlineVersion: number; dueAt: Date; occurrenceId?: number | null },
  recipients: readonly PlanRecipient[],
  policy: ReminderPolicy,
): PlannedNotification[] {
  const planned: PlannedNotification[] = [];
  // Offsets moved to the same working day (3d and 1d before a Tuesday after a long break) make one reminder: the latest.
  const byInstant = new Map<number, ReminderOffset>();
  for (const offset of [...policy.offsets].sort((a, b) => offsetMs(a) - offsetMs(b))) {
    const at = reminderInstant(task.dueAt, offset, policy).getTime();
    if (!byInstant.has(at)) byInstant.set(at, offset);
  }
  const kept = new Set(byInstant.values());
  for (const recipient of recipients) {
    for (const offset of policy.offsets) {
      if (!kept.has(offset)) continue;
      const scheduledAt = reminderInstant(task.dueAt, offset, policy);
      if (scheduledAt.getTime() > task.dueAt.getTime()) continue;
      planned.push({
        kind: 'reminder',
        deliveryKey: deliveryKeys.reminder(
          task.id,
          task.deadlineVersion,
          offset.key,
          recipient.departmentId,
          task.occurrenceId,
        ),
        departmentId: recipient.departmentId,
        role: recipient.role,
        reminderOffset: offset.key,
        scheduledAt,
      });
    }
    if (recipient.role === 'lead') {
      planned.push({
        kind: 'overdue',
        deliveryKey: deliveryKeys.overdue(task.id, task.deadlineVersion, recipient.departmentId, task.occurrenceId),
        departmentId: recipient.departmentId,
        role: 'lead',
        reminderOffset: null,
        scheduledAt: new Date(task.dueAt.getTime() + OVERDUE_DELAY_MS),
      });
    }
  }
  return planned;
}

function offsetMs(offset: ReminderOffset): number {
  return offset.amount * (offset.unit === 'd' ? 86_400_000 : UNIT_MS[offset.unit]);
}

/** The digest period of an instant: its local date in the configured zone. */
export function digestPeriodOf(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() as string;
}
