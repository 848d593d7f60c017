import { MigrationInterface, QueryRunner } from 'typeorm';
import { createFtsMirror, dropFtsMirror, WORDS_PREFIX_INDEXES, WORDS_TOKENIZE } from './search-index-kit';

/**
 * SQLite: `tasks_words` built again with prefix indexes of one to six letters
 * (one to three before). A folded Vietnamese syllable rarely has more than
 * six, and FTS5 answers a prefix with no index of its length by merging the
 * whole list of every word it matches first: "thuc", "phong" and "ngheo" each
 * cost a copy of tens of thousands of entries per search. The bench's ten
 * searches counted their matches in 2.0 ms against 2.9 ms, for 7 MB more at
 * 100,000 tasks (41 against 34 MB). PostgreSQL has no such table.
 */
export class TaskWordsSixLetterPrefixes1797000700000 implements MigrationInterface {
  name = 'TaskWordsSixLetterPrefixes1797000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.rebuild(queryRunner, WORDS_PREFIX_INDEXES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.rebuild(queryRunner, `prefix='1 2 3'`);
  }

  private async rebuild(queryRunner: QueryRunner, prefixes: string): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') return;
    await dropFtsMirror(queryRunner, 'tasks_words');
    await createFtsMirror(queryRunner, 'tasks', 'searchText', 'tasks_words', `${WORDS_TOKENIZE}, ${prefixes}`);
  }
}
