import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnKit } from './column-kit';

/**
 * Units that merge: a department names its successor and the date the
 * succession took effect (both null for every existing unit), and each task
 * passed to a successor keeps the record of it in task_department_changes.
 * The `commune` kind needs no schema change (kind is free text of 16).
 */
export class DepartmentSuccession1797000000000 implements MigrationInterface {
  name = 'DepartmentSuccession1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    // Plain ALTER TABLE: TypeORM's addColumn rebuilds a SQLite table (and departments is referenced everywhere).
    await queryRunner.query(
      `ALTER TABLE "departments" ADD COLUMN "successorId" integer REFERENCES "departments" ("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`ALTER TABLE "departments" ADD COLUMN "succeededOn" varchar(10)`);
    await queryRunner.query(`CREATE INDEX "IDX_departments_successorId" ON "departments" ("successorId")`);
    await queryRunner.createTable(
      new Table({
        name: 'task_department_changes',
        columns: [
          c.id(),
          c.int('taskId'),
          c.varchar('role', 16),
          c.int('fromDepartmentId'),
          c.int('toDepartmentId', { isNullable: true }),
          c.calendarDate('effectiveOn'),
          c.instant('effectiveAt'),
          c.varchar('source', 16),
          c.int('changedById', { isNullable: true }),
          c.createdAt('changedAt'),
        ],
        foreignKeys: [
          { columnNames: ['taskId'], referencedTableName: 'tasks', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [{ name: 'IDX_task_department_changes_task', columnNames: ['taskId', 'role', 'effectiveAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('task_department_changes');
    await queryRunner.query(`DROP INDEX "IDX_departments_successorId"`);
    await queryRunner.query(`ALTER TABLE "departments" DROP COLUMN "succeededOn"`);
    await queryRunner.query(`ALTER TABLE "departments" DROP COLUMN "successorId"`);
  }
}
