import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columnKit } from './column-kit';

/**
 * Server-side sign-in sessions: every access token names its session (`jti`),
 * which sign-out ends; `users.tokenVersion` ends all of a user's sessions at once
 * (password, role, unit or e-mail change, deactivation).
 */
export class AuthSessions1796100000000 implements MigrationInterface {
  name = 'AuthSessions1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    await queryRunner.addColumn('users', new TableColumn(c.int('tokenVersion', { default: 0 })));
    await queryRunner.createTable(
      new Table({
        name: 'auth_sessions',
        columns: [
          { ...c.varchar('id', 32), isPrimary: true },
          c.int('userId'),
          c.int('tokenVersion'),
          c.createdAt(),
          c.instant('expiresAt'),
          c.instant('endedAt', { isNullable: true }),
        ],
        foreignKeys: [
          { columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [{ name: 'IDX_auth_sessions_userId', columnNames: ['userId'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('auth_sessions');
    await queryRunner.dropColumn('users', 'tokenVersion');
  }
}
