import { DateTime } from 'luxon';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A completion's evidence (result, report document, difficulties) and the start
 * of its actual completion day, which the status rules compare with the
 * deadline. Completed tasks get the start of their completedOn.
 */
export class CompletionEvidence1796200000002 implements MigrationInterface {
  name = 'CompletionEvidence1796200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const zone = process.env.APP_TIMEZONE || 'Asia/Ho_Chi_Minh';
    const add = (definition: string) => queryRunner.query(`ALTER TABLE "tasks" ADD COLUMN ${definition}`);
    await add(`"completedDayStartAt" ${postgres ? 'timestamptz' : 'datetime'}`);
    await add(`"result" text`);
    await add(`"resultDocument" text`);
    await add(`"difficulties" text`);
    const days: Array<{ completedOn: string }> = await queryRunner.query(
      `SELECT DISTINCT "completedOn" FROM "tasks" WHERE "completedOn" IS NOT NULL`,
    );
    for (const { completedOn } of days) {
      const start = DateTime.fromISO(completedOn, { zone }).startOf('day').toUTC();
      const value = postgres ? start.toJSDate() : start.toISO()!.replace('T', ' ').replace('Z', '');
      await queryRunner.query(
        `UPDATE "tasks" SET "completedDayStartAt" = ${postgres ? '$1' : '?'} WHERE "completedOn" = ${postgres ? '$2' : '?'}`,
        [value, completedOn],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['difficulties', 'resultDocument', 'result', 'completedDayStartAt']) {
      await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "${column}"`);
    }
  }
}
