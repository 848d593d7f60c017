import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, CreatedAtColumn, UpdatedAtColumn } from '../database/columns';

/** Sở/ban/ngành, UBND huyện/thành phố, cơ quan, xã/phường, other. */
export const DEPARTMENT_KINDS = ['department', 'district', 'agency', 'commune', 'other'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/**
 * A sở, ban, ngành, UBND huyện/thành phố, xã/phường or other body that leads or
 * cooperates on tasks. A unit merged into another is succeeded: it names its
 * successor and the date the succession took effect, and is no longer active.
 */
@Entity('departments')
export class Department {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('UQ_departments_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: DepartmentKind;

  /** Notification addresses; reminders and digests go to all of them. */
  @Column({ type: 'simple-json' })
  emails!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The unit that took over this one's open tasks and accounts (see SuccessionService). */
  @Index('IDX_departments_successorId')
  @Column({ type: 'integer', nullable: true })
  successorId!: number | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successorId' })
  successor?: Department;

  /** The date the succession took effect (YYYY-MM-DD): reports cut off before it keep this unit. */
  @CalendarDateColumn({ nullable: true })
  succeededOn!: string | null;

  /** Code and name folded for search without diacritics (see foldVietnamese). */
  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
