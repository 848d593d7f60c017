import AxeBuilder from '@axe-core/playwright';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request } from 'playwright-core';
import { createTestApp, type TestApp } from '../helpers/create-test-app';
import { runSeed } from '../helpers/run-seed';
import { createTestDatabase } from '../helpers/test-database';

export const ROOT = path.join(__dirname, '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'data', 'screenshots');
export const DEMO_PASSWORD = 'Demo@2024!ubnd';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface WebWorld {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The demo data in a scratch database, the app listening on a free loopback port, and Chromium. */
export async function startWebWorld(): Promise<WebWorld> {
  const database = await createTestDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-web-'));
  await runSeed(database, dir);
  // The suite signs in some twenty times a minute from one address when the machine is fast; the limiter of
  // sign-ins per client (LOGIN_RATE_LIMIT, 10 a minute by default) is tested on its own (sign-in-attacks).
  const t = await createTestApp({ database, as: null, env: { LOGIN_RATE_LIMIT: '1000' } });
  const app: NestFastifyApplication = t.app;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // Playwright starts Chromium on a fresh temporary profile (--user-data-dir) and removes it on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
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
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await t.close();
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a page of the running test went through, kept to say what it showed if the test fails. */
interface PageLog {
  /** The API requests sent and not yet answered, with when they were sent. */
  pending: Map<Request, number>;
  /** Answers of 400 and above, requests that failed, and errors thrown in the page: the latest 30. */
  problems: string[];
}

const openPages = new Map<Page, PageLog>();

function watch(page: Page): void {
  const log: PageLog = { pending: new Map(), problems: [] };
  const note = (line: string) => {
    log.problems.push(`${new Date().toISOString()} ${line}`);
    if (log.problems.length > 30) log.problems.shift();
  };
  const isApi = (request: Request) => new URL(request.url()).pathname.startsWith('/api/');
  page.on('request', (request) => {
    if (isApi(request)) log.pending.set(request, Date.now());
  });
  page.on('requestfinished', (request) => log.pending.delete(request));
  page.on('requestfailed', (request) => {
    log.pending.delete(request);
    note(`${request.method()} ${request.url()} failed: ${request.failure()?.errorText ?? 'no answer'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) note(`${response.request().method()} ${response.url()} → ${response.status()}`);
  });
  page.on('pageerror', (error) => note(`error in the page: ${error.message}`));
  page.on('close', () => openPages.delete(page));
  openPages.set(page, log);
}

export async function newPage(world: WebWorld, width = 1366): Promise<{ context: BrowserContext; page: Page }> {
  const context = await world.browser.newContext({
    baseURL: world.baseUrl,
    viewport: { width, height: width < 600 ? 760 : 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  watch(page);
  return { context, page };
}

/**
 * After a failed test: a screenshot of each page it left open (data/screenshots/failed/), and on stderr what
 * each showed and went through, the alerts and messages on it, the API requests unanswered and the errors;
 * then their contexts are closed, so that the next test starts with none.
 */
export async function keepFailedPages(testName: string): Promise<void> {
  const dir = path.join(SCREENSHOTS, 'failed');
  fs.mkdirSync(dir, { recursive: true });
  const slug = testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
  let index = 0;
  for (const [page, log] of [...openPages]) {
    index++;
    const file = path.join(dir, `${slug}-${index}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: 30_000 }).catch(() => undefined);
    const shown = await page
      .locator('[role="alert"], .ant-message-notice, .ant-notification-notice, .ant-modal-title')
      .allInnerTexts()
      .catch(() => []);
    const now = Date.now();
    const lines = [
      `page ${index} of "${testName}" at ${page.url()} (screenshot ${path.relative(ROOT, file)})`,
      ...shown.map((text) => `  shows: ${text.replace(/\s+/g, ' ').trim()}`),
      ...[...log.pending].map(
        ([request, sent]) => `  unanswered after ${now - sent} ms: ${request.method()} ${request.url()}`,
      ),
      ...log.problems.map((line) => `  ${line}`),
    ];
    process.stderr.write(`${lines.join('\n')}\n`);
    await page
      .context()
      .close()
      .catch(() => undefined);
  }
}

/** Signs in through the sign-in form; `path` is where to start (a protected page sends to sign-in first). */
export async function signIn(page: Page, email: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: /Đăng xuất/ }).waitFor();
}

/** Serious or critical accessibility violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are collected (axe otherwise builds a selector for every node each rule passed), and axe runs
  // in the page itself rather than frame by frame and again in a blank page: the client has no frames to reach.
  // The 28 checks of the page tour took 95 s of axe's time instead of 171 s.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage, timeout: 60_000 });
}

/**
 * Waits until a dialog that just opened has finished its opening motion: a click on one of its buttons while it still
 * zooms in can be lost (its confirmation then never happens), the more so on a loaded machine.
 */
export async function opened(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await dialog.evaluate((element) =>
    Promise.all(
      (element as unknown as Animated)
        .getAnimations({ subtree: true })
        .filter((motion) => motion.effect?.getComputedTiming().iterations !== Infinity)
        .map((motion) => motion.finished.catch(() => undefined)),
    ),
  );
}

/** The part of the page's Web Animations API `opened` reads (the test code is compiled without the DOM's types). */
interface Animated {
  getAnimations(options: { subtree: boolean }): Array<{
    effect: { getComputedTiming(): { iterations?: number } } | null;
    finished: Promise<unknown>;
  }>;
}

/** Waits until no request is in flight and spinners are gone, so a screenshot or axe sees the data. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}
