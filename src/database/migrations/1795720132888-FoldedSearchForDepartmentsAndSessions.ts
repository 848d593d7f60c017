import { MigrationInterface, QueryRunner } from 'typeorm';
import { foldVietnamese } from '../../common/text/fold-vietnamese';

/**
 * Departments and sessions are searched with or without diacritics. Neither
 * SQLite nor a stock PostgreSQL can fold Vietnamese in SQL, so the folded text is
 * kept in a column written by the services. Rows that already exist are folded here.
 */
export class FoldedSearchForDepartmentsAndSessions1795720132888 implements MigrationInterface {
  name = 'FoldedSearchForDepartmentsAndSessions1795720132888';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "departments" ADD COLUMN "searchText" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "meeting_sessions" ADD COLUMN "searchText" text NOT NULL DEFAULT ''`);

    const departments: Array<{ id: number; code: string; name: string }> = await queryRunner.query(
      `SELECT "id", "code", "name" FROM "departments"`,
    );
    for (const row of departments) {
      await setSearchText(queryRunner, 'departments', row.id, foldVietnamese(`${row.code} ${row.name}`));
    }
    const sessions: Array<{ id: number; title: string }> = await queryRunner.query(
      `SELECT "id", "title" FROM "meeting_sessions"`,
    );
    for (const row of sessions) {
      await setSearchText(queryRunner, 'meeting_sessions', row.id, foldVietnamese(row.title));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_sessions" DROP COLUMN "searchText"`);
    await queryRunner.query(`ALTER TABLE "departments" DROP COLUMN "searchText"`);
  }
}

async function setSearchText(queryRunner: QueryRunner, table: string, id: number, searchText: string): Promise<void> {
  await queryRunner.manager.createQueryBuilder().update(table).set({ searchText }).where('id = :id', { id }).execute();
}
