import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, InstantColumn, UpdatedAtColumn } from '../../database/columns';

export const SESSION_KINDS = ['regular', 'thematic', 'extraordinary'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_STATUSES = ['scheduled', 'held', 'concluded'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
/** The statuses as the office names them. */
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  scheduled: 'Dự kiến',
  held: 'Đã họp',
  concluded: 'Đã kết luận',
};

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

  // The notice number and date are those of the session's conclusion notice (see session-notice.ts).

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
