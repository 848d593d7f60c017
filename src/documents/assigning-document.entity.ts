import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, CreatedAtColumn, UpdatedAtColumn } from '../database/columns';
import { MeetingSession } from '../sessions/entities/meeting-session.entity';

export const DOCUMENT_KINDS = [
  'conclusion_notice',
  'official_letter',
  'decision',
  'plan',
  'directive',
  'central_document',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Vietnamese names of the kinds, as the office writes them. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  conclusion_notice: 'Thông báo kết luận',
  official_letter: 'Công văn',
  decision: 'Quyết định',
  plan: 'Kế hoạch',
  directive: 'Chỉ thị',
  central_document: 'Văn bản của Trung ương',
};

/**
 * An assigning document (văn bản giao nhiệm vụ): every task names the one that
 * assigned it, and the task's assignment date is the document's `issuedOn`.
 * A session may have several; its conclusion notice carries the session's
 * notice number and date. Number + issuer + year is unique when a number is set
 * (UQ_documents_number_issuer_year).
 */
@Entity('documents')
export class AssigningDocument {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  kind!: DocumentKind;

  /** Number and symbol as written (`18/TB-UBND`); null for a placeholder still to be filled in. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  number!: string | null;

  @Index('IDX_documents_issuedOn')
  @CalendarDateColumn()
  issuedOn!: string;

  @Column({ type: 'varchar', length: 255 })
  issuer!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signerName!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signerTitle!: string | null;

  /** Trích yếu. */
  @Column({ type: 'text' })
  summary!: string;

  /** Number, issuer and summary folded for search without diacritics (see foldVietnamese). */
  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;

  @Index('IDX_documents_sessionId')
  @Column({ type: 'integer', nullable: true })
  sessionId!: number | null;

  @ManyToOne(() => MeetingSession, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sessionId' })
  session?: MeetingSession;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
