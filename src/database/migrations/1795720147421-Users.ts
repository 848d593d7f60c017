import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnKit } from './column-kit';

export class Users1795720147421 implements MigrationInterface {
  name = 'Users1795720147421';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          c.varchar('email', 254),
          c.varchar('fullName', 200),
          c.varchar('role', 16),
          c.int('departmentId', { isNullable: true }),
          c.varchar('passwordHash', 255),
          c.bool('active', true),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [
          {
            columnNames: ['departmentId'],
            referencedTableName: 'departments',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
        indices: [
          { name: 'UQ_users_email', columnNames: ['email'], isUnique: true },
          { name: 'IDX_users_departmentId', columnNames: ['departmentId'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('users');
  }
}
