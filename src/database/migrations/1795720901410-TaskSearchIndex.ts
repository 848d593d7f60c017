import { MigrationInterface, QueryRunner } from 'typeorm';
import { createFtsMirror, dropFtsMirror } from './search-index-kit';

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
    await createFtsMirror(queryRunner, 'tasks', 'searchText', 'tasks_search', `tokenize='trigram'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') return;
    await dropFtsMirror(queryRunner, 'tasks_search');
  }
}
