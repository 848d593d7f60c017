import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/columns';
import { Task } from './task.entity';

/** A progress report on a task. A note from a cooperating department carries no percent. */
@Entity('task_progress')
export class TaskProgress {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_task_progress_taskId')
  @Column({ type: 'integer' })
  taskId!: number;

  /** The occurrence of a recurring task this concerns; null for other tasks. */
  @Index('IDX_task_progress_occurrenceId')
  @Column({ type: 'integer', nullable: true })
  occurrenceId!: number | null;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  /** The task's percent after this update; null for a note that does not move it. */
  @Column({ type: 'integer', nullable: true })
  percent!: number | null;

  @Column({ type: 'text' })
  note!: string;

  /** True when this update completed the task. */
  @Column({ type: 'boolean', default: false })
  completed!: boolean;

  /** The department on whose behalf the update was posted, when known. */
  @Column({ type: 'integer', nullable: true })
  departmentId!: number | null;

  /** The user who posted it (accounts are added by the auth feature). */
  @Column({ type: 'integer', nullable: true })
  authorId!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
