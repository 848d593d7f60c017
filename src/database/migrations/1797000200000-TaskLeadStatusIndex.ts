import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A department's tasks by deadline with every column their status is derived
 * from (task-status.ts), in place of IDX_tasks_lead_due (lead department and
 * deadline, the same first columns, so what used that one uses this). A
 * department's list filtered by status is then read from the index alone for
 * the tasks it leads, instead of looking every one of them up in the table.
 */
export class TaskLeadStatusIndex1797000200000 implements MigrationInterface {
  name = 'TaskLeadStatusIndex1797000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_tasks_lead_status" ON "tasks" ` +
        `("leadDepartmentId", "dueAt", "completedAt", "cancelledAt", "confirmedAt", "completedDayStartAt")`,
    );
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_lead_due"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_tasks_lead_due" ON "tasks" ("leadDepartmentId", "dueAt")`);
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_lead_status"`);
  }
}
