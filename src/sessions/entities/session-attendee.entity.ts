import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/columns';
import { Department } from '../../departments/department.entity';
import { MeetingSession } from './meeting-session.entity';

export const ATTENDEE_ROLES = ['chair', 'member', 'invited', 'secretary'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];
export const ATTENDANCE_VALUES = ['present', 'absent', 'delegated'] as const;
export type Attendance = (typeof ATTENDANCE_VALUES)[number];

@Entity('session_attendees')
export class SessionAttendee {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_session_attendees_sessionId')
  @Column({ type: 'integer' })
  sessionId!: number;

  @ManyToOne(() => MeetingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session?: MeetingSession;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  position!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  organization!: string | null;

  @Column({ type: 'integer', nullable: true })
  departmentId!: number | null;

  @ManyToOne(() => Department, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  @Column({ type: 'varchar', length: 16 })
  role!: AttendeeRole;

  @Column({ type: 'varchar', length: 16, default: 'present' })
  attendance!: Attendance;

  /** Who attended in this person's place when attendance is "delegated". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  delegateName!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
