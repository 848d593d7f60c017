import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnKit } from './column-kit';

/**
 * Occurrences of recurring tasks (see task-occurrence.entity.ts), and the
 * occurrence a progress entry, extension request, deadline change or
 * notification concerns (null for every existing row: no task could be created
 * recurring before). A recurring task written without occurrences gets them
 * from OccurrenceHorizon at the next start.
 */
export class TaskOccurrences1796973566908 implements MigrationInterface {
  name = 'TaskOccurrences1796973566908';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'task_occurrences',
        columns: [
          c.id(),
          c.int('taskId'),
          c.varchar('periodKind', 8),
          c.int('periodYear'),
          c.int('periodNumber'),
          c.calendarDate('dueDate'),
          c.instant('dueAt'),
          c.calendarDate('originalDueDate'),
          c.int('extensionCount', { default: 0 }),
          c.int('deadlineVersion', { default: 1 }),
          c.int('progressPercent', { default: 0 }),
          c.instant('completedAt', { isNullable: true }),
          c.calendarDate('completedOn', { isNullable: true }),
          c.instant('completedDayStartAt', { isNullable: true }),
          c.text('result', { isNullable: true }),
          c.text('resultDocument', { isNullable: true }),
          c.text('difficulties', { isNullable: true }),
          c.instant('confirmedAt', { isNullable: true }),
          c.int('version', { default: 1 }),
          c.createdAt(),
          c.createdAt('updatedAt'),
        ],
        foreignKeys: [
          { columnNames: ['taskId'], referencedTableName: 'tasks', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [
          { name: 'UQ_task_occurrences_period', columnNames: ['taskId', 'periodYear', 'periodNumber'], isUnique: true },
          { name: 'IDX_task_occurrences_taskId', columnNames: ['taskId'] },
          { name: 'IDX_task_occurrences_open_due', columnNames: ['dueAt'], where: '"completedAt" IS NULL' },
        ],
      }),
    );
    // Plain ALTER TABLE: TypeORM's addColumn rebuilds a SQLite table.
    for (const table of ['task_progress', 'task_extensions', 'task_deadline_changes', 'notifications']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "occurrenceId" integer`);
    }
    await queryRunner.query(`CREATE INDEX "IDX_task_progress_occurrenceId" ON "task_progress" ("occurrenceId")`);
    await queryRunner.query(`CREATE INDEX "IDX_task_extensions_occurrenceId" ON "task_extensions" ("occurrenceId")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_task_extensions_occurrenceId"`);
    await queryRunner.query(`DROP INDEX "IDX_task_progress_occurrenceId"`);
    for (const table of ['notifications', 'task_deadline_changes', 'task_extensions', 'task_progress']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "occurrenceId"`);
    }
    await queryRunner.dropTable('task_occurrences');
  }
}
