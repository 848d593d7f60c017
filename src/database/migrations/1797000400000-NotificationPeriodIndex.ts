import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A period's digests and office summary by id. Planning a morning's digests
 * counts and reads the period's rows, and the period's job reads them back in
 * batches (PeriodSender); without an index each of those reads scanned every
 * notification ever recorded, some 150 ms apiece at 100,000 tasks on
 * PostgreSQL. Partial: only digests and summaries have a period, so the index
 * stays the size of the digests, not of the reminders.
 */
export class NotificationPeriodIndex1797000400000 implements MigrationInterface {
  name = 'NotificationPeriodIndex1797000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_period" ON "notifications" ("period", "id") WHERE "period" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_notifications_period"`);
  }
}
