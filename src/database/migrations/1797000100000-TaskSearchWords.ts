import { MigrationInterface, QueryRunner } from 'typeorm';
import { breakWordsSql } from '../../common/text/fold-vietnamese';
import { createFtsMirror, createTrigramIndex, dropFtsMirror, WORDS_TOKENIZE } from './search-index-kit';

/**
 * An index of the words of a task's search text, that finds the tasks having a
 * word that starts with given letters (task-search.ts, SqlDialect.startsWords).
 * Before, each search recomputed the text without punctuation row by row and
 * narrowed the rows only by trigrams of its words of three letters or more.
 *
 * PostgreSQL: `tasks.searchWords`, `' ' || breakWords(searchText) || ' '` (the
 * words each after a space), a stored generated column, so that every write of
 * `searchText` and the rows already there keep it without code of their own;
 * its trigram index holds the trigrams of each word's start that serve `LIKE
 * '% word%'`.
 *
 * SQLite: the FTS5 table `tasks_words` over `searchText`, split into words at
 * spaces and the WORD_BREAKS characters only (every other character, letter or
 * symbol, belongs to a word, as in breakWords), with prefix indexes for short
 * words, kept in step by triggers as tasks_search is. No generated column there:
 * the 32 nested REPLACE of breakWordsSql in the schema overflow the parser of
 * older sqlite3 shells, which could then no longer open the file.
 */
export class TaskSearchWords1797000100000 implements MigrationInterface {
  name = 'TaskSearchWords1797000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const words = `' ' || ${breakWordsSql('"searchText"')} || ' '`;
    if (postgres) {
      await queryRunner.query(
        `ALTER TABLE "tasks" ADD COLUMN "searchWords" text GENERATED ALWAYS AS (${words}) STORED`,
      );
      await createTrigramIndex(queryRunner, 'IDX_tasks_searchWords_trgm', 'tasks', 'searchWords');
      return;
    }
    await createFtsMirror(queryRunner, 'tasks', 'searchText', 'tasks_words', `${WORDS_TOKENIZE}, prefix='1 2 3'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX IF EXISTS "IDX_tasks_searchWords_trgm"`);
      await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "searchWords"`);
      return;
    }
    await dropFtsMirror(queryRunner, 'tasks_words');
  }
}
