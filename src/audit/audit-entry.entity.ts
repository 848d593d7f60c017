import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../common/auth/actor';
import { InstantColumn } from '../database/columns';

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Field values of a record before or after a change; secrets and internal columns left out. */
export type AuditValues = Record<string, unknown>;

/** One write to the database: who made it, when, to what, and the values it changed. */
@Entity('audit_entries')
@Index('IDX_audit_entries_entity', ['entity', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_audit_entries_occurredAt')
  @InstantColumn()
  occurredAt!: Date;

  /** Null when the change was made by the system (seed, scheduled jobs). */
  @Index('IDX_audit_entries_actorId')
  @Column({ type: 'integer', nullable: true })
  actorId!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole!: Role | null;

  /** API name of the kind of record: task, task_progress, session, user… */
  @Column({ type: 'varchar', length: 64 })
  entity!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  action!: AuditAction;

  /** The task a record belongs to (the task itself, its progress, extensions, deadline changes). */
  @Index('IDX_audit_entries_taskId')
  @Column({ type: 'integer', nullable: true })
  taskId!: number | null;

  @Column({ type: 'simple-json', nullable: true })
  before!: AuditValues | null;

  @Column({ type: 'simple-json', nullable: true })
  after!: AuditValues | null;
}
