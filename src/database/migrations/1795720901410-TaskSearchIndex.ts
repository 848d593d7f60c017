import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQLite's index for searching tasks by any part of their folded title and
 * description (`GET /api/tasks?q=`): an FTS5 table with the trigram tokenizer
 * over tasks.searchText, kept in step by triggers (see task-search.ts). A
 * substring LIKE cannot use a B-tree, so without it every search read all
 * tasks (75 ms at 100,000 tasks). PostgreSQL has its trigram index from
 * TaskQueryIndexes.
 */
export class TaskSearchIndex1795720901410 implements MigrationInterface {
  name = 'TaskSearchIndex1795720901410';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') return;
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
    if (queryRunner.connection.driver.options.type === 'postgres') return;
    for (const trigger of ['tasks_search_insert', 'tasks_search_delete', 'tasks_search_update']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS "${trigger}"`);
    }
    await queryRunner.query('DROP TABLE IF EXISTS "tasks_search"');
  }
}
