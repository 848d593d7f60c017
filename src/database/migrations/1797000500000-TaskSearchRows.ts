import { MigrationInterface, QueryRunner } from 'typeorm';

/** The task columns a search's status filter and the list's order read, copied beside the words. */
const COPIED = ['dueAt', 'createdAt', 'completedAt', 'cancelledAt', 'confirmedAt', 'completedDayStartAt'] as const;

/**
 * PostgreSQL: `task_search_rows`, each task's search words as lexemes (a GIN
 * index answers "a word starts with …" exactly, with no recheck of the text)
 * beside the few columns a search then reads: its status and its place in the
 * list. A search for common words matches thousands of tasks, and counting and
 * ordering them read each one; in the tasks table, whose rows are wide (title,
 * description, search text), that touched most of its pages ("ho ngheo": 8,890
 * tasks on 5,958 of 9,629 pages at 100,000 tasks), here a third as many.
 *
 * `task_search_matches(tsquery)` returns those rows for a query. It reads them
 * through the GIN index always (`SET enable_seqscan = off` for its own
 * statement only): the planner costs a prefix query on the index above a scan
 * of the whole table, which took 25–31 ms for "ho ngheo" against 7–10 ms.
 *
 * A trigger keeps it in step with every write of those columns, whatever
 * writes them; a task's row goes with the task. The words are those of
 * `searchWords` (split at its spaces), so that a lexeme's prefix is exactly
 * the `LIKE '% word%'` the search tests on the tasks table; a word is kept to
 * its first 200 characters (a lexeme holds at most 2,046 bytes), which a
 * prefix of up to 200 characters still matches (see SqlDialect.lexemeQuery).
 *
 * SQLite has none: its FTS5 table `tasks_words` is its word index.
 */
export class TaskSearchRows1797000500000 implements MigrationInterface {
  name = 'TaskSearchRows1797000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== 'postgres') return;
    const quoted = COPIED.map((c) => `"${c}"`).join(', ');
    const lexemes = (words: string) =>
      `array_to_tsvector(ARRAY(SELECT DISTINCT left(w, 200) FROM unnest(string_to_array(COALESCE(${words}, ''), ' ')) w WHERE w <> ''))`;
    await queryRunner.query(`
      CREATE TABLE "task_search_rows" (
        "id" integer PRIMARY KEY REFERENCES "tasks" ("id") ON DELETE CASCADE,
        "words" tsvector NOT NULL,
        "dueAt" timestamptz,
        "createdAt" timestamptz NOT NULL,
        "completedAt" timestamptz,
        "cancelledAt" timestamptz,
        "confirmedAt" timestamptz,
        "completedDayStartAt" timestamptz
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "task_search_rows_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "task_search_rows" ("id", "words", ${quoted})
        VALUES (NEW."id", ${lexemes('NEW."searchWords"')}, ${COPIED.map((c) => `NEW."${c}"`).join(', ')})
        ON CONFLICT ("id") DO UPDATE SET "words" = excluded."words", ${COPIED.map((c) => `"${c}" = excluded."${c}"`).join(', ')};
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "task_search_rows_keep" AFTER INSERT OR UPDATE OF "searchText", ${quoted} ON "tasks" ` +
        `FOR EACH ROW EXECUTE FUNCTION "task_search_rows_keep"()`,
    );
    await queryRunner.query(
      `INSERT INTO "task_search_rows" ("id", "words", ${quoted}) ` +
        `SELECT "id", ${lexemes('"searchWords"')}, ${quoted} FROM "tasks"`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_task_search_rows_words" ON "task_search_rows" USING gin ("words")`);
    const returned = COPIED.map((c) => `"${c}" timestamptz`).join(', ');
    await queryRunner.query(`
      CREATE FUNCTION "task_search_matches"("query" tsquery) RETURNS TABLE ("id" integer, ${returned})
      LANGUAGE sql STABLE SET enable_seqscan = off AS $$
        SELECT "r"."id", ${COPIED.map((c) => `"r"."${c}"`).join(', ')} FROM "task_search_rows" "r" WHERE "r"."words" @@ "query"
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== 'postgres') return;
    await queryRunner.query(`DROP FUNCTION IF EXISTS "task_search_matches"(tsquery)`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS "task_search_rows_keep" ON "tasks"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS "task_search_rows_keep"()`);
    await queryRunner.query(`DROP TABLE IF EXISTS "task_search_rows"`);
  }
}
