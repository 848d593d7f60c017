import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

/**
 * Maintenance an instance does by itself from the database, at start and then
 * on a timer (not a Bull job: it needs no Redis). A run asked for while one is
 * under way joins it; shutting down waits for the run under way.
 */
export abstract class PeriodicWork<T> implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<T>;

  protected abstract readonly intervalMs: number;
  /** Where a failed run started by the timer is reported: nobody awaits it. */
  protected abstract readonly logger: Pick<Logger, 'error'>;

  /** One run as of `now`. */
  protected abstract perform(now: Date): Promise<T>;

  onApplicationBootstrap(): void {
    this.runScheduled();
    this.timer = setInterval(() => this.runScheduled(), this.intervalMs);
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

  /**
   * A run of the start or the timer. Its failure (the database unreachable for a
   * moment, a connection closed by a shutdown) is logged and the next interval
   * tries again; left unhandled, the rejection would end the whole process.
   */
  private runScheduled(): void {
    this.run().catch((error: unknown) =>
      this.logger.error({ err: error }, 'The periodic run failed; it runs again at the next interval'),
    );
  }
}
