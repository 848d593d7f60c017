import { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

/**
 * Maintenance an instance does by itself from the database, at start and then
 * on a timer (not a Bull job: it needs no Redis). A run asked for while one is
 * under way joins it; shutting down waits for the run under way.
 */
export abstract class PeriodicWork<T> implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<T>;

  protected abstract readonly intervalMs: number;

  /** One run as of `now`. */
  protected abstract perform(now: Date): Promise<T>;

  onApplicationBootstrap(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Runs once now, or joins the run under way. */
  run(now = new Date()): Promise<T> {
    this.running ??= this.perform(now).finally(() => (this.running = undefined));
    return this.running;
  }
}
