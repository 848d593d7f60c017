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
    const result = this.queue.then(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(this.takeWriteLock);
        return work(manager);
      }),
    );
    this.queue = result.catch(() => undefined);
    return result;
  }
}
