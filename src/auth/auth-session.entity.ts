import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, InstantColumn } from '../database/columns';

/**
 * One sign-in: the `jti` of the access token (or of the browser's session
 * cookie). Sign-out sets `endedAt`; a token whose session has ended, expired or
 * is missing is refused. `tokenVersion` is the user's version at sign-in.
 */
@Entity('auth_sessions')
export class AuthSession {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id!: string;

  @Index('IDX_auth_sessions_userId')
  @Column({ type: 'integer' })
  userId!: number;

  @Column({ type: 'integer' })
  tokenVersion!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @InstantColumn()
  expiresAt!: Date;

  @InstantColumn({ nullable: true })
  endedAt!: Date | null;
}
