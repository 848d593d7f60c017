import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, InstantColumn, UpdatedAtColumn } from '../database/columns';

/** The moments that call for someone's action, each e-mailed once (see TaskEventNotifier). */
export const TASK_EVENT_KINDS = [
  'assigned',
  'deadline_moved',
  'task_cancelled',
  'ext_requested',
  'ext_decided',
  'ext_forwarded',
  'done_reported',
  'done_returned',
] as const;
export type TaskEventKind = (typeof TASK_EVENT_KINDS)[number];

export const NOTIFICATION_KINDS = ['reminder', 'overdue', 'digest', 'summary', ...TASK_EVENT_KINDS] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isTaskEventKind(kind: string): kind is TaskEventKind {
  return (TASK_EVENT_KINDS as readonly string[]).includes(kind);
}

/** `skipped`: superseded when due (a later reminder, or the overdue notice); the reason is in `error`. */
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'cancelled', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** Lead or cooperating department of a task; a department receiving its digest; the office; a leader (by account). */
export const RECIPIENT_ROLES = ['lead', 'cooperating', 'department', 'office', 'leader'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/**
 * One e-mail the service must send, is sending, sent, gave up on or no longer
 * needs. The database is the source of truth; Redis only holds the schedule.
 *
 * `deliveryKey` is unique: for reminders (task, deadline version, offset,
 * department), for overdue notices (task, deadline version, department), for
 * digests (department, period) and for the office summary (period). It is also
 * the Bull job id, so planning twice or enqueueing twice never makes a second
 * message.
 *
 * While a worker sends, the row stays `pending` and carries a claim (token and
 * lease end); only the holder of the claim may record the outcome.
 */
@Entity('notifications')
@Index('IDX_notifications_status_scheduledAt', ['status', 'scheduledAt', 'id'])
@Index('IDX_notifications_task_version', ['taskId', 'deadlineVersion'])
@Index('IDX_notifications_department_scheduledAt', ['departmentId', 'scheduledAt'])
@Index('IDX_notifications_period', ['period', 'id'], { where: '"period" IS NOT NULL' })
export class Notification {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: NotificationKind;

  @Index('UQ_notifications_deliveryKey', { unique: true })
  @Column({ type: 'varchar', length: 160 })
  deliveryKey!: string;

  @Column({ type: 'integer', nullable: true })
  taskId!: number | null;

  /** The occurrence of a recurring task this concerns; null for other tasks. */
  @Column({ type: 'integer', nullable: true })
  occurrenceId!: number | null;

  @Column({ type: 'integer', nullable: true })
  deadlineVersion!: number | null;

  /** The reminder offset as configured (`3d`, `2h`, `10s`); null for other kinds. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  reminderOffset!: string | null;

  /** The recipient department; null for the office summary. */
  @Column({ type: 'integer', nullable: true })
  departmentId!: number | null;

  @Column({ type: 'varchar', length: 16 })
  role!: RecipientRole;

  /** The digest period (local date in APP_TIMEZONE), for digests and summaries. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  period!: string | null;

  /** Addresses planned for, then the ones actually used when sent. */
  @Column({ type: 'simple-json' })
  recipients!: string[];

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: NotificationStatus;

  @InstantColumn()
  scheduledAt!: Date;

  @InstantColumn({ nullable: true })
  sentAt!: Date | null;

  /** Delivery attempts made (each claim counts one). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** Last delivery error, or why the message was cancelled or skipped (see NotificationReason). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  messageId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  claimToken!: string | null;

  @InstantColumn({ nullable: true })
  claimedUntil!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
