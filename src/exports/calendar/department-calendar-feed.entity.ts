import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, InstantColumn } from '../../database/columns';
import { Department } from '../../departments/department.entity';

/**
 * The secret address of a department's deadline calendar: whoever knows the
 * token reads the feed without signing in (calendar programs cannot sign in).
 * Rotating replaces the token, and the old address answers 404.
 */
@Entity('department_calendar_feeds')
export class DepartmentCalendarFeed {
  @PrimaryColumn({ type: 'integer' })
  departmentId!: number;

  @OneToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  @Index('UQ_department_calendar_feeds_feedToken', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  feedToken!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  /** When the current token replaced an earlier one; null while it is the first. */
  @InstantColumn({ nullable: true })
  rotatedAt!: Date | null;
}
