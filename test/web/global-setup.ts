import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/**
 * Builds the web client into dist/web, where the app serves it from, once for the whole browser suite rather
 * than once per file. scripts/test-all.sh has just run `npm run build`, whose client this suite and the bench
 * smoke share: it says so with WEB_CLIENT_BUILT=1.
 */
export default function globalSetup(): void {
  if (process.env.WEB_CLIENT_BUILT === '1') return;
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '-c',
      'src/web/vite.config.mts',
      '--logLevel',
      'error',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      // Jest sets NODE_ENV=test, which would build React's development runtime: the suite tests, and leaves in
      // dist/web, the build `npm run build` makes.
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
}
