import { DataSource, EntityManager } from 'typeorm';
import { SqlDialect } from '../database/sql-dialect';
import { TransactionRunner } from '../database/transaction-runner';

type Write<T> = (manager: EntityManager) => Promise<T>;

interface Queued {
  work: Write<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit for the sender's small writes (claim a row, record its outcome).
 *
 * Where the database runs one write transaction at a time
 * (SqlDialect.serializesWrites: SQLite, whose transactions in this process
 * also run one after another), a
 * burst of reminders (a thousand falling due within seconds) would spend most
 * of its time queueing for its own two transactions per message. Writes that
 * arrive while a transaction is running are collected and committed together
 * in the next one. Each keeps its own result (rows affected); if the shared
 * transaction fails, each write is retried in a transaction of its own so one
 * bad write does not fail the others.
 *
 * Elsewhere (PostgreSQL) each of these writes is a single UPDATE, atomic on its
 * own, so it runs without an explicit transaction (one round trip instead of three);
 * grouping there would only make unrelated row locks wait for each other.
 */
export class BatchedWrites {
  private queued: Queued[] = [];
  private flushing = false;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dataSource: DataSource,
    private readonly dialect: SqlDialect,
  ) {}

  /** `work` must be a single statement: where writes are not grouped it runs outside a transaction. */
  run<T>(work: Write<T>): Promise<T> {
    if (!this.dialect.serializesWrites) return work(this.dataSource.manager);
    return new Promise<T>((resolve, reject) => {
      this.queued.push({ work, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queued.length > 0) {
        const batch = this.queued.splice(0);
        try {
          const results = await this.transactions.run(async (manager) => {
            const out: unknown[] = [];
            for (const item of batch) out.push(await item.work(manager));
            return out;
          });
          batch.forEach((item, i) => item.resolve(results[i]));
        } catch {
          for (const item of batch) {
            await this.transactions.run(item.work).then(item.resolve, item.reject);
          }
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
