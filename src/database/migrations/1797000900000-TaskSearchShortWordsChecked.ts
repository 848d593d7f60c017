import { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns `task_search_matches` returns beside the id (migration TaskSearchRows). */
const RETURNED = ['dueAt', 'createdAt', 'completedAt', 'cancelledAt', 'confirmedAt', 'completedDayStartAt'] as const;

/**
 * PostgreSQL: `task_search_matches(query, checked)` looks up `query` in the
 * GIN index of `task_search_rows` and checks `checked` (null: nothing more) on
 * the rows found, where the one-argument function looked every word up. The
 * short words of a search (SqlDialect.lexemeQuery) expand to tens of thousands
 * of postings: for "ho ngheo" at 100,000 tasks, looking "ho" up beside "ngheo"
 * took 7.2 ms of a 12 ms statement, and checking it on the 9,917 rows "ngheo"
 * finds less. `ts_match_vq` is the function behind `@@`: called as a function,
 * the planner does not make it an index condition.
 */
export class TaskSearchShortWordsChecked1797000900000 implements MigrationInterface {
  name = 'TaskSearchShortWordsChecked1797000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== 'postgres') return;
    await queryRunner.query(`DROP FUNCTION "task_search_matches"(tsquery)`);
    await queryRunner.query(
      matchesFunction(
        '"query" tsquery, "checked" tsquery',
        `"r"."words" @@ "query" AND ("checked" IS NULL OR ts_match_vq("r"."words", "checked"))`,
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== 'postgres') return;
    await queryRunner.query(`DROP FUNCTION "task_search_matches"(tsquery, tsquery)`);
    await queryRunner.query(matchesFunction('"query" tsquery', `"r"."words" @@ "query"`));
  }
}

/** `task_search_matches` with `parameters`, returning the rows of `task_search_rows` that meet `condition` through its index. */
function matchesFunction(parameters: string, condition: string): string {
  const returned = RETURNED.map((c) => `"${c}" timestamptz`).join(', ');
  return `
    CREATE FUNCTION "task_search_matches"(${parameters}) RETURNS TABLE ("id" integer, ${returned})
    LANGUAGE sql STABLE SET enable_seqscan = off AS $$
      SELECT "r"."id", ${RETURNED.map((c) => `"r"."${c}"`).join(', ')} FROM "task_search_rows" "r" WHERE ${condition}
    $$`;
}
