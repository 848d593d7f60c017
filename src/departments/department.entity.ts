import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../database/columns';

export const DEPARTMENT_KINDS = ['department', 'district', 'agency', 'other'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** A sở, ban, ngành, UBND huyện/thành phố or other body that leads or cooperates on tasks. */
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

  /** Code and name folded for search without diacritics (see foldVietnamese). */
  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
