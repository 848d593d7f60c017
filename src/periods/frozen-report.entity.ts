import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, CreatedAtColumn, InstantColumn } from '../database/columns';
import { User } from '../users/user.entity';
import type { PeriodKind } from './period-range';

/**
 * A period report as it stood when the office froze it: figures and task rows
 * stored as computed, never recomputed. `code` is the bare code (BC-2024-01) for
 * the first freeze and ends in -r2, -r3… for later ones of the same period.
 */
@Entity('frozen_reports')
@Index('UQ_frozen_reports_period_revision', ['periodCode', 'revision'], { unique: true })
export class FrozenReport {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('UQ_frozen_reports_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  /** The code of the period (BC-2024-01), shared by its revisions. */
  @Column({ type: 'varchar', length: 32 })
  periodCode!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'varchar', length: 8 })
  kind!: PeriodKind;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  number!: number;

  @CalendarDateColumn()
  fromDate!: string;

  @CalendarDateColumn()
  toDate!: string;

  @InstantColumn()
  cutoffAt!: Date;

  /** Why it was frozen again; null for the first freeze. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The period report with its task rows, as JSON. Kept out of the audit trail, which records the rest. */
  @Column({ type: 'text', select: false })
  report!: string;

  @Column({ type: 'integer', nullable: true })
  frozenById!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'frozenById' })
  frozenBy?: User;

  @CreatedAtColumn()
  frozenAt!: Date;
}
