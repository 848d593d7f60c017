import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CalendarDateColumn, CreatedAtColumn, InstantColumn, UpdatedAtColumn } from '../../database/columns';
import { RecurrenceEvery, Task } from './task.entity';

/**
 * One occurrence of a recurring task (định kỳ): the report of one month, quarter
 * or year, with its own deadline, progress, completion, confirmation,
 * extensions and reminders. Its status is derived as a task's is (task-status.ts),
 * with the task's cancellation.
 */
@Entity('task_occurrences')
@Index('UQ_task_occurrences_period', ['taskId', 'periodYear', 'periodNumber'], { unique: true })
@Index('IDX_task_occurrences_open_due', ['dueAt'], { where: '"completedAt" IS NULL' })
export class TaskOccurrence {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_task_occurrences_taskId')
  @Column({ type: 'integer' })
  taskId!: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  /** month, quarter or year: the task's recurrence when the occurrence was generated. */
  @Column({ type: 'varchar', length: 8 })
  periodKind!: RecurrenceEvery;

  @Column({ type: 'integer' })
  periodYear!: number;

  /** 1–12 for a month, 1–4 for a quarter, 1 for a year. */
  @Column({ type: 'integer' })
  periodNumber!: number;

  @CalendarDateColumn()
  dueDate!: string;

  /** 23:59:59.999 of dueDate in APP_TIMEZONE. */
  @InstantColumn()
  dueAt!: Date;

  /** The deadline as generated, kept when extensions move it. */
  @CalendarDateColumn()
  originalDueDate!: string;

  @Column({ type: 'integer', default: 0 })
  extensionCount!: number;

  /** Incremented at every deadline change or reopening; reminder delivery keys include it. */
  @Column({ type: 'integer', default: 1 })
  deadlineVersion!: number;

  @Column({ type: 'integer', default: 0 })
  progressPercent!: number;

  @InstantColumn({ nullable: true })
  completedAt!: Date | null;

  @CalendarDateColumn({ nullable: true })
  completedOn!: string | null;

  @InstantColumn({ nullable: true })
  completedDayStartAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  result!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  resultDocument!: { number: string | null; issuedOn: string | null } | null;

  @Column({ type: 'text', nullable: true })
  difficulties!: string | null;

  @InstantColumn({ nullable: true })
  confirmedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
