import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a unit of work in one database transaction.
 *
 * TypeORM's SQLite driver has a single connection per data source and turns a
 * second concurrent `transaction()` into a savepoint of the first, so one
 * request's rollback could undo another's writes. On SQLite transactions are
 * therefore queued one after another in this process; on PostgreSQL each gets
 * its own pooled connection.
 */
/** As long as the busy timeout of the SQLite connection (see data-source-options.ts). */
const SQLITE_LOCK_WAIT_MS = 10_000;

interface SqliteHandle {
  run(sql: string, callback: (error: Error | null) => void): void;
}

function isBusy(error: unknown): boolean {
  return /SQLITE_BUSY/.test((error as { message?: string })?.message ?? '');
}

@Injectable()
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Another process (a worker, a second instance) may write to the same SQLite
   * file. A transaction that reads and then writes fails at once with
   * SQLITE_BUSY if another connection wrote in between, whereas one that starts
   * by writing waits for the lock (busy timeout). So each transaction starts
   * with a write that changes nothing, the equivalent of BEGIN IMMEDIATE.
   */
  private readonly takeWriteLock: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    const table = dataSource.options.migrationsTableName ?? 'migrations';
    this.takeWriteLock = `UPDATE "${table}" SET "id" = "id" WHERE 0`;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'sqlite') {
      return this.dataSource.transaction(work);
    }
    const result = this.queue.then(() => this.runOnSqlite(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * SQLite answers SQLITE_BUSY at once, without waiting, when this connection
   * still reads an older snapshot (a query outside the transaction is in flight)
   * and another process has committed since. Nothing has been done at that
   * point, so the transaction is simply started again a moment later.
   */
  private async runOnSqlite<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const giveUpAt = Date.now() + SQLITE_LOCK_WAIT_MS;
    for (let attempt = 1; ; attempt += 1) {
      let locked = false;
      try {
        return await this.dataSource.transaction(async (manager) => {
          // Straight to the sqlite3 handle: an expected SQLITE_BUSY here is retried, not logged as a failed query.
          const connection = (await manager.queryRunner!.connect()) as SqliteHandle;
          await new Promise<void>((resolve, reject) =>
            connection.run(this.takeWriteLock, (error) => (error ? reject(error) : resolve())),
          );
          locked = true;
          return work(manager);
        });
      } catch (error) {
        if (locked || !isBusy(error) || Date.now() > giveUpAt) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt, 10)));
      }
    }
  }
}
