import { createHash } from 'node:crypto';

/** What node-postgres' pool and client both offer: a query given by name, text and values. */
export interface NamedQueryRunner {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Statements kept prepared on PostgreSQL's connections, by name.
 *
 * A statement sent without a name is parsed and planned on every read: for the
 * list's page of rows by id that was 2.0 of the 3.8 ms PostgreSQL spent on it
 * (parse 0.3, plan 1.7, run 1.7, at 100,000 tasks), and 1.5 of 4.8 ms for a
 * department's page. node-postgres prepares a named statement once per
 * connection and later only binds and runs it; PostgreSQL then reuses a
 * generic plan once it costs no more than the custom ones. Only statements
 * whose best plan does not depend on their parameters' values are kept (rows by
 * id, a department's page; not a text search, whose plan depends on how common
 * its words are).
 *
 * Each connection keeps a plan per statement for its lifetime, so the number of
 * distinct texts kept is bounded (`limit`); beyond it statements are sent
 * without a name. A statement whose tables changed shape under it (a migration
 * run by another instance) fails with "cached plan must not change result
 * type": the names then change, so that every connection prepares afresh, and
 * the read is run again once.
 */
export class KeptStatements {
  private readonly names = new Map<string, string>();
  private generation = 0;

  constructor(private readonly limit = 64) {}

  async query<T>(runner: NamedQueryRunner, text: string, values: unknown[]): Promise<T[]> {
    try {
      return (await runner.query({ name: this.nameOf(text), text, values })).rows as T[];
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      this.generation++;
      this.names.clear();
      return (await runner.query({ name: this.nameOf(text), text, values })).rows as T[];
    }
  }

  /** The statement's name, or undefined (sent unnamed) when `limit` texts are kept already. */
  private nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= this.limit) return known;
    // A digest of the text: the same name on every connection, and within PostgreSQL's 63 characters.
    const name = `kept${this.generation}_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    this.names.set(text, name);
    return name;
  }
}

/** PostgreSQL's feature_not_supported error for a prepared statement whose result columns changed. */
function isStalePlan(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === '0A000' &&
    error.message.includes('cached plan must not change result type')
  );
}
