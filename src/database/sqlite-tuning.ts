import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How often the query planner's statistics are refreshed while the app runs. */
const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

/**
 * Settings of the app's one SQLite connection that TypeORM's driver has no
 * option for. The defaults suit a small embedded database: a 2 MB page cache
 * made every list and statistics query over 100,000 tasks re-read most of its
 * pages from the file, and without statistics the planner guessed index
 * selectivity (measured in the benchmark, scripts/bench/BENCHMARKS.md).
 */
@Injectable()
export class SqliteTuning implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SqliteTuning.name);
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    if (this.dataSource.options.type !== 'sqlite') return;
    // 64 MB of page cache (negative = KiB) and reads through mmap instead of a read() per page.
    await this.dataSource.query('PRAGMA cache_size = -65536');
    await this.dataSource.query('PRAGMA mmap_size = 268435456');
    await this.dataSource.query('PRAGMA temp_store = MEMORY');
    // Gathers planner statistics for tables that lack them or have changed a lot; cheap when nothing did.
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
