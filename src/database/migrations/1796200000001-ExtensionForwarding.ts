import { MigrationInterface, QueryRunner } from 'typeorm';

/** The office forwards an extension request to the deciding leader with its opinion. */
export class ExtensionForwarding1796200000001 implements MigrationInterface {
  name = 'ExtensionForwarding1796200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    // Plain ALTER TABLE: TypeORM's addColumn rebuilds a SQLite table.
    await queryRunner.query(`ALTER TABLE "task_extensions" ADD COLUMN "forwardedAt" ${instant}`);
    await queryRunner.query(`ALTER TABLE "task_extensions" ADD COLUMN "forwardedById" integer`);
    await queryRunner.query(`ALTER TABLE "task_extensions" ADD COLUMN "forwardOpinion" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['forwardOpinion', 'forwardedById', 'forwardedAt']) {
      await queryRunner.query(`ALTER TABLE "task_extensions" DROP COLUMN "${column}"`);
    }
  }
}
