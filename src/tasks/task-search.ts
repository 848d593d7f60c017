import { breakWords, escapeLike, foldVietnamese } from '../common/text/fold-vietnamese';
import type { IndexedText, IndexedWords, LexemeQuery, Literal, SqlDialect, WordsTerm } from '../database/sql-dialect';

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

/** The query's words and phrases as one list of terms, words first, each marked as a phrase or not. */
function searchTermsOf(query: string): Array<{ text: string; phrase: boolean }> {
  const { words, phrases } = parseSearchQuery(query);
  return [...words.map((text) => ({ text, phrase: false })), ...phrases.map((text) => ({ text, phrase: true }))];
}

const SEARCH_TEXT = `"t"."searchText"`;
/** The search text and its trigram index, for terms with punctuation (SQLite: the FTS5 table tasks_search). */
const SEARCH_INDEX: IndexedText = { column: SEARCH_TEXT, id: `"t"."id"`, ftsTable: 'tasks_search' };
/** The search text's words and their index (PostgreSQL: the stored searchWords; SQLite: the FTS5 table tasks_words). */
const SEARCH_WORDS: IndexedWords = {
  text: SEARCH_TEXT,
  words: `"t"."searchWords"`,
  id: `"t"."id"`,
  ftsTable: 'tasks_words',
};
/** Shorter strings have no trigram: neither trigram index can serve them. */
const MIN_INDEXED = 3;

/**
 * The WHERE condition of a task search (`q`) for the alias `t`, the same on
 * both databases: every word must begin a word of the folded title or
 * description (after a space or punctuation), every phrase must appear there as
 * whole words, and a term with punctuation (`100%`, `ho_so`) must also appear
 * literally. `searchText` is `foldVietnamese(title + ' ' + description)`.
 *
 * Indexes: the words go through a word index whatever their length
 * (SqlDialect.startsWords: FTS5 prefix queries on SQLite, word-start trigrams
 * of the stored searchWords on PostgreSQL); the literal text of a term with
 * punctuation through the trigram index of `searchText` when it has three
 * characters or more (SqlDialect.containsAll), else a LIKE.
 */
export function taskSearchCondition(
  dialect: SqlDialect,
  query: string,
): { sql: string; params: Record<string, string> } | null {
  const terms = searchTermsOf(query);
  if (terms.length === 0) return null;
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  const wordTerms: WordsTerm[] = [];
  const literals: Literal[] = [];
  terms.forEach(({ text, phrase }, i) => {
    const spaced = breakWords(text).trim();
    // The literal text, which the word check ignores the punctuation of.
    if (spaced !== text) {
      if ([...text].length >= MIN_INDEXED) literals.push({ key: String(i), text });
      else {
        conditions.push(`${SEARCH_TEXT} LIKE :literal${i} ESCAPE '\\'`);
        params[`literal${i}`] = `%${escapeLike(text)}%`;
      }
    }
    if (spaced !== '') wordTerms.push({ key: String(i), words: spaced, whole: phrase });
  });
  for (const match of [
    dialect.startsWords(SEARCH_WORDS, wordTerms, 'word'),
    dialect.containsAll(SEARCH_INDEX, literals, 'literal'),
  ]) {
    if (!match) continue;
    conditions.unshift(...match.conditions);
    Object.assign(params, match.params);
  }
  return { sql: `(${conditions.join(' AND ')})`, params };
}

/**
 * PostgreSQL's set-returning function over its copy of each task's search
 * words as lexemes: the id and the status and order columns of the tasks whose
 * words match a LexemeQuery, its indexed part and its checked part (migrations
 * TaskSearchRows, TaskSearchShortWordsChecked).
 */
export const TASK_SEARCH_MATCHES = 'task_search_matches';

/**
 * The search `query` as the tsqueries TASK_SEARCH_MATCHES takes, the same test
 * as taskSearchCondition; null where it cannot answer it (SQLite, a phrase of
 * several words, a term with punctuation: see SqlDialect.lexemeQuery), and the
 * search then reads the tasks table.
 */
export function taskSearchLexemes(dialect: SqlDialect, query: string): LexemeQuery | null {
  const terms = wordsOnlyTerms(query);
  return terms && dialect.lexemeQuery(terms);
}

/**
 * The query's terms as words to find, when none has punctuation; else null:
 * a term with punctuation is also tested literally, on the search text that
 * neither the lexemes nor the FTS5 word tables hold.
 */
function wordsOnlyTerms(query: string): WordsTerm[] | null {
  const terms = searchTermsOf(query);
  if (terms.some(({ text }) => breakWords(text).trim() !== text)) return null;
  return terms.map(({ text, phrase }, i) => ({ key: String(i), words: text, whole: phrase }));
}

/**
 * SQLite's FTS5 table of each task's search words, as `tasks_words` holds
 * them, whose rowid sorts as the list's default order: the minute of the
 * deadline (none last) in its upper 32 bits, the task's id in the lower
 * (migration TaskWordsInDeadlineOrder). Read by TaskRepository for the first
 * pages of the office's search in that order.
 */
export const TASK_WORDS_BY_DEADLINE = 'tasks_words_by_deadline';
/** SQLite's FTS5 table of each task's search words under its id, which counts a search's matches. */
export const TASK_WORDS = SEARCH_WORDS.ftsTable;

/**
 * The search `query` as the MATCH query of TASK_WORDS_BY_DEADLINE (and of
 * TASK_WORDS), the same test as taskSearchCondition; null where that query is
 * not the whole test (PostgreSQL, a phrase of several words, a term with
 * punctuation: see SqlDialect.wordsMatchQuery).
 */
export function taskSearchWordsQuery(dialect: SqlDialect, query: string): string | null {
  const terms = wordsOnlyTerms(query);
  return terms && dialect.wordsMatchQuery(terms);
}
