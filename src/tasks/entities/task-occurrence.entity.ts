import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, InstantColumn } from '../../database/columns';
import { RecurrenceEvery, Task } from './task.entity';
import { TrackedDeadline } from './tracked-deadline';

/**
 * One occurrence of a recurring task (định kỳ): the report of one week, month,
 * quarter or year, with its own deadline, progress, completion, confirmation,
 * extensions and reminders. Its status is derived as a task's is (task-status.ts),
 * with the task's cancellation.
 */
@Entity('task_occurrences')
@Index('UQ_task_occurrences_period', ['taskId', 'periodYear', 'periodNumber'], { unique: true })
@Index('IDX_task_occurrences_open_due', ['dueAt'], { where: '"completedAt" IS NULL' })
export class TaskOccurrence extends TrackedDeadline {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_task_occurrences_taskId')
  @Column({ type: 'integer' })
  taskId!: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  /** week, month, quarter or year: the task's recurrence when the occurrence was generated. */
  @Column({ type: 'varchar', length: 8 })
  periodKind!: RecurrenceEvery;

  @Column({ type: 'integer' })
  periodYear!: number;

  /** 1–53 for an ISO week (periodYear is then its week-year), 1–12 for a month, 1–4 for a quarter, 1 for a year. */
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
}
