import { escapeLike, foldVietnamese } from '../common/text/fold-vietnamese';
import type { DatabaseKind } from '../config/app-config';

/**
 * The WHERE condition of a task search (`q`), matching any part of the folded
 * title and description, for the alias `t`.
 *
 * On SQLite the FTS5 trigram table tasks_search (migration TaskSearchIndex)
 * answers a phrase query of three characters or more from its index: a phrase
 * of consecutive trigrams is exactly a substring, and wildcards mean nothing in
 * it. Shorter queries have no trigram and scan tasks with LIKE. PostgreSQL's
 * trigram index serves the LIKE itself.
 */
export function taskSearchCondition(kind: DatabaseKind, query: string): { sql: string; params: { q: string } } | null {
  const folded = foldVietnamese(query);
  if (folded === '') return null;
  if (kind === 'sqlite' && [...folded].length >= 3) {
    return {
      sql: `"t"."id" IN (SELECT rowid FROM "tasks_search" WHERE "tasks_search" MATCH :q)`,
      params: { q: `"${folded.replace(/"/g, '""')}"` },
    };
  }
  return { sql: `"t"."searchText" LIKE :q ESCAPE '\\'`, params: { q: `%${escapeLike(folded)}%` } };
}
