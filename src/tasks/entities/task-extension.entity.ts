import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, CreatedAtColumn, InstantColumn } from '../../database/columns';
import { Task } from './task.entity';

export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/**
 * A request to move a task's deadline (xin gia hạn), decided by the office or a leader.
 * At most one is pending per task, or per occurrence of a recurring task.
 */
@Entity('task_extensions')
@Index('UQ_task_extensions_pending', ['taskId'], {
  unique: true,
  where: `"status" = 'pending' AND "occurrenceId" IS NULL`,
})
@Index('UQ_task_extensions_pending_occurrence', ['occurrenceId'], {
  unique: true,
  where: `"status" = 'pending' AND "occurrenceId" IS NOT NULL`,
})
export class TaskExtension {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_task_extensions_taskId')
  @Column({ type: 'integer' })
  taskId!: number;

  /** The occurrence of a recurring task this concerns; null for other tasks. */
  @Index('IDX_task_extensions_occurrenceId')
  @Column({ type: 'integer', nullable: true })
  occurrenceId!: number | null;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  /** The deadline when the request was made. */
  @CalendarDateColumn({ nullable: true })
  previousDueDate!: string | null;

  @InstantColumn({ nullable: true })
  previousDueAt!: Date | null;

  @CalendarDateColumn({ nullable: true })
  requestedDueDate!: string | null;

  @InstantColumn()
  requestedDueAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: ExtensionStatus;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @InstantColumn({ nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  requestedById!: number | null;

  @Column({ type: 'integer', nullable: true })
  decidedById!: number | null;

  /** When the office forwarded the request to the deciding leader, with its opinion. */
  @InstantColumn({ nullable: true })
  forwardedAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  forwardedById!: number | null;

  @Column({ type: 'text', nullable: true })
  forwardOpinion!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
