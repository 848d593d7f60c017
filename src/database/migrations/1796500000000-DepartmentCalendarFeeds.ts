import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnKit } from './column-kit';

/** The secret address of each department's deadline calendar (see department-calendar-feed.entity.ts). */
export class DepartmentCalendarFeeds1796500000000 implements MigrationInterface {
  name = 'DepartmentCalendarFeeds1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'department_calendar_feeds',
        columns: [
          { ...c.int('departmentId'), isPrimary: true },
          c.varchar('feedToken', 64),
          c.createdAt(),
          c.instant('rotatedAt', { isNullable: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['departmentId'],
            referencedTableName: 'departments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'UQ_department_calendar_feeds_feedToken', columnNames: ['feedToken'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('department_calendar_feeds');
  }
}
