import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index for searching tasks by any part of their folded title and
 * description (`GET /api/tasks?q=`). A substring LIKE cannot use a B-tree, so
 * without it every search read all tasks (75 ms at 100,000 tasks on SQLite).
 *
 * SQLite: an FTS5 table with the trigram tokenizer over tasks.searchText,
 * kept in step by triggers; it answers LIKE '%…%' from the index.
 * PostgreSQL: a GIN trigram index (pg_trgm), used by the planner for the same
 * LIKE. Where the extension is not installed the index is skipped and search
 * keeps working by scanning.
 */
export class TaskSearchIndex1795720901410 implements MigrationInterface {
  name = 'TaskSearchIndex1795720901410';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') {
      const available = await queryRunner.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`);
      if (available.length === 0) return;
      await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await queryRunner.query('CREATE INDEX "IDX_tasks_searchText_trgm" ON "tasks" USING gin ("searchText" gin_trgm_ops)');
      return;
    }
    await queryRunner.query(
      `CREATE VIRTUAL TABLE "tasks_search" USING fts5("searchText", content='tasks', content_rowid='id', tokenize='trigram')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tasks_search_insert" AFTER INSERT ON "tasks" BEGIN
         INSERT INTO "tasks_search"(rowid, "searchText") VALUES (new."id", new."searchText");
       END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tasks_search_delete" AFTER DELETE ON "tasks" BEGIN
         INSERT INTO "tasks_search"("tasks_search", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
       END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tasks_search_update" AFTER UPDATE OF "searchText" ON "tasks" BEGIN
         INSERT INTO "tasks_search"("tasks_search", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
         INSERT INTO "tasks_search"(rowid, "searchText") VALUES (new."id", new."searchText");
       END`,
    );
    await queryRunner.query(`INSERT INTO "tasks_search"("tasks_search") VALUES ('rebuild')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query('DROP INDEX IF EXISTS "IDX_tasks_searchText_trgm"');
      return;
    }
    for (const trigger of ['tasks_search_insert', 'tasks_search_delete', 'tasks_search_update']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS "${trigger}"`);
    }
    await queryRunner.query('DROP TABLE IF EXISTS "tasks_search"');
  }
}
