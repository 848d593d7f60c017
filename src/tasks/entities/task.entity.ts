import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, InstantColumn } from '../../database/columns';
import { Department } from '../../departments/department.entity';
import { AssigningDocument } from '../../documents/assigning-document.entity';
import { MeetingSession } from '../../sessions/entities/meeting-session.entity';
import { User } from '../../users/user.entity';
import { TrackedDeadline } from './tracked-deadline';

export const TASK_KINDS = ['deadline', 'standing', 'recurring'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const RECURRENCE_EVERY = ['week', 'month', 'quarter', 'year'] as const;
export type RecurrenceEvery = (typeof RECURRENCE_EVERY)[number];

/**
 * A recurring task's rule: due on weekday `day` of every week (1 Monday … 7 Sunday), or on `day` of every month,
 * quarter or year, until a date.
 */
export interface Recurrence {
  every: RecurrenceEvery;
  day: number;
  until: string | null;
}

/**
 * A directive (nhiệm vụ): one lead department (chủ trì), any number of
 * cooperating departments (phối hợp), an optional deadline. Its status is never
 * stored: it is derived from dueAt, completedAt and cancelledAt (see task-status.ts).
 */
@Entity('tasks')
@Index('IDX_tasks_lead_status', [
  'leadDepartmentId',
  'dueAt',
  'completedAt',
  'cancelledAt',
  'confirmedAt',
  'completedDayStartAt',
])
@Index('IDX_tasks_status_by_id', ['id', 'dueAt', 'completedAt', 'cancelledAt', 'confirmedAt', 'completedDayStartAt'])
@Index('IDX_tasks_created_stats', ['createdAt', 'leadDepartmentId', 'dueAt', 'completedAt', 'cancelledAt'])
@Index('IDX_tasks_open_due', ['dueAt'], { where: '"completedAt" IS NULL AND "cancelledAt" IS NULL' })
@Index('IDX_tasks_completedAt', ['completedAt'], { where: '"completedAt" IS NOT NULL' })
export class Task extends TrackedDeadline {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Title and description folded for search without diacritics (see foldVietnamese). */
  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;

  @Index('IDX_tasks_sessionId')
  @Column({ type: 'integer', nullable: true })
  sessionId!: number | null;

  @ManyToOne(() => MeetingSession, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sessionId' })
  session?: MeetingSession;

  /** The assigning document; its issue date is the task's assignment date. */
  @Index('IDX_tasks_documentId')
  @Column({ type: 'integer' })
  documentId!: number;

  @ManyToOne(() => AssigningDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'documentId' })
  document?: AssigningDocument;

  /** The leader in charge (lãnh đạo chỉ đạo); null for tasks migrated without one. */
  @Index('IDX_tasks_leaderId')
  @Column({ type: 'integer', nullable: true })
  leaderId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'leaderId' })
  leader?: User;

  /** deadline (có thời hạn), standing (thường xuyên) or recurring (định kỳ). */
  @Column({ type: 'varchar', length: 16, default: 'deadline' })
  kind!: TaskKind;

  @Column({ type: 'integer' })
  leadDepartmentId!: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leadDepartmentId' })
  leadDepartment?: Department;

  @ManyToMany(() => Department)
  @JoinTable({
    name: 'task_support_departments',
    joinColumn: { name: 'taskId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'departmentId', referencedColumnName: 'id' },
  })
  supportDepartments?: Department[];

  /** The deadline as a calendar date, when it was given as one. */
  @CalendarDateColumn({ nullable: true })
  dueDate!: string | null;

  /**
   * The instant the deadline ends: the given instant, or 23:59:59.999 of dueDate in
   * APP_TIMEZONE. Null for a continuing task (thường xuyên) without a deadline.
   */
  @Index('IDX_tasks_dueAt')
  @InstantColumn({ nullable: true })
  dueAt!: Date | null;

  /** The first deadline's date, kept when extensions move the deadline. */
  @CalendarDateColumn({ nullable: true })
  originalDueDate!: string | null;

  /** The deadline was given as this many working days after the document date; dueDate holds the result. */
  @Column({ type: 'integer', nullable: true })
  workingDays!: number | null;

  /** The rule of a recurring task. */
  @Column({ type: 'simple-json', nullable: true })
  recurrence!: Recurrence | null;

  /** Key task (nhiệm vụ trọng tâm). */
  @Column({ type: 'boolean', default: false })
  isKey!: boolean;

  @InstantColumn({ nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;
}
