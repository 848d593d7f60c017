import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AppConfig } from '../config/app-config';

const WINDOW_MS = 60_000;
/** Password hashes one client address may have running at once; more answer 429 at once. */
export const HASHES_IN_FLIGHT_PER_ADDRESS = 4;
/** Failed attempts on one account before each further attempt is slowed down. */
export const FREE_FAILURES = 5;
/** The slow-down doubles with each failure from FIRST_DELAY_MS up to MAX_DELAY_MS. */
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** An attempt that would have to wait longer than this for its turn answers 429 instead of waiting. */
const MAX_WAIT_MS = 15_000;
/** A failure count is forgotten this long after the account's last failed attempt. */
const FAILURE_MEMORY_MS = 15 * 60_000;
/** An address an account signed in from is remembered this long, and is not slowed down for that account. */
const KNOWN_ADDRESS_MS = 30 * 86_400_000;
const MAX_ENTRIES = 100_000;

export type Admission =
  | { admitted: true; done(succeeded: boolean): void; wait: Promise<void> }
  | { admitted: false; retryAfterSeconds: number };

/**
 * The one budget of password attempts, shared by POST /api/auth/login,
 * POST /api/auth/session, the own password change and the queue dashboard's
 * Basic sign-in. Everything is counted synchronously when the attempt arrives,
 * before the password is hashed, so parallel attempts cannot slip through:
 * - per client address, LOGIN_RATE_LIMIT attempts per minute, right or wrong,
 *   and at most HASHES_IN_FLIGHT_PER_ADDRESS hashes at a time;
 * - per account, after FREE_FAILURES failures each attempt waits its turn, one
 *   second more each time (doubling, up to 30 s); attempts from an address the
 *   account signed in from before are not slowed, so guessing at a named
 *   account cannot lock its owner out.
 * Counts live in this process (several instances each give the budget).
 */
@Injectable()
export class SignInLimiter {
  private readonly limit: number;
  private readonly addresses = new Map<string, { count: number; until: number }>();
  private readonly inFlight = new Map<string, number>();
  private readonly accounts = new Map<string, { failures: number; nextAt: number; forgetAt: number }>();
  private readonly knownAddresses = new Map<string, number>();

  constructor(config: AppConfig) {
    this.limit = config.loginRateLimit;
  }

  /**
   * Counts an attempt of `account` (an e-mail, or a user id) from `address`.
   * When admitted, await `wait` (the account's slow-down), hash, then call `done`.
   */
  admit(address: string, account: string): Admission {
    const now = Date.now();
    const budget = this.addresses.get(address);
    const current = budget && budget.until > now ? budget : { count: 0, until: now + WINDOW_MS };
    if (current.count >= this.limit) return this.refused(current.until - now);
    current.count += 1;
    this.store(this.addresses, address, current);
    const running = this.inFlight.get(address) ?? 0;
    if (running >= HASHES_IN_FLIGHT_PER_ADDRESS) return this.refused(1_000);

    const accountKey = account.trim().toLowerCase();
    const known = (this.knownAddresses.get(knownKey(accountKey, address)) ?? 0) > now;
    let waitMs = 0;
    if (!known) {
      const state = this.accounts.get(accountKey);
      if (state && state.forgetAt > now && state.failures >= FREE_FAILURES) {
        const turn = Math.max(now, state.nextAt);
        waitMs = turn - now;
        if (waitMs > MAX_WAIT_MS) return this.refused(waitMs);
        state.nextAt = turn + delayAfter(state.failures);
      }
    }
    this.inFlight.set(address, running + 1);
    let finished = false;
    return {
      admitted: true,
      wait: waitMs > 0 ? new Promise((resolve) => setTimeout(resolve, waitMs)) : Promise.resolve(),
      done: (succeeded) => {
        if (finished) return;
        finished = true;
        const left = (this.inFlight.get(address) ?? 1) - 1;
        if (left > 0) this.inFlight.set(address, left);
        else this.inFlight.delete(address);
        this.record(accountKey, address, succeeded);
      },
    };
  }

  /** Runs `check` (which hashes) under the budget; null when the budget refused the attempt. */
  async attempt<T>(
    address: string,
    account: string,
    check: () => Promise<T | null>,
  ): Promise<{ limited: true; retryAfterSeconds: number } | { limited: false; result: T | null }> {
    const admission = this.admit(address, account);
    if (!admission.admitted) return { limited: true, retryAfterSeconds: admission.retryAfterSeconds };
    let result: T | null = null;
    try {
      await admission.wait;
      result = await check();
      return { limited: false, result };
    } finally {
      admission.done(result !== null);
    }
  }

  private record(account: string, address: string, succeeded: boolean): void {
    const now = Date.now();
    if (succeeded) {
      this.accounts.delete(account);
      this.store(this.knownAddresses, knownKey(account, address), now + KNOWN_ADDRESS_MS);
      return;
    }
    const state = this.accounts.get(account);
    const current = state && state.forgetAt > now ? state : { failures: 0, nextAt: now, forgetAt: 0 };
    current.failures += 1;
    current.forgetAt = now + FAILURE_MEMORY_MS;
    if (current.failures >= FREE_FAILURES)
      current.nextAt = Math.max(current.nextAt, now + delayAfter(current.failures));
    this.store(this.accounts, account, current);
  }

  private refused(ms: number): Admission {
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
  }

  private store<V>(map: Map<string, V>, key: string, value: V): void {
    if (!map.has(key) && map.size >= MAX_ENTRIES) map.clear();
    map.set(key, value);
  }
}

function delayAfter(failures: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, failures - FREE_FAILURES), MAX_DELAY_MS);
}

function knownKey(account: string, address: string): string {
  return createHash('sha256').update(`${account}\n${address}`).digest('base64url');
}
