import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../database/columns';
import { TaskProgress } from '../tasks/entities/task-progress.entity';
import { Task } from '../tasks/entities/task.entity';

/**
 * A file uploaded as evidence for a task (PDF, DOCX or XLSX). It is uploaded
 * before the completion is reported, and the completion links it to its
 * progress entry (`progressId`). The bytes live under FILES_DIR at `storageKey`.
 */
@Entity('task_attachments')
export class TaskAttachment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_task_attachments_taskId')
  @Column({ type: 'integer' })
  taskId!: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  /** The progress entry (a completion) the file is evidence for; null until linked. */
  @Index('IDX_task_attachments_progressId')
  @Column({ type: 'integer', nullable: true })
  progressId!: number | null;

  @ManyToOne(() => TaskProgress, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'progressId' })
  progress?: TaskProgress;

  /** The sanitised name the file is offered under. */
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  /** The type found in the content, not the one the client declared. */
  @Column({ type: 'varchar', length: 128 })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  /** Path under FILES_DIR; made up by the server, never from the client's name. */
  @Column({ type: 'varchar', length: 128 })
  storageKey!: string;

  @Column({ type: 'integer', nullable: true })
  uploadedById!: number | null;

  /** The department on whose behalf it was uploaded, when a department user did. */
  @Column({ type: 'integer', nullable: true })
  departmentId!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
