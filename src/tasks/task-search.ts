import { escapeLike, foldVietnamese } from '../common/text/fold-vietnamese';
import type { DatabaseKind } from '../config/app-config';

/**
 * The WHERE condition of a task search (`q`), matching any part of the folded
 * title and description, for the alias `t`.
 *
 * On SQLite the FTS5 trigram table tasks_search (migration TaskSearchIndex)
 * answers a LIKE from its index, but only without an ESCAPE clause; a query
 * that contains a LIKE wildcard or is shorter than a trigram therefore scans
 * tasks as before. PostgreSQL uses its trigram index for either form.
 */
export function taskSearchCondition(kind: DatabaseKind, query: string): { sql: string; params: { q: string } } | null {
  const folded = foldVietnamese(query);
  if (folded === '') return null;
  if (kind === 'sqlite' && folded.length >= 3 && !/[\\%_]/.test(folded)) {
    return { sql: `"t"."id" IN (SELECT rowid FROM "tasks_search" WHERE "tasks_search"."searchText" LIKE :q)`, params: { q: `%${folded}%` } };
  }
  return { sql: `"t"."searchText" LIKE :q ESCAPE '\\'`, params: { q: `%${escapeLike(folded)}%` } };
}
