import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/columns';
import { Department } from '../../departments/department.entity';
import { MeetingSession } from './meeting-session.entity';

/** How a figure's changes are given: in percent ("tăng 1,8%") or in percentage points ("giảm 2,5 điểm %"). */
export const CHANGE_KINDS = ['percent', 'points'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * A figure reported at a session, e.g. industrial output 194,970 million VND, +1.8% on the month. Kept as JSON in
 * the report's row: a figure saved before `planPct`, `changeKind` and `estimate` existed has none, read as null,
 * percent and counted.
 */
export interface ReportIndicator {
  name: string;
  value: number;
  unit: string | null;
  changeFromPreviousPct: number | null;
  changeFromLastYearPct: number | null;
  /** The share of the plan or estimate reached, in % ("đạt 58,9% kế hoạch"). */
  planPct?: number | null;
  changeKind?: ChangeKind;
  /** An estimate (ước, dự ước) rather than a count. */
  estimate?: boolean;
}

/** What one department reported at one session. */
@Entity('department_reports')
export class DepartmentReport {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_department_reports_sessionId')
  @Column({ type: 'integer' })
  sessionId!: number;

  @ManyToOne(() => MeetingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session?: MeetingSession;

  @Index('IDX_department_reports_departmentId')
  @Column({ type: 'integer' })
  departmentId!: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'simple-json' })
  indicators!: ReportIndicator[];

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
