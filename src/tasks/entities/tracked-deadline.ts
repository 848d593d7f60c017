import { Column, VersionColumn } from 'typeorm';
import { CalendarDateColumn, CreatedAtColumn, InstantColumn, UpdatedAtColumn } from '../../database/columns';

/**
 * The columns a task and an occurrence of a recurring task both carry, under
 * the same names and types in `tasks` and `task_occurrences`: how often the
 * deadline was extended or changed, the progress, the completion with its
 * evidence and confirmation, and the row's version and timestamps. Each entity declares its own deadline columns
 * (nullable on a task, which may have none) and indexes.
 */
export abstract class TrackedDeadline {
  /** Approved extensions so far (gia hạn N lần). */
  @Column({ type: 'integer', default: 0 })
  extensionCount!: number;

  /** Incremented at every deadline change or reopening; reminder delivery keys include it. */
  @Column({ type: 'integer', default: 1 })
  deadlineVersion!: number;

  @Column({ type: 'integer', default: 0 })
  progressPercent!: number;

  /** When the completion was recorded. */
  @InstantColumn({ nullable: true })
  completedAt!: Date | null;

  /** The actual completion date reported (ngày hoàn thành thực tế); completedAt is when it was recorded. */
  @CalendarDateColumn({ nullable: true })
  completedOn!: string | null;

  /**
   * The start (00:00 in APP_TIMEZONE) of completedOn: what the status rules compare
   * with dueAt, so that on time or late is decided by the actual date. Internal.
   */
  @InstantColumn({ nullable: true })
  completedDayStartAt!: Date | null;

  /** The result reported with the completion (kết quả thực hiện). */
  @Column({ type: 'text', nullable: true })
  result!: string | null;

  /** The unit's report document, `{ number, issuedOn }`. */
  @Column({ type: 'simple-json', nullable: true })
  resultDocument!: { number: string | null; issuedOn: string | null } | null;

  /** Difficulties and proposals (khó khăn, vướng mắc, đề xuất). */
  @Column({ type: 'text', nullable: true })
  difficulties!: string | null;

  /** When the office confirmed the completion (at once when the office itself records it). */
  @InstantColumn({ nullable: true })
  confirmedAt!: Date | null;

  /** Optimistic locking: incremented at every save. */
  @VersionColumn({ default: 1 })
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
