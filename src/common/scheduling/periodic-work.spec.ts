import { Logger } from '@nestjs/common';
import { waitFor } from '../../../test/helpers/wait-for';
import { PeriodicWork } from './periodic-work';

/** Fails its first `failures` runs, then counts the runs that succeed. */
class FlakyWork extends PeriodicWork<number> {
  protected readonly intervalMs = 60_000;
  readonly errors: Array<{ context: unknown; message: unknown }> = [];
  protected readonly logger: Pick<Logger, 'error'> = {
    error: (context: unknown, message: unknown) => void this.errors.push({ context, message }),
  };
  performed = 0;
  succeeded = 0;

  constructor(private failures: number) {
    super();
  }

  protected async perform(): Promise<number> {
    this.performed++;
    await new Promise((resolve) => setImmediate(resolve));
    if (this.failures > 0) {
      this.failures--;
      throw new Error('database is locked');
    }
    return ++this.succeeded;
  }
}

describe('PeriodicWork', () => {
  it('logs a failed run started at boot instead of leaving its rejection unhandled, and runs again after it', async () => {
    const work = new FlakyWork(1);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      work.onApplicationBootstrap();
      // Polled, not a fixed delay: on a loaded machine the run started at boot can take longer than any delay.
      await waitFor(() => work.errors.length > 0, {
        timeout: 5_000,
        interval: 5,
        message: 'the failed run to be logged',
      });
      // A rejection left unhandled would be reported just after the failed run's catch.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(work.errors).toHaveLength(1);
      expect((work.errors[0].context as { err: Error }).err.message).toBe('database is locked');
      expect(work.errors[0].message).toMatch(/runs again/);
      expect(unhandled).toEqual([]);
      // The failed run is over: the next one starts afresh and succeeds.
      await expect(work.run()).resolves.toBe(1);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await work.onModuleDestroy();
    }
  });

  it('joins the run under way rather than starting a second one', async () => {
    const work = new FlakyWork(0);
    const [first, second] = await Promise.all([work.run(), work.run()]);
    expect([first, second]).toEqual([1, 1]);
    expect(work.performed).toBe(1);
  });

  it('answers a run asked for directly with its failure', async () => {
    const work = new FlakyWork(1);
    await expect(work.run()).rejects.toThrow('database is locked');
    expect(work.errors).toEqual([]);
  });
});
