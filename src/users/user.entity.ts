import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../common/auth/actor';
import { CreatedAtColumn, UpdatedAtColumn } from '../database/columns';
import { Department } from '../departments/department.entity';

export const LEADER_TITLES = ['chairman', 'vice_chairman'] as const;
export type LeaderTitle = (typeof LEADER_TITLES)[number];

/** An account. Department users belong to exactly one department; other roles to none. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Stored lower-cased so that uniqueness and login ignore case. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Index('IDX_users_departmentId')
  @Column({ type: 'integer', nullable: true })
  departmentId!: number | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  /** For a leader account: Chủ tịch or Phó Chủ tịch. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  leaderTitle!: LeaderTitle | null;

  /** For a leader account: the sectors (lĩnh vực) the leader oversees. */
  @Column({ type: 'simple-json', default: '[]' })
  sectors!: string[];

  /** argon2id; never selected unless asked for, never returned by the API. */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /**
   * Raised by every change that must end the account's sessions (password, role,
   * department, e-mail, deactivation); a token carries the version it was issued
   * under and is refused once it differs. Internal: not selected, not audited.
   */
  @Column({ type: 'integer', default: 0, select: false })
  tokenVersion!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
