import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as sqlite3 from 'sqlite3';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AppConfig } from '../config/app-config';
import { SQLITE_BUSY_TIMEOUT_MS } from './data-source-options';
import { KeptStatements, NamedQueryRunner } from './kept-statements';
import { SQLITE_CACHE_PRAGMAS } from './sqlite-tuning';

/** A read connection and the number of reads it is running. */
interface Reader {
  database: sqlite3.Database;
  busy: number;
}

/** Settings of each read connection: no writes, and the lock wait, page cache and temp store of the main connection. */
const READER_PRAGMAS = [
  'PRAGMA query_only = 1',
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  ...SQLITE_CACHE_PRAGMAS,
];

/**
 * Where the lists' reads run when they are not part of a transaction.
 *
 * TypeORM gives SQLite one connection, which runs one statement at a time: a
 * text search or an export held up every other request behind it, whatever the
 * number of cores, and a read made while a write transaction was open on that
 * connection saw the transaction's rows before they were committed. On SQLite
 * these reads go to read-only connections of their own (SQLITE_READERS, 2 by
 * default), the least busy first: in WAL mode they read while the writer
 * commits, each statement sees only committed data, and node-sqlite3 runs each
 * connection's statements on its own thread. They are opened on the first read,
 * so that the worker and the scripts never open them. On PostgreSQL, and with
 * SQLITE_READERS=0, TypeORM's connection (its pool on PostgreSQL) serves them.
 */
@Injectable()
export class ReadConnections implements OnApplicationShutdown {
  private readonly logger = new Logger(ReadConnections.name);
  private readers?: Promise<Reader[]>;
  private closed = false;
  private readonly kept = new KeptStatements();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Runs a read statement: in `manager`'s transaction when it has one (it must
   * see its own writes), else on a read connection. `keepPrepared`: the
   * statement's best plan does not depend on its parameters, so on PostgreSQL
   * it is kept prepared on the pool's connections (see KeptStatements).
   */
  async query<T>(
    manager: EntityManager,
    sql: string,
    parameters: unknown[],
    options: { keepPrepared?: boolean } = {},
  ): Promise<T[]> {
    if (manager.queryRunner) return manager.query<T[]>(sql, parameters);
    if (options.keepPrepared && this.config.database.keepPrepared && manager.connection.options.type === 'postgres') {
      const pool = (manager.connection.driver as PostgresDriver).master as NamedQueryRunner;
      // Sent past TypeORM's query runner: logged as it logs its own (DATABASE_LOGGING).
      if (this.config.database.logging) manager.connection.logger.logQuery(sql, parameters);
      try {
        return await this.kept.query<T>(pool, sql, parameters);
      } catch (error) {
        // As TypeORM reports a failed statement, so that callers and the error filter see one kind.
        manager.connection.logger.logQueryError(error as Error, sql, parameters);
        throw new QueryFailedError(sql, parameters, error as Error);
      }
    }
    const readers = await this.open();
    if (readers.length === 0) return manager.query<T[]>(sql, parameters);
    const reader = readers.reduce((least, next) => (next.busy < least.busy ? next : least));
    reader.busy++;
    try {
      return await new Promise<T[]>((resolve, reject) =>
        reader.database.all(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows as T[]))),
      );
    } finally {
      reader.busy--;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await closeAll((await this.readers) ?? []);
  }

  private open(): Promise<Reader[]> {
    this.readers ??= this.openReaders().catch((error: unknown) => {
      // The main connection still serves every read; say why the readers are missing.
      this.logger.warn(
        `SQLite read connections unavailable: ${error instanceof Error ? error.message : String(error)}`,
      );
      return [];
    });
    return this.readers;
  }

  private async openReaders(): Promise<Reader[]> {
    const file = this.dataSource.options.type === 'sqlite' ? this.dataSource.options.database : null;
    const count = this.config.database.readers;
    if (file === null || file === ':memory:' || count === 0) return [];
    const readers: Reader[] = [];
    try {
      for (let i = 0; i < count && !this.closed; i++) {
        const database = await new Promise<sqlite3.Database>((resolve, reject) => {
          const opened: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (error) =>
            error ? reject(error) : resolve(opened),
          );
        });
        readers.push({ database, busy: 0 });
        for (const pragma of READER_PRAGMAS) {
          await new Promise<void>((resolve, reject) =>
            database.run(pragma, (error) => (error ? reject(error) : resolve())),
          );
        }
      }
    } catch (error) {
      await closeAll(readers);
      throw error;
    }
    // Shut down while opening: nothing may stay open.
    if (this.closed) {
      await closeAll(readers);
      return [];
    }
    return readers;
  }
}

function closeAll(readers: Reader[]): Promise<void[]> {
  return Promise.all(readers.map(({ database }) => new Promise<void>((resolve) => database.close(() => resolve()))));
}
