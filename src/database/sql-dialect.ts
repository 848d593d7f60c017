import type { FindOneOptions, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { breakWordsSql, escapeLike } from '../common/text/fold-vietnamese';
import type { DatabaseKind } from '../config/app-config';

/**
 * What differs between SQLite and PostgreSQL, in one place, resolved once from
 * the configuration and injected (`constructor(private readonly dialect: SqlDialect)`),
 * so that features never ask which driver they run on.
 */
export abstract class SqlDialect {
  abstract readonly kind: DatabaseKind;

  /**
   * Whether the database runs one write transaction at a time (SQLite: one
   * writer, and TransactionRunner queues the process's transactions), so that
   * small writes are cheaper grouped into one transaction than each in its
   * own; PostgreSQL runs each single-statement write on its own, atomically.
   */
  abstract readonly serializesWrites: boolean;

  /**
   * Whether a page read in one pass (TaskRepository.pageQueries: the matching
   * ids with a window count) first reads the matches in a materialized common
   * table expression. PostgreSQL costs `COUNT(*) OVER ()` under a LIMIT as if
   * it could still stop early: for common words it walks the deadline index
   * over the whole table (239 ms at 100,000 tasks, against 55 ms for the
   * matches found by the word index and then counted). SQLite never walks the
   * index for a window count.
   */
  abstract readonly pagesReadMatchesFirst: boolean;

  /**
   * Whether many-column rows are cheaper read as one JSON text each
   * (`rowObject`) than column by column: node-sqlite3 copies every value and
   * sets it on a new object one property at a time (about 7.7 million
   * instructions for a page of 50 tasks, against 5 as JSON, parse included);
   * node-postgres builds rows cheaply and would turn instants into text.
   */
  abstract readonly rowsAsJson: boolean;

  /**
   * Find options that lock the row read for the rest of the transaction. On
   * PostgreSQL `FOR UPDATE`; SQLite takes the database's write lock when the
   * transaction starts (see TransactionRunner), so no row lock is needed.
   */
  abstract lockForUpdate(): Pick<FindOneOptions, 'lock'>;

  /** The same lock on a query builder. */
  abstract lockRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T>;

  /**
   * `column` is one of the ids `idsSql` (a subquery returning one integer column)
   * returns. PostgreSQL gets them as an array, so that it looks the rows up by
   * key rather than joining the subquery.
   */
  abstract idIn(column: string, idsSql: string): string;

  /**
   * `column` is one of the ids given as the array parameter `parameter`. On
   * PostgreSQL that is one parameter (`= ANY(:ids)`), so that the statement's
   * text is the same whatever the number of ids and can be kept prepared;
   * SQLite has no array parameters (`IN (:...ids)`, one parameter per id).
   */
  abstract anyOf(column: string, parameter: string): string;

  /**
   * An aggregate joining the integer `column` of the rows it groups into one
   * text, comma-separated and ascending ('3,12'), NULL over no rows: a row's
   * few linked ids read in the same statement as the row.
   */
  abstract joinedIds(column: string): string;

  /**
   * An instant as a query parameter, in the form the database compares it
   * with: SQLite keeps instants as UTC text 'YYYY-MM-DD HH:MM:SS.SSS' and
   * compares strings (its driver would bind a Date as milliseconds);
   * PostgreSQL takes a Date for a timestamptz.
   */
  abstract instant(value: Date): Date | string;

  /**
   * `INSERT … ON CONFLICT (conflict) DO UPDATE SET` each of `update` to the new
   * value (or `DO NOTHING` when `update` is empty): the same statement on both
   * (SQLite since 3.24), with each database's placeholders.
   */
  upsert(table: string, columns: string[], conflict: string[], update: string[]): string {
    const quote = (name: string) => `"${name}"`;
    const values = columns.map((_, i) => this.placeholder(i + 1)).join(', ');
    const action =
      update.length === 0
        ? 'DO NOTHING'
        : `DO UPDATE SET ${update.map((name) => `${quote(name)} = excluded.${quote(name)}`).join(', ')}`;
    return (
      `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${values}) ` +
      `ON CONFLICT (${conflict.map(quote).join(', ')}) ${action}`
    );
  }

  /** The n-th (from 1) positional parameter of a raw query. */
  abstract placeholder(n: number): string;

  /** The most parameters one statement may bind (with some room): how many rows a multi-row INSERT can carry. */
  abstract readonly maxParameters: number;

  /**
   * After rows were inserted with explicit ids, what makes generated ids
   * continue past them: PostgreSQL's sequence of `table`.id is set to the
   * largest id; SQLite's rowid already follows the largest one (none).
   */
  abstract continueIdsSql(table: string): string | null;

  /**
   * Statements around a bulk load by one connection (a data set for a
   * benchmark): `start` trades durability for speed where the database allows
   * it per connection (SQLite: no fsync, a large page cache), `end` restores the
   * app's settings; `statistics` then leaves the tables as an hour of normal
   * work would (PostgreSQL: what autovacuum does after a bulk insert, statistics
   * for the planner and the visibility map that lets an index-only scan skip the
   * table's pages, so that a server with autovacuum off still measures a
   * deployment's plans; SQLite is left as the app leaves it: SqliteTuning
   * gathers its statistics at start).
   */
  abstract readonly bulkLoad: { start: string[]; end: string[]; statistics: string[] };

  /**
   * A condition that `target.column` contains each of `literals` (three
   * characters or more: shorter ones have no trigram), served by a trigram
   * index: on SQLite the FTS5 trigram table `target.ftsTable`, whose rowid is
   * `target.id` (a quoted FTS phrase of consecutive trigrams is exactly a
   * substring); on PostgreSQL the pg_trgm index of the column, which serves
   * `LIKE '%…%'`. Each literal is a parameter named `paramPrefix` + its key.
   * Null when there is no literal.
   */
  abstract containsAll(target: IndexedText, literals: readonly Literal[], paramPrefix: string): TextMatch | null;

  /**
   * A condition that the folded text `target.text` has, for each of `terms`,
   * its words at the start of a word (after a space or punctuation: `LIKE
   * '% words%'` on `' ' || breakWords(text) || ' '`, `'% words %'` for a whole
   * term), served by a word index. PostgreSQL stores those words
   * (`target.words`, a generated column) with a trigram index, whose trigrams
   * of a word's start serve the LIKE, which is the whole test. SQLite's FTS5
   * table `target.ftsTable` splits the text into words at the same characters
   * and answers prefix queries: exact for a term of one word; a term of several
   * is also checked with its LIKE, since a phrase query ignores how many
   * separators stand between its words. Each term's parameter is named
   * `paramPrefix` + its key. Null when there is no term.
   */
  abstract startsWords(target: IndexedWords, terms: readonly WordsTerm[], paramPrefix: string): TextMatch | null;

  /**
   * The same test as startsWords as text search queries (tsquery) on words
   * stored as lexemes (a tsvector of the words of `' ' || breakWords(text) ||
   * ' '`, each cut to LEXEME_CHARACTERS), which a GIN index answers exactly,
   * with no recheck of the text: a lexeme's prefix is the start of a word, a
   * whole lexeme the whole word. PostgreSQL only; null on SQLite (no lexemes:
   * its FTS5 table serves startsWords), and for terms a lexeme cannot answer —
   * several words in a row (a phrase, "ho_so") or a word too long for the cut —
   * which startsWords then serves. See LexemeQuery for the index's part.
   */
  abstract lexemeQuery(terms: readonly WordsTerm[]): LexemeQuery | null;

  /**
   * The same test as startsWords as one MATCH query of an FTS5 table of the
   * words (split as `IndexedWords.ftsTable` splits them), when that query is
   * the whole test: every term one word. SQLite only (its word tables in
   * another order, see TASK_WORDS_BY_DEADLINE); null on PostgreSQL and for a
   * term of several words, which startsWords also checks with a LIKE.
   */
  abstract wordsMatchQuery(terms: readonly WordsTerm[]): string | null;
}

/** FTS5's query for `terms`: each term's words as a quoted phrase, a prefix unless whole, all of them. */
function ftsWordsQuery(terms: readonly WordsTerm[]): string {
  return terms.map((term) => `"${term.words.replace(/"/g, '""')}"${term.whole ? '' : ' *'}`).join(' AND ');
}

/**
 * A search as tsqueries: the words a GIN index looks up (`indexed`) and those
 * checked on the rows it finds (`checked`, null when none). A short prefix
 * expands to every lexeme it starts, and merging their postings costs more
 * than checking the rows longer words find: at 100,000 tasks "ho" of "ho
 * ngheo" is 79,314 postings, and a three-letter Vietnamese syllable starts
 * many others ("thu": thuc, thuong, thuy, …). So a search looks up its words
 * of four letters or more when it has two (one such word may still be common:
 * "cong", "trong"), else those of three or more, else all, and checks the
 * rest (see lookedUpTerms).
 */
export interface LexemeQuery {
  indexed: string;
  checked: string | null;
}

/** The terms of a search a lexeme index looks up, the others being checked on the rows they find (see LexemeQuery). */
function lookedUpTerms(terms: readonly WordsTerm[]): readonly WordsTerm[] {
  const ofAtLeast = (letters: number) => terms.filter((term) => [...term.words].length >= letters);
  const fourOrMore = ofAtLeast(4);
  if (fourOrMore.length >= 2) return fourOrMore;
  const threeOrMore = ofAtLeast(3);
  return threeOrMore.length > 0 ? threeOrMore : terms;
}

/** The characters of a word a stored lexeme keeps (PostgreSQL allows 2,046 bytes in a lexeme). */
export const LEXEME_CHARACTERS = 200;

/** Words (separated by spaces, no punctuation) that must begin a word; `whole`: the last one must end there too. */
export interface WordsTerm {
  key: string;
  words: string;
  whole: boolean;
}

/** A folded text column and its word indexes (see SqlDialect.startsWords). */
export interface IndexedWords {
  /** The folded text, quoted with its alias: `"t"."searchText"`. */
  text: string;
  /** PostgreSQL's stored `' ' || breakWords(text) || ' '`, with its trigram index: `"t"."searchWords"`. */
  words: string;
  /** The row id the FTS table's rowid matches: `"t"."id"`. */
  id: string;
  /** SQLite's FTS5 table over the text, its tokens the words (split at spaces and WORD_BREAKS). */
  ftsTable: string;
}

/** `words LIKE '% …%'`: the term's words begin a word of `words`, a text of words each after a space. */
function startsWordsLike(words: string, param: string): string {
  return `${words} LIKE :${param} ESCAPE '\\'`;
}

function startsWordsPattern(term: WordsTerm): string {
  return `% ${escapeLike(term.words)}${term.whole ? ' ' : ''}%`;
}

/** A text a row must contain, and the key naming its parameter. */
export interface Literal {
  key: string;
  text: string;
}

/** Conditions to AND into a WHERE clause, with their parameters. */
export interface TextMatch {
  conditions: string[];
  params: Record<string, string>;
}

/** A text column with a trigram index (see SqlDialect.containsAll). */
export interface IndexedText {
  /** The column, quoted with its alias: `"t"."searchText"`. */
  column: string;
  /** The row id the FTS table's rowid matches: `"t"."id"`. */
  id: string;
  /** SQLite's FTS5 trigram table over the column. */
  ftsTable: string;
}

class SqliteDialect extends SqlDialect {
  readonly kind = 'sqlite' as const;
  readonly serializesWrites = true;
  readonly pagesReadMatchesFirst = false;
  readonly rowsAsJson = true;

  containsAll(target: IndexedText, literals: readonly Literal[], paramPrefix: string): TextMatch | null {
    if (literals.length === 0) return null;
    const name = `${paramPrefix}indexed`;
    return {
      conditions: [
        `${target.id} IN (SELECT rowid FROM "${target.ftsTable}" WHERE "${target.ftsTable}" MATCH :${name})`,
      ],
      params: { [name]: literals.map(({ text }) => `"${text.replace(/"/g, '""')}"`).join(' AND ') },
    };
  }

  startsWords(target: IndexedWords, terms: readonly WordsTerm[], paramPrefix: string): TextMatch | null {
    if (terms.length === 0) return null;
    const name = `${paramPrefix}indexed`;
    const several = terms.filter((term) => term.words.includes(' '));
    const query = ftsWordsQuery(terms);
    return {
      conditions: [
        `${target.id} IN (SELECT rowid FROM "${target.ftsTable}" WHERE "${target.ftsTable}" MATCH :${name})`,
        ...several.map((term) =>
          startsWordsLike(`(' ' || ${breakWordsSql(target.text)} || ' ')`, `${paramPrefix}${term.key}`),
        ),
      ],
      params: {
        [name]: query,
        ...Object.fromEntries(several.map((term) => [`${paramPrefix}${term.key}`, startsWordsPattern(term)])),
      },
    };
  }

  lexemeQuery(): null {
    return null;
  }

  wordsMatchQuery(terms: readonly WordsTerm[]): string | null {
    if (terms.length === 0 || terms.some((term) => term.words === '' || term.words.includes(' '))) return null;
    return ftsWordsQuery(terms);
  }

  lockForUpdate(): Pick<FindOneOptions, 'lock'> {
    return {};
  }

  lockRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return query;
  }

  idIn(column: string, idsSql: string): string {
    return `${column} IN (${idsSql})`;
  }

  anyOf(column: string, parameter: string): string {
    return `${column} IN (:...${parameter})`;
  }

  joinedIds(column: string): string {
    return `group_concat(${column}, ',' ORDER BY ${column})`;
  }

  instant(value: Date): string {
    return value.toISOString().replace('T', ' ').replace('Z', '');
  }

  placeholder(): string {
    return '?';
  }

  readonly maxParameters = 32_000;

  continueIdsSql(): null {
    return null;
  }

  readonly bulkLoad = {
    start: ['PRAGMA synchronous = OFF', 'PRAGMA cache_size = -262144'],
    end: ['PRAGMA synchronous = NORMAL', 'PRAGMA cache_size = -2000'],
    statistics: [],
  };
}

class PostgresDialect extends SqlDialect {
  readonly kind = 'postgres' as const;
  readonly serializesWrites = false;
  readonly pagesReadMatchesFirst = true;
  readonly rowsAsJson = false;

  containsAll(target: IndexedText, literals: readonly Literal[], paramPrefix: string): TextMatch | null {
    if (literals.length === 0) return null;
    return {
      conditions: literals.map(({ key }) => `${target.column} LIKE :${paramPrefix}${key} ESCAPE '\\'`),
      params: Object.fromEntries(literals.map(({ key, text }) => [`${paramPrefix}${key}`, `%${escapeLike(text)}%`])),
    };
  }

  startsWords(target: IndexedWords, terms: readonly WordsTerm[], paramPrefix: string): TextMatch | null {
    if (terms.length === 0) return null;
    return {
      conditions: terms.map((term) => startsWordsLike(target.words, `${paramPrefix}${term.key}`)),
      params: Object.fromEntries(terms.map((term) => [`${paramPrefix}${term.key}`, startsWordsPattern(term)])),
    };
  }

  lexemeQuery(terms: readonly WordsTerm[]): LexemeQuery | null {
    const fits = (term: WordsTerm) =>
      term.words !== '' &&
      !term.words.includes(' ') &&
      [...term.words].length < (term.whole ? LEXEME_CHARACTERS : LEXEME_CHARACTERS + 1);
    if (terms.length === 0 || !terms.every(fits)) return null;
    // Each word quoted as a lexeme (a quote doubled, a backslash escaped), `:*` for a prefix.
    const tsquery = (some: readonly WordsTerm[]) =>
      some
        .map((term) => `'${term.words.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${term.whole ? '' : ':*'}`)
        .join(' & ');
    const indexed = lookedUpTerms(terms);
    const checked = terms.filter((term) => !indexed.includes(term));
    return { indexed: tsquery(indexed), checked: checked.length > 0 ? tsquery(checked) : null };
  }

  wordsMatchQuery(): null {
    return null;
  }

  lockForUpdate(): Pick<FindOneOptions, 'lock'> {
    return { lock: { mode: 'pessimistic_write' } };
  }

  lockRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return query.setLock('pessimistic_write');
  }

  idIn(column: string, idsSql: string): string {
    return `${column} = ANY(ARRAY(${idsSql}))`;
  }

  anyOf(column: string, parameter: string): string {
    return `${column} = ANY(:${parameter})`;
  }

  joinedIds(column: string): string {
    return `string_agg(CAST(${column} AS text), ',' ORDER BY ${column})`;
  }

  instant(value: Date): Date {
    return value;
  }

  placeholder(n: number): string {
    return `$${n}`;
  }

  readonly maxParameters = 65_000;

  continueIdsSql(table: string): string {
    return `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX(id) FROM "${table}"), 1))`;
  }

  readonly bulkLoad = { start: [], end: [], statistics: ['VACUUM (ANALYZE)'] };
}

export function sqlDialectFor(kind: DatabaseKind): SqlDialect {
  return kind === 'postgres' ? new PostgresDialect() : new SqliteDialect();
}
