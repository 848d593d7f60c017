import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { TaskChangeBus } from '../tasks/task-change-bus';

const MAX_ENTRIES = 500;

/**
 * Short-lived results of the statistics aggregates, which read every task
 * (about 100 ms at 100,000 tasks on SQLite) while a dashboard asks for the same
 * figures again and again.
 *
 * - Requests that arrive while the same aggregate is being computed share it.
 * - A result is reused for STATS_CACHE_SECONDS at most, which bounds how far
 *   the time-derived statuses (overdue, due soon), department names and
 *   writes made by another process (a second instance, the seed) can lag.
 * - Any task change committed by this process drops every result at once, so
 *   a user who has just changed a task sees it counted.
 */
@Injectable()
export class StatsCache {
  private generation = 0;
  private readonly entries = new Map<string, { generation: number; expiresAt: number; value: Promise<unknown> }>();

  constructor(
    private readonly config: AppConfig,
    bus: TaskChangeBus,
  ) {
    bus.register({
      afterCommit: () => {
        this.invalidate();
        return Promise.resolve();
      },
    });
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const ttlMs = this.config.statsCacheSeconds * 1000;
    if (ttlMs === 0) return compute();
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.generation === this.generation && entry.expiresAt > now) return entry.value as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const value = compute();
    const stored = { generation: this.generation, expiresAt: now + ttlMs, value };
    this.entries.set(key, stored);
    // A failure is answered to the requests that shared it, never kept for later ones.
    value.catch(() => {
      if (this.entries.get(key) === stored) this.entries.delete(key);
    });
    return value;
  }
}
