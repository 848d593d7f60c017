import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/columns';
import { Department } from '../../departments/department.entity';
import { MeetingSession } from './meeting-session.entity';

/** A figure reported at a session, e.g. industrial output 194,970 million VND, +1.8% on the month. */
export interface ReportIndicator {
  name: string;
  value: number;
  unit: string | null;
  changeFromPreviousPct: number | null;
  changeFromLastYearPct: number | null;
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
