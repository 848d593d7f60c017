import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At most one pending extension request per occurrence of a recurring task,
 * and per task for the other kinds (UQ_task_extensions_pending allowed one per
 * task, so a unit could not ask for more time on the report of two months at
 * once). Two partial unique indexes, as both databases write them: requests
 * without an occurrence by task, requests with one by occurrence (an
 * occurrence belongs to one task). Existing rows already meet both.
 */
export class PendingExtensionPerOccurrence1797000001000 implements MigrationInterface {
  name = 'PendingExtensionPerOccurrence1797000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "UQ_task_extensions_pending"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_task_extensions_pending" ON "task_extensions" ("taskId") ` +
        `WHERE "status" = 'pending' AND "occurrenceId" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_task_extensions_pending_occurrence" ON "task_extensions" ("occurrenceId") ` +
        `WHERE "status" = 'pending' AND "occurrenceId" IS NOT NULL`,
    );
  }

  /** Back to one pending request per task: fails while a task has pending requests on two occurrences. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "UQ_task_extensions_pending_occurrence"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "UQ_task_extensions_pending"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_task_extensions_pending" ON "task_extensions" ("taskId") WHERE "status" = 'pending'`,
    );
  }
}
