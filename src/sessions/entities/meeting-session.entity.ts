import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, CreatedAtColumn, InstantColumn, UpdatedAtColumn } from '../../database/columns';

export const SESSION_KINDS = ['regular', 'thematic', 'extraordinary'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_STATUSES = ['scheduled', 'held', 'concluded'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A session (phiên họp) of the provincial People's Committee. */
@Entity('meeting_sessions')
export class MeetingSession {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  /** Title folded for search without diacritics (see foldVietnamese). */
  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: SessionKind;

  @Index('IDX_meeting_sessions_heldAt')
  @InstantColumn()
  heldAt!: Date;

  @Column({ type: 'varchar', length: 255, nullable: true })
  location!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  chairedBy!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status!: SessionStatus;

  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  @Column({ type: 'text', nullable: true })
  conclusion!: string | null;

  /** Number of the conclusion notice (Thông báo kết luận), e.g. "15/TB-UBND". */
  @Column({ type: 'varchar', length: 64, nullable: true })
  noticeNumber!: string | null;

  @CalendarDateColumn({ nullable: true })
  noticeDate!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
