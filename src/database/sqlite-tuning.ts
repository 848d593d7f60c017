import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The page cache and temporary storage of every connection to the app's SQLite file (see below). */
export const SQLITE_CACHE_PRAGMAS = ['PRAGMA cache_size = -16384', 'PRAGMA temp_store = MEMORY'] as const;

/** How often the query planner's statistics are refreshed while the app runs. */
const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

/**
 * Settings of the app's one SQLite connection that TypeORM's driver has no
 * option for (measured in scripts/bench/BENCHMARKS.md):
 *
 * - The default 2 MB page cache made every list and statistics query over
 *   100,000 tasks re-read most of its pages from the file. 16 MB keeps the hot
 *   pages of the task tables; the rest comes from the operating system's cache.
 *   Memory-mapped reads were tried and dropped: a full pass over the
 *   notifications put the whole file into the process's resident memory.
 * - Without statistics the planner guessed index selectivity. PRAGMA optimize
 *   gathers them at start and every hour; analysis_limit bounds the time it
 *   may take on a large table (an unbounded ANALYZE of 180,000 notifications
 *   held the connection for seconds at boot).
 */
@Injectable()
export class SqliteTuning implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SqliteTuning.name);
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    if (this.dataSource.options.type !== 'sqlite') return;
    for (const pragma of SQLITE_CACHE_PRAGMAS) await this.dataSource.query(pragma);
    await this.dataSource.query('PRAGMA analysis_limit = 1000');
    await this.optimize(0x10002);
    this.timer = setInterval(() => void this.optimize(), OPTIMIZE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async optimize(mask?: number): Promise<void> {
    try {
      await this.dataSource.query(mask === undefined ? 'PRAGMA optimize' : `PRAGMA optimize = ${mask}`);
    } catch (error) {
      this.logger.warn(`PRAGMA optimize failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
