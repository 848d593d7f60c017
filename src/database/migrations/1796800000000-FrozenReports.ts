import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnKit } from './column-kit';

/** Frozen period reports (see frozen-report.entity.ts). */
export class FrozenReports1796800000000 implements MigrationInterface {
  name = 'FrozenReports1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'frozen_reports',
        columns: [
          c.id(),
          c.varchar('code', 32),
          c.varchar('periodCode', 32),
          c.int('revision'),
          c.varchar('kind', 8),
          c.int('year'),
          c.int('number'),
          c.calendarDate('fromDate'),
          c.calendarDate('toDate'),
          c.instant('cutoffAt'),
          c.text('reason', { isNullable: true }),
          c.text('report'),
          c.int('frozenById', { isNullable: true }),
          c.createdAt('frozenAt'),
        ],
        foreignKeys: [
          {
            columnNames: ['frozenById'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [
          { name: 'UQ_frozen_reports_code', columnNames: ['code'], isUnique: true },
          { name: 'UQ_frozen_reports_period_revision', columnNames: ['periodCode', 'revision'], isUnique: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('frozen_reports');
  }
}
