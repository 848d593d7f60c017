import { MigrationInterface, QueryRunner } from 'typeorm';
import { WORDS_PREFIX_INDEXES, WORDS_TOKENIZE } from './search-index-kit';

/** The table's name, as TaskRepository reads it (TASK_WORDS_BY_DEADLINE). */
const TABLE = 'tasks_words_by_deadline';

/**
 * The minute of `row`'s deadline, the key's upper half: whole minutes since
 * 1970 (year 6053 at the clamp; a text SQLite cannot read as an instant
 * there too), its tasks without a deadline after every other. Only its order
 * matters: a later deadline never has a smaller minute.
 */
const deadlineMinute = (row: string) =>
  `(CASE WHEN ${row}."dueAt" IS NULL THEN 2147483647 ` +
  `ELSE MIN(MAX(COALESCE(unixepoch(${row}."dueAt") / 60, 2147483646), -2147483648), 2147483646) END)`;

/** The rowid of `row`'s words: its deadline's minute, then its id (below 2³², as SQLite's ids are). */
const key = (row: string) => `((${deadlineMinute(row)} << 32) | ${row}."id")`;

/**
 * SQLite: `tasks_words_by_deadline`, the words of each task's search text as
 * `tasks_words` holds them, under a rowid that sorts as the list's default
 * order does (deadline first, tasks without one last, then id) to the minute.
 * FTS5 returns the matches of a query in rowid order and stops at a LIMIT, so
 * the first page of a search in deadline order is read from the first matches
 * instead of looking up and sorting every match (the bench's searches match
 * 3,300 to 8,900 of 100,000 tasks). Tasks due within the same minute come in
 * id order here: TaskRepository sorts the tasks read by their deadlines, reads
 * a margin past the page's end, and orders every match as before when the
 * margin does not reach the end of the page's last minute.
 *
 * Its prefix indexes are those of `tasks_words` (TaskWordsSixLetterPrefixes).
 *
 * Contentless (it keeps no copy of the text; `contentless_delete` lets a row
 * go by its rowid), kept in step by triggers with every write of a task's
 * search text or deadline, whatever writes it, and filled from the tasks
 * already there. PostgreSQL has none: its office search reads
 * task_search_rows.
 */
export class TaskWordsInDeadlineOrder1797000800000 implements MigrationInterface {
  name = 'TaskWordsInDeadlineOrder1797000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') return;
    const add = (row: string) =>
      `INSERT INTO "${TABLE}"(rowid, "searchText") VALUES (${key(row)}, ${row}."searchText");`;
    const remove = `DELETE FROM "${TABLE}" WHERE rowid = ${key('old')};`;
    await queryRunner.query(
      `CREATE VIRTUAL TABLE "${TABLE}" USING fts5("searchText", content='', contentless_delete=1, ${WORDS_TOKENIZE}, ${WORDS_PREFIX_INDEXES})`,
    );
    await queryRunner.query(`CREATE TRIGGER "${TABLE}_insert" AFTER INSERT ON "tasks" BEGIN ${add('new')} END`);
    await queryRunner.query(`CREATE TRIGGER "${TABLE}_delete" AFTER DELETE ON "tasks" BEGIN ${remove} END`);
    await queryRunner.query(
      `CREATE TRIGGER "${TABLE}_update" AFTER UPDATE OF "searchText", "dueAt" ON "tasks" ` +
        `BEGIN ${remove} ${add('new')} END`,
    );
    await queryRunner.query(
      `INSERT INTO "${TABLE}"(rowid, "searchText") SELECT ${key('"tasks"')}, "searchText" FROM "tasks"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') return;
    for (const trigger of ['insert', 'delete', 'update']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS "${TABLE}_${trigger}"`);
    }
    await queryRunner.query(`DROP TABLE IF EXISTS "${TABLE}"`);
  }
}
