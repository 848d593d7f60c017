import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { resolveProjectPath } from '../../src/config/app-config';
import { DEMO_PASSWORD } from '../../src/users/password-policy';
import { freePort } from '../free-port';
import { AppProcess } from './app-process';

/**
 * The web client's two figures, on the demo data over loopback, in Debian's Chromium:
 * the gzipped JavaScript the entry route (/, the dashboard) loads, against a 350 KB
 * budget, and the time from navigation to a page's data on screen, against 300 ms.
 * Needs the production build (`npm run build`) and Redis.
 *
 * Every script a first visit of / downloads is counted; those of the entry route are the
 * ones the build's manifest lists as imported, directly or not, by the entry (main.tsx) or
 * by the dashboard's route chunk. The rest are the dashboard's lazy parts (the chart), which
 * the page requests once its data is there, and are reported on their own line.
 */
export interface WebBenchResults {
  entryRouteJsGzipKb: number;
  entryRouteJsFiles: number;
  /** Scripts the page loaded on demand after its route chunk (the chart), not part of the entry route. */
  lazyJsGzipKb: number;
  lazyJsFiles: string[];
  /** Bytes on the wire for the entry route's scripts as the server sends them (brotli when accepted). */
  entryRouteJsTransferKb: number;
  timeToData: {
    page: string;
    medianMs: number;
    runsMs: number[];
    /** Medians of where the time went: scripts run (DOMContentLoaded), the session check answered, the last API answer before the data showed. */
    breakdownMs: { scriptsRun: number; signedInUser: number; lastApiAnswer: number; noticedByBench: number };
  }[];
  budgets: { entryRouteJsGzipKb: number; timeToDataMs: number };
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/** The file names (assets/…) of a manifest chunk and of everything it imports statically. */
function staticClosure(manifest: Record<string, ManifestChunk>, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

/**
 * The entry route's scripts: the entries' static imports (index.html's bundle and the small script that starts
 * the page's first requests, src/web/early-requests.ts) and the dashboard page's.
 */
function entryRouteFiles(webDir: string): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(webDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const dashboard = Object.keys(manifest).find((key) => key.endsWith('features/dashboard/dashboard-page.tsx'));
  if (!entries.includes('index.html') || !dashboard)
    throw new Error('dist/web/.vite/manifest.json lacks the entry or the dashboard page');
  const files = new Set<string>();
  for (const entry of entries) staticClosure(manifest, entry, files);
  return staticClosure(manifest, dashboard, files);
}

const RUNS = 7;
const BUDGETS = { entryRouteJsGzipKb: 350, timeToDataMs: 300 };

interface Run {
  ms: number;
  noticedMs: number;
  scriptsRun: number;
  signedInUser: number;
  lastApiAnswer: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Installed in every page before its own scripts: notes, for each of `selectors`, the time (performance.now())
 * of the first frame painted with a visible element matching it. Measured in the page because Playwright's
 * wait for an element polls at growing intervals (up to 500 ms between checks), and the round trips to read
 * the clock afterwards add their own delay: the time it reports is when the bench noticed, not when the page
 * showed the data.
 */
function watchForData(selectors: string[]): void {
  const global = globalThis as any;
  const shown: Record<string, number> = {};
  global.__dataShownAt = shown;
  const visible = (selector: string) => {
    const element = global.document.querySelector(selector);
    return element !== null && element.getClientRects().length > 0;
  };
  const check = () => {
    for (const selector of selectors) {
      if (selector in shown || !visible(selector)) continue;
      shown[selector] = Number.NaN;
      // The frame that draws it: the next animation frame, and the time once that frame is painted (a
      // message posted from the frame's callback is handled after its paint).
      global.requestAnimationFrame(() => {
        const channel = new global.MessageChannel();
        channel.port1.onmessage = () => {
          shown[selector] = global.performance.now();
        };
        channel.port2.postMessage(null);
      });
    }
    if (selectors.every((selector) => selector in shown)) observer.disconnect();
  };
  const observer = new global.MutationObserver(check);
  observer.observe(global.document, { childList: true, subtree: true, attributes: true });
}

/**
 * Milliseconds from the start of navigation until `selector` (an element that shows loaded data) is painted,
 * as the page itself saw it (watchForData); `noticedMs` is when the bench's own wait noticed it.
 */
async function timeToData(page: Page, url: string, selector: string): Promise<Run> {
  await page.goto(url);
  await page.locator(selector).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction((wanted) => Number.isFinite((globalThis as any).__dataShownAt?.[wanted]), selector);
  return page.evaluate((wanted) => {
    const performance = (globalThis as any).performance;
    const noticed = Math.round(performance.now());
    const at = Math.round((globalThis as any).__dataShownAt[wanted]);
    const [navigation] = performance.getEntriesByType('navigation');
    const api = performance
      .getEntriesByType('resource')
      .filter((entry: any) => new URL(entry.name).pathname.startsWith('/api/') && entry.responseEnd <= at);
    const me = api.find((entry: any) => new URL(entry.name).pathname === '/api/auth/me');
    return {
      ms: at,
      noticedMs: noticed,
      scriptsRun: Math.round(navigation?.domContentLoadedEventEnd ?? 0),
      signedInUser: Math.round(me?.responseEnd ?? 0),
      lastApiAnswer: Math.round(Math.max(0, ...api.map((entry: any) => entry.responseEnd))),
    };
  }, selector);
}

export async function benchWeb(): Promise<WebBenchResults> {
  if (!fs.existsSync(resolveProjectPath('dist/web/index.html')))
    throw new Error('dist/web is missing: run npm run build');
  const entryFiles = entryRouteFiles(resolveProjectPath('dist/web'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-web-bench-'));
  const env = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: `sqlite:${path.join(dir, 'demo.sqlite')}`,
    QUEUE_PREFIX: `wb${randomBytes(4).toString('hex')}`,
    OUTBOX_DIR: path.join(dir, 'outbox'),
    WORKER: 'off',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
  execFileSync(process.execPath, ['dist/scripts/seed.js'], {
    cwd: resolveProjectPath('.'),
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const port = await freePort();
  const app = new AppProcess(port, { ...env, PORT: String(port), HOST: '127.0.0.1' });
  await app.start();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    // The page's main data: a figure of the dashboard, the first row of a list.
    const ready = {
      dashboard: '.ant-statistic-content-value',
      tasks: '.ant-table-tbody tr.ant-table-row',
      session: '.ant-descriptions-item-content',
    };
    const context = await browser.newContext({ baseURL: app.baseUrl, viewport: { width: 1366, height: 900 } });
    await context.addInitScript(watchForData, Object.values(ready));
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Thư điện tử').fill('vanphong@demo.ubnd.vn');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: /Đăng xuất/ }).waitFor();

    // A fresh page without cache: every script the entry route needs, as a first visit downloads it.
    // A context of its own, signed in with the same cookies but with an empty cache.
    const coldContext = await browser.newContext({
      baseURL: app.baseUrl,
      viewport: { width: 1366, height: 900 },
      storageState: await context.storageState(),
    });
    const cold = await coldContext.newPage();
    const scripts = new Map<string, { body: Buffer; transferBytes: number }>();
    const pending: Promise<void>[] = [];
    cold.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      pending.push(
        (async () => {
          const response = await request.response();
          const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
          const sizes = await request.sizes();
          scripts.set(new URL(request.url()).pathname.replace(/^\//, ''), {
            body,
            transferBytes: sizes.responseBodySize,
          });
        })(),
      );
    });
    await cold.goto('/');
    await cold.locator('.ant-statistic-content-value').first().waitFor({ timeout: 30_000 });
    await cold.waitForLoadState('networkidle');
    await Promise.all(pending);
    const sum = (files: string[], of: (file: string) => number) => files.reduce((total, file) => total + of(file), 0);
    const gzipOf = (file: string) => gzipSync(scripts.get(file)!.body, { level: 9 }).length;
    const entryLoaded = [...scripts.keys()].filter((file) => entryFiles.has(file));
    const lazyLoaded = [...scripts.keys()].filter((file) => !entryFiles.has(file));
    await coldContext.close();

    const timeToDataRows: WebBenchResults['timeToData'] = [];
    for (const [name, url] of [
      ['dashboard', '/'],
      ['tasks', '/tasks'],
      ['session', '/sessions/1'],
    ] as const) {
      const runs: Run[] = [];
      await timeToData(page, url, ready[name]);
      for (let i = 0; i < RUNS; i++) runs.push(await timeToData(page, url, ready[name]));
      const of = (key: keyof Run) => median(runs.map((run) => run[key]));
      timeToDataRows.push({
        page: url,
        medianMs: of('ms'),
        runsMs: runs.map((run) => run.ms),
        breakdownMs: {
          scriptsRun: of('scriptsRun'),
          signedInUser: of('signedInUser'),
          lastApiAnswer: of('lastApiAnswer'),
          noticedByBench: of('noticedMs'),
        },
      });
    }
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    return {
      entryRouteJsGzipKb: kb(sum(entryLoaded, gzipOf)),
      entryRouteJsFiles: entryLoaded.length,
      lazyJsGzipKb: kb(sum(lazyLoaded, gzipOf)),
      lazyJsFiles: lazyLoaded,
      entryRouteJsTransferKb: kb(sum(entryLoaded, (file) => scripts.get(file)!.transferBytes)),
      timeToData: timeToDataRows,
      budgets: BUDGETS,
    };
  } finally {
    await browser.close();
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function renderWebReport(results: WebBenchResults): string {
  const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');
  const lines = [
    'web client (demo data, loopback, Chromium)',
    `  entry route JS, gzipped   ${results.entryRouteJsGzipKb} KB in ${results.entryRouteJsFiles} files (budget ${results.budgets.entryRouteJsGzipKb} KB) ${mark(results.entryRouteJsGzipKb < results.budgets.entryRouteJsGzipKb)}`,
    `    as sent (brotli)        ${results.entryRouteJsTransferKb} KB`,
    `  loaded later on demand    ${results.lazyJsGzipKb} KB gzipped in ${results.lazyJsFiles.length} files (${results.lazyJsFiles.join(', ') || 'none'})`,
    ...results.timeToData.map(
      (row) =>
        `  time to data ${row.page.padEnd(13)} median ${row.medianMs} ms of ${row.runsMs.length} (budget ${results.budgets.timeToDataMs} ms) ${mark(row.medianMs < results.budgets.timeToDataMs)}; scripts run at ${row.breakdownMs.scriptsRun} ms, signed-in user at ${row.breakdownMs.signedInUser} ms, last API answer at ${row.breakdownMs.lastApiAnswer} ms (noticed by the bench's wait at ${row.breakdownMs.noticedByBench} ms)`,
    ),
  ];
  return lines.join('\n');
}

if (require.main === module) {
  benchWeb()
    .then((results) => {
      console.log(renderWebReport(results));
      const out = resolveProjectPath(process.argv[2] ?? 'data/bench/web-results.json');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(results, null, 2));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
