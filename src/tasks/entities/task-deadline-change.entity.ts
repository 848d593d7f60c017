import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, CreatedAtColumn, InstantColumn } from '../../database/columns';
import { Task } from './task.entity';

export const DEADLINE_CHANGE_SOURCES = ['edit', 'extension'] as const;
export type DeadlineChangeSource = (typeof DEADLINE_CHANGE_SOURCES)[number];

/** Every earlier deadline of a task is kept here, with why it changed. */
@Entity('task_deadline_changes')
export class TaskDeadlineChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_task_deadline_changes_taskId')
  @Column({ type: 'integer' })
  taskId!: number;

  /** The occurrence of a recurring task this concerns; null for other tasks. */
  @Column({ type: 'integer', nullable: true })
  occurrenceId!: number | null;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  @CalendarDateColumn({ nullable: true })
  previousDueDate!: string | null;

  @InstantColumn({ nullable: true })
  previousDueAt!: Date | null;

  @CalendarDateColumn({ nullable: true })
  newDueDate!: string | null;

  @InstantColumn({ nullable: true })
  newDueAt!: Date | null;

  /** The task's deadlineVersion after this change. */
  @Column({ type: 'integer' })
  deadlineVersion!: number;

  @Column({ type: 'varchar', length: 16 })
  source!: DeadlineChangeSource;

  @Column({ type: 'integer', nullable: true })
  extensionId!: number | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'integer', nullable: true })
  changedById!: number | null;

  @CreatedAtColumn()
  changedAt!: Date;
}
