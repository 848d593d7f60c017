import { QueryRunner } from 'typeorm';
import { WORD_BREAKS } from '../../common/text/fold-vietnamese';

/** Two levels of quotes: the SQL string, then FTS5's own around each tokenizer argument. */
const WORDS_TOKENIZER = `unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*' separators '${WORD_BREAKS.join('').replace(/'/g, "''")}'`;

/**
 * The tokenizer option of an FTS5 table of a folded text's words: split at
 * spaces and the WORD_BREAKS characters only (every other character, letter or
 * symbol, belongs to a word, as in breakWords).
 */
export const WORDS_TOKENIZE = `tokenize='${WORDS_TOKENIZER.replace(/'/g, "''")}'`;

/** The prefix indexes of the FTS5 tables of words: prefixes of one to six letters (see TaskWordsSixLetterPrefixes). */
export const WORDS_PREFIX_INDEXES = `prefix='1 2 3 4 5 6'`;

/**
 * The search indexes the migrations build, written once. SQLite: an FTS5 table
 * over a column of `table` (external content: it stores only its index), kept
 * in step by three triggers named after it, and filled from the rows already
 * there. PostgreSQL: a pg_trgm index, when the extension could be installed.
 */
export async function createFtsMirror(
  queryRunner: QueryRunner,
  table: string,
  column: string,
  fts: string,
  options: string,
): Promise<void> {
  const add = (prefix: string) =>
    `INSERT INTO "${fts}"(rowid, "${column}") VALUES (${prefix}."id", ${prefix}."${column}");`;
  const remove = `INSERT INTO "${fts}"("${fts}", rowid, "${column}") VALUES ('delete', old."id", old."${column}");`;
  await queryRunner.query(
    `CREATE VIRTUAL TABLE "${fts}" USING fts5("${column}", content='${table}', content_rowid='id', ${options})`,
  );
  await queryRunner.query(`CREATE TRIGGER "${fts}_insert" AFTER INSERT ON "${table}" BEGIN ${add('new')} END`);
  await queryRunner.query(`CREATE TRIGGER "${fts}_delete" AFTER DELETE ON "${table}" BEGIN ${remove} END`);
  await queryRunner.query(
    `CREATE TRIGGER "${fts}_update" AFTER UPDATE OF "${column}" ON "${table}" BEGIN ${remove} ${add('new')} END`,
  );
  await queryRunner.query(`INSERT INTO "${fts}"("${fts}") VALUES ('rebuild')`);
}

/** Undoes createFtsMirror. */
export async function dropFtsMirror(queryRunner: QueryRunner, fts: string): Promise<void> {
  for (const trigger of ['insert', 'delete', 'update']) {
    await queryRunner.query(`DROP TRIGGER IF EXISTS "${fts}_${trigger}"`);
  }
  await queryRunner.query(`DROP TABLE IF EXISTS "${fts}"`);
}

/** A pg_trgm GIN index on `table.column`, if the extension is installed (else search scans). */
export async function createTrigramIndex(
  queryRunner: QueryRunner,
  name: string,
  table: string,
  column: string,
): Promise<void> {
  await queryRunner.query(`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX "${name}" ON "${table}" USING gin ("${column}" gin_trgm_ops);
      END IF;
    END $$`);
}
