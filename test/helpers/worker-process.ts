import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { waitFor } from './wait-for';

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it logged so far. */
  output(): string;
  /** Sends a signal and resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Starts `src/worker.ts` (what `npm run worker` runs) as a real child process,
 * so that a test can send it SIGTERM. Resolves once it reports it has started.
 */
export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(
    process.execPath,
    ['-r', path.join(__dirname, 'ts-register.js'), path.join(ROOT, 'src', 'worker.ts')],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`worker exited early:\n${output}`);
      return output.includes('Worker started');
    },
    { timeout: 30_000, message: 'the worker process to start' },
  );
  return {
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
