import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, CreatedAtColumn, InstantColumn } from '../../database/columns';
import { Task } from './task.entity';

export const DEPARTMENT_ROLES = ['lead', 'cooperating'] as const;
export type DepartmentRole = (typeof DEPARTMENT_ROLES)[number];

export const DEPARTMENT_CHANGE_SOURCES = ['succession'] as const;
export type DepartmentChangeSource = (typeof DEPARTMENT_CHANGE_SOURCES)[number];

/**
 * A task passed from one unit to another in one role, and from when: what
 * reports cut off before `effectiveAt` read to give the unit then in force
 * (see lead-history.ts). `toDepartmentId` is null when a cooperating unit was
 * dropped because its successor already takes part in the task.
 */
@Entity('task_department_changes')
@Index('IDX_task_department_changes_task', ['taskId', 'role', 'effectiveAt'])
export class TaskDepartmentChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  taskId!: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  @Column({ type: 'varchar', length: 16 })
  role!: DepartmentRole;

  @Column({ type: 'integer' })
  fromDepartmentId!: number;

  @Column({ type: 'integer', nullable: true })
  toDepartmentId!: number | null;

  /** The date the change took effect (YYYY-MM-DD, APP_TIMEZONE). */
  @CalendarDateColumn()
  effectiveOn!: string;

  /** The start of effectiveOn in APP_TIMEZONE: reports cut off before it keep the earlier unit. */
  @InstantColumn()
  effectiveAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  source!: DepartmentChangeSource;

  @Column({ type: 'integer', nullable: true })
  changedById!: number | null;

  @CreatedAtColumn()
  changedAt!: Date;
}
