import { breakWords, breakWordsSql, escapeLike, foldVietnamese } from '../common/text/fold-vietnamese';
import type { IndexedText, Literal, SqlDialect } from '../database/sql-dialect';

/** What a search query asks for: words (each the start of a word, in any order) and exact phrases (in quotes). */
export interface SearchTerms {
  words: string[];
  phrases: string[];
}

/**
 * Reads a query: each pair of double quotes (typographic ones too) encloses an
 * exact phrase; the rest is words. A lone quote is an ordinary character.
 * Everything is folded (see foldVietnamese).
 */
export function parseSearchQuery(query: string): SearchTerms {
  const folded = foldVietnamese(query);
  const phrases: string[] = [];
  const rest = folded.replace(/"([^"]*)"/g, (_quoted, phrase: string) => {
    if (phrase.trim() !== '') phrases.push(phrase.trim());
    return ' ';
  });
  const words = rest.split(' ').filter((word) => word !== '');
  return { words: [...new Set(words)], phrases: [...new Set(phrases)] };
}

const SEARCH_TEXT = `"t"."searchText"`;
/** The search text and its trigram index (SQLite: the FTS5 table tasks_search, kept by triggers). */
const SEARCH_INDEX: IndexedText = { column: SEARCH_TEXT, id: `"t"."id"`, ftsTable: 'tasks_search' };
/** The search text with punctuation as spaces and a space in front, so that every word follows a space. */
const BROKEN = `(' ' || ${breakWordsSql(SEARCH_TEXT)} || ' ')`;
/**
 * The search text with a space in front and behind, as it is. A pattern of
 * letters and spaces it matches, BROKEN matches too (breaking only turns
 * punctuation into spaces); it costs one pass where BROKEN costs one per
 * punctuation mark, and most rows a word matches match it already.
 */
const SPACED = `(' ' || ${SEARCH_TEXT} || ' ')`;
/** Shorter strings have no trigram: neither index can serve them. */
const MIN_INDEXED = 3;

/**
 * The WHERE condition of a task search (`q`) for the alias `t`, the same on
 * both databases: every word must begin a word of the folded title or
 * description (after a space or punctuation), every phrase must appear there as
 * whole words, and a term with punctuation (`100%`, `ho_so`) must also appear
 * literally. `searchText` is `foldVietnamese(title + ' ' + description)`.
 *
 * Indexes: each term of three characters or more narrows the rows through a
 * trigram index before the word check runs (SqlDialect.containsAll: on SQLite
 * the FTS5 trigram table tasks_search, on PostgreSQL the pg_trgm index serving
 * `searchText LIKE '%…%'`). A query made only of shorter words scans.
 */
export function taskSearchCondition(
  dialect: SqlDialect,
  query: string,
): { sql: string; params: Record<string, string> } | null {
  const { words, phrases } = parseSearchQuery(query);
  const terms = [...words.map((text) => ({ text, phrase: false })), ...phrases.map((text) => ({ text, phrase: true }))];
  if (terms.length === 0) return null;
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  const indexed: Literal[] = [];
  terms.forEach(({ text, phrase }, i) => {
    const spaced = breakWords(text).trim();
    const punctuated = spaced !== text;
    const long = [...text].length >= MIN_INDEXED;
    // The literal text: through the index where there is one, and always for punctuation, which the word check ignores.
    if (long) indexed.push({ key: String(i), text });
    else if (punctuated) {
      conditions.push(`${SEARCH_TEXT} LIKE :literal${i} ESCAPE '\\'`);
      params[`literal${i}`] = `%${escapeLike(text)}%`;
    }
    if (spaced !== '') {
      // The same test as BROKEN alone, BROKEN computed only for the rows the plain text does not settle.
      conditions.push(`(${SPACED} LIKE :word${i} ESCAPE '\\' OR ${BROKEN} LIKE :word${i} ESCAPE '\\')`);
      params[`word${i}`] = `% ${escapeLike(spaced)}${phrase ? ' ' : ''}%`;
    }
  });
  const index = dialect.containsAll(SEARCH_INDEX, indexed, 'literal');
  if (index) {
    conditions.unshift(...index.conditions);
    Object.assign(params, index.params);
  }
  return { sql: `(${conditions.join(' AND ')})`, params };
}
