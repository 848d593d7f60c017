import { MigrationInterface, QueryRunner } from 'typeorm';
import { createTrigramIndex } from './search-index-kit';

/**
 * Indexes for the task list, the statistics and the extension rule.
 *
 * - IDX_tasks_created_stats replaces IDX_tasks_createdAt (its prefix) and carries
 *   every column the statistics read, so that they scan this narrow index
 *   rather than the wide task rows, whole or for a created-in-period range.
 * - IDX_tasks_open_due: open tasks by deadline, for the overdue / due soon /
 *   in progress filters (and anyone planning reminders of open tasks).
 * - IDX_tasks_completedAt becomes partial (completed tasks only). As a full
 *   index SQLite's planner took it for `completedAt IS NULL` (all open tasks,
 *   which its statistics count as one value) instead of IDX_tasks_open_due.
 * - UQ_task_extensions_pending: at most one pending extension request per task,
 *   even if two requests race.
 * - On PostgreSQL, a trigram index makes `searchText LIKE '%…%'` an index scan
 *   when the pg_trgm extension is available; without it search scans the table.
 */
export class TaskQueryIndexes1795720604902 implements MigrationInterface {
  name = 'TaskQueryIndexes1795720604902';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_createdAt"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_tasks_created_stats" ON "tasks" ("createdAt", "leadDepartmentId", "dueAt", "completedAt", "cancelledAt")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_tasks_open_due" ON "tasks" ("dueAt") WHERE "completedAt" IS NULL AND "cancelledAt" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_completedAt"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_tasks_completedAt" ON "tasks" ("completedAt") WHERE "completedAt" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_task_extensions_pending" ON "task_extensions" ("taskId") WHERE "status" = 'pending'`,
    );
    if (postgres) {
      // A failed CREATE EXTENSION (not installed, no privilege) must not abort the migration.
      await queryRunner.query(`
        DO $$
        BEGIN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'pg_trgm is not available; task search will scan the table';
        END $$`);
      await createTrigramIndex(queryRunner, 'IDX_tasks_searchText_trgm', 'tasks', 'searchText');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_searchText_trgm"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "UQ_task_extensions_pending"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_completedAt"`);
    await queryRunner.query(`CREATE INDEX "IDX_tasks_completedAt" ON "tasks" ("completedAt")`);
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_open_due"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_created_stats"`);
    await queryRunner.query(`CREATE INDEX "IDX_tasks_createdAt" ON "tasks" ("createdAt")`);
  }
}
