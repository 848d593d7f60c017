import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each task's deadline and every column its status is derived from
 * (task-status.ts), by id. The lists look up many tasks by id only to check
 * their status and order them by deadline — a department's cooperating tasks,
 * the matches of a text search — and a task's row in the table is wide (title,
 * description, search text): read from this narrow index instead, those
 * lookups touch a few pages rather than one per task.
 */
export class TaskStatusByIdIndex1797000300000 implements MigrationInterface {
  name = 'TaskStatusByIdIndex1797000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_tasks_status_by_id" ON "tasks" ` +
        `("id", "dueAt", "completedAt", "cancelledAt", "confirmedAt", "completedDayStartAt")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_status_by_id"`);
  }
}
