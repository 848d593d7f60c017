import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { PROJECT_ROOT } from '../../src/config/app-config';

/** Reads one "Vm…" line of /proc/<pid>/status, in kB. */
export function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`${field} missing from /proc/${pid}/status`);
  return Number(match[1]);
}

/** Samples the resident set of a process and keeps the highest value seen. */
export class RssSampler {
  private timer?: NodeJS.Timeout;
  maxKb = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 50,
  ) {}

  start(): this {
    this.maxKb = procStatusKb(this.pid, 'VmRSS');
    this.timer = setInterval(() => {
      try {
        this.maxKb = Math.max(this.maxKb, procStatusKb(this.pid, 'VmRSS'));
      } catch {
        // the process ended; the caller notices elsewhere
      }
    }, this.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): number {
    clearInterval(this.timer);
    try {
      this.maxKb = Math.max(this.maxKb, procStatusKb(this.pid, 'VmRSS'));
    } catch {
      // ended
    }
    return this.maxKb;
  }
}

/**
 * The arguments `npm run start:prod` gives node (its flags and the entry file),
 * read from package.json so that the bench starts the app exactly as a deployment does.
 */
function startArguments(): string[] {
  const manifest = JSON.parse(fs.readFileSync(`${PROJECT_ROOT}/package.json`, 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = manifest.scripts['start:prod'].split(/\s+/);
  if (command !== 'node') throw new Error(`start:prod must run node directly, not "${command}"`);
  return args;
}

/**
 * The app started from its production build, as `npm run start:prod` starts it.
 * Its output is kept (last lines only) to explain a failure.
 */
export class AppProcess {
  private child?: ChildProcess;
  private readonly output: string[] = [];
  private exited?: { code: number | null; signal: NodeJS.Signals | null };
  readonly baseUrl: string;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  get pid(): number {
    if (!this.child?.pid) throw new Error('the app is not running');
    return this.child.pid;
  }

  /** Spawns the app and answers the milliseconds from spawn to the first 200 on /health. */
  async start(timeoutMs = 60_000): Promise<number> {
    // Loads fetch's machinery now, so that its first use is not counted as the app's start time.
    await probe(`${this.baseUrl}/health`);
    const started = process.hrtime.bigint();
    this.child = spawn(process.execPath, startArguments(), {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      if (this.output.length > 200) this.output.splice(0, this.output.length - 200);
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.child.once('exit', (code, signal) => (this.exited = { code, signal }));

    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited)
        throw new Error(
          `the app exited (${this.exited.code ?? this.exited.signal}) before answering:\n${this.lastOutput()}`,
        );
      if ((await probe(`${this.baseUrl}/health`)) === 200) {
        return Number(process.hrtime.bigint() - started) / 1e6;
      }
      await sleep(5);
    }
    throw new Error(`the app did not answer 200 on /health within ${timeoutMs} ms:\n${this.lastOutput()}`);
  }

  rssKb(): number {
    return procStatusKb(this.pid, 'VmRSS');
  }

  /**
   * Resets the kernel's peak-RSS mark (VmHWM) so that the next read is the peak of
   * one phase; answers false where /proc/<pid>/clear_refs is not writable.
   */
  resetPeak(): boolean {
    try {
      fs.writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  }

  peakKb(): number {
    return procStatusKb(this.pid, 'VmHWM');
  }

  lastOutput(lines = 40): string {
    return this.output.slice(-lines).join('\n');
  }

  /** Its last lines, and how it ended if it has: what a failed request to it is explained with. */
  describe(): string {
    const ended = this.exited ? `(the app ended: ${this.exited.code ?? this.exited.signal})\n` : '';
    return ended + this.lastOutput();
  }

  isRunning(): boolean {
    return this.child !== undefined && this.exited === undefined;
  }

  /** SIGTERM, then SIGKILL if the app has not ended after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await ended;
    clearTimeout(timer);
  }
}

async function probe(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
