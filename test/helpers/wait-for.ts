export interface WaitOptions {
  /** Give up after this many milliseconds. */
  timeout?: number;
  /** Poll every this many milliseconds. */
  interval?: number;
  /** Says what was awaited when it times out. */
  message?: string;
}

/**
 * Polls `check` until it returns a truthy value (which is returned) or the
 * deadline passes. Errors thrown by `check` count as "not yet"; the last one is
 * reported on timeout.
 */
export async function waitFor<T>(check: () => T | Promise<T>, options: WaitOptions = {}): Promise<NonNullable<T>> {
  // Generous: the condition usually holds within a second, but a loaded 2-core CI machine can be slow.
  const timeout = options.timeout ?? 25_000;
  const interval = options.interval ?? 50;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${options.message ?? 'a condition'}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
