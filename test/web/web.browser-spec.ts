import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { pdfBytes } from '../helpers/attachment-files';
import { loginAs, TEST_PASSWORD } from '../helpers/auth';
import vi from '../../src/web/locales/vi.json';
import { axeViolations, newPage, screenshot, settle, signIn, startWebWorld, type WebWorld } from './browser';

// A loaded CI machine makes every browser step slow; the flows themselves take seconds.
jest.setTimeout(600_000);

let world: WebWorld;
beforeAll(async () => {
  world = await startWebWorld();
}, 300_000);
afterAll(async () => {
  await world?.close();
});

async function statistic(page: Page, title: string): Promise<number> {
  const card = page
    .locator('.ant-statistic')
    .filter({ has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }) });
  const text = await card.locator('.ant-statistic-content').innerText();
  return Number(text.replace(/\D/g, ''));
}

/** Picks an option of an antd Select by typing, as a keyboard user does. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text);
  // The open list's highlighted option, once the typed text has filtered it (closed lists of
  // other selects keep their own highlighted option in the page, hidden).
  await page.locator('.ant-select-item-option-active:visible', { hasText: text }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** Sends a write from inside the page with the page's own credentials: the session cookie and the CSRF header. */
async function postFromPage(page: Page, url: string, body: object): Promise<number> {
  return page.evaluate(
    async ({ url, body }) => {
      const w = globalThis as any;
      const csrf = String(w.document.cookie)
        .split('; ')
        .find((c: string) => c.startsWith('ubnd_csrf='))
        ?.slice(10);
      const response = await w.fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
        },
        body: JSON.stringify(body),
      });
      return response.status as number;
    },
    { url, body },
  );
}

/** Polls until `check` holds (the page refreshes its data on its own). */
async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function taskIdByTitle(title: string): Promise<number> {
  const rows = await world.t.dataSource.query('SELECT id FROM tasks WHERE title = ?', [title]);
  return rows[0].id as number;
}

const stamp = Date.now().toString(36);
const healthTask = `Rà soát danh mục thuốc thiết yếu tại trạm y tế xã ${stamp}`;
const financeTask = `Bố trí kinh phí sửa chữa trạm y tế xã ${stamp}`;

describe('the web client in a real browser', () => {
  test('the office assigns two tasks from the demo session with the keyboard, and the dashboard counts them', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn');
    await settle(page);
    const before = await statistic(page, 'Tổng số nhiệm vụ');

    await page.getByRole('navigation').getByRole('link', { name: 'Phiên họp' }).click();
    await page.getByRole('heading', { name: 'Phiên họp', level: 1 }).waitFor();
    await page.locator('table a').first().click();
    await page.getByRole('heading', { name: 'Giao nhiệm vụ' }).waitFor();

    const deadline = new Date(Date.now() + 20 * 86_400_000);
    const dd = `${String(deadline.getDate()).padStart(2, '0')}/${String(deadline.getMonth() + 1).padStart(2, '0')}/${deadline.getFullYear()}`;
    for (const [title, unit] of [
      [healthTask, 'Sở Y tế'],
      [financeTask, 'Sở Tài chính'],
    ]) {
      await page.getByLabel('Nội dung nhiệm vụ', { exact: true }).fill(title);
      await choose(page, 'Đơn vị chủ trì', unit);
      if (title === financeTask) await choose(page, 'Đơn vị phối hợp', 'Sở Y tế');
      const due = page.getByLabel('Hạn hoàn thành', { exact: true });
      if (!(await due.inputValue())) {
        await due.click();
        await page.keyboard.type(dd);
        await page.keyboard.press('Enter');
      }
      await page.getByLabel('Nội dung nhiệm vụ', { exact: true }).press('Control+Enter');
      await page.getByRole('link', { name: title }).waitFor();
      // The title is empty and focused again for the next task, once the page's lists have been refreshed
      // (assign-tasks.tsx focuses it again then: the list's new row can show before that).
      await waitFor(() =>
        page.getByLabel('Nội dung nhiệm vụ', { exact: true }).evaluate((el) => el === el.ownerDocument.activeElement),
      );
    }
    await page.getByRole('link', { name: healthTask }).waitFor();
    await page.getByRole('link', { name: financeTask }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await settle(page);
    await waitFor(async () => (await statistic(page, 'Tổng số nhiệm vụ')) === before + 2);
    await context.close();
  });

  test('the Sở Y tế officer reports 50 % and completes the task from My unit; the office sees it done', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'syt@demo.ubnd.vn');
    await page.getByRole('navigation').getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
    await page.getByRole('link', { name: healthTask }).click();
    await page.getByRole('heading', { name: healthTask }).waitFor();

    await page.getByRole('tab', { name: 'Báo cáo tiến độ' }).click();
    await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('50');
    await page.getByLabel('Nội dung báo cáo').fill('Đã rà soát 50 % số trạm y tế xã.');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.getByText('Đã rà soát 50 % số trạm y tế xã.', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Báo cáo hoàn thành' }).click();
    const completedOn = page.getByLabel('Ngày hoàn thành thực tế');
    if (await completedOn.count()) expect(await completedOn.inputValue()).not.toBe('');
    await page.getByLabel('Kết quả thực hiện').fill('Đã hoàn thành rà soát toàn bộ trạm y tế xã.');
    // The evidence: a PDF chosen in the form, uploaded at once, then linked to the completion.
    await page
      .getByRole('tabpanel')
      .locator('input[type=file]')
      .setInputFiles({ name: 'Biên bản rà soát.pdf', mimeType: 'application/pdf', buffer: pdfBytes() });
    await page.locator('.ant-upload-list-item-done', { hasText: 'Biên bản rà soát.pdf' }).waitFor();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
    await page.getByText('Đã hoàn thành rà soát toàn bộ trạm y tế xã.', { exact: true }).waitFor();
    await page
      .locator('.ant-tag', { hasText: /Hoàn thành đúng hạn|Chờ xác nhận/ })
      .first()
      .waitFor();
    // The task's files, each a download of what was uploaded.
    const files = page.locator('.attachments-table');
    const file = files.getByRole('link', { name: 'Biên bản rà soát.pdf' });
    await file.waitFor();
    await files.getByText('Kèm báo cáo hoàn thành').waitFor();
    const [downloaded] = await Promise.all([page.waitForEvent('download'), file.click()]);
    expect(downloaded.suggestedFilename()).toBe('Biên bản rà soát.pdf');
    expect(fs.readFileSync(await downloaded.path()).equals(pdfBytes())).toBe(true);
    // The audit history: who did what, when, in words.
    const history = page.locator('.history-table');
    for (const [what, who] of [
      ['Giao nhiệm vụ', 'Chuyên viên Văn phòng UBND tỉnh'],
      ['Cập nhật tiến độ 50%: Đã rà soát 50 % số trạm y tế xã.', 'Sở Y tế'],
      ['Đính kèm tệp Biên bản rà soát.pdf', 'Sở Y tế'],
      ['Báo cáo hoàn thành', 'Sở Y tế'],
    ] as const) {
      const row = history.locator('tr', { hasText: what }).first();
      await row.waitFor();
      expect(await row.innerText()).toMatch(new RegExp(`\\d{2}/\\d{2}/\\d{4}[\\s\\S]*${who}`));
    }
    // Back on My unit, the reported task waits under its own heading until the office confirms it.
    await page.getByRole('navigation').getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
    await page
      .locator('.ant-card')
      .filter({ has: page.getByRole('heading', { name: /^Chờ xác nhận \(\d+\)$/ }) })
      .getByRole('link', { name: healthTask })
      .waitFor();
    await context.close();

    // At 360 px the history and the files are cards: nothing scrolls sideways.
    const phone = await newPage(world, 360);
    await signIn(phone.page, 'syt@demo.ubnd.vn', `/tasks/${await taskIdByTitle(healthTask)}`);
    await phone.page.locator('.history-table .row-card', { hasText: 'Giao nhiệm vụ' }).waitFor();
    await phone.page.locator('.attachments-table .row-card', { hasText: 'Biên bản rà soát.pdf' }).waitFor();
    expect(
      await phone.page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number),
    ).toBeLessThanOrEqual(360);
    await phone.context.close();

    const office = await newPage(world);
    await signIn(office.page, 'vanphong@demo.ubnd.vn', `/tasks?q=${encodeURIComponent(healthTask)}`);
    await office.page
      .locator('.ant-tag', { hasText: /Hoàn thành đúng hạn|Chờ xác nhận/ })
      .first()
      .waitFor();
    await office.context.close();
  });

  test("a unit is offered no form on another unit's task, and the server refuses it anyway", async () => {
    const { context, page } = await newPage(world);
    const [other] = await world.t.dataSource.query(
      `SELECT t.id FROM tasks t, departments d WHERE d.code = 'SYT' AND t."leadDepartmentId" <> d.id
         AND NOT EXISTS (SELECT 1 FROM task_support_departments s WHERE s."taskId" = t.id AND s."departmentId" = d.id)
       ORDER BY t.id LIMIT 1`,
    );
    await signIn(page, 'syt@demo.ubnd.vn', `/tasks/${other.id}`);
    // Not a task Sở Y tế leads or cooperates on: the server does not reveal it, the page offers nothing.
    await page.getByText('404').first().waitFor();
    expect(await page.getByRole('tab').count()).toBe(0);
    const status = await postFromPage(page, `/api/tasks/${other.id}/progress`, {
      percent: 60,
      completed: false,
      note: 'Không được phép',
    });
    expect([403, 404]).toContain(status);
    await context.close();
  });

  test('a cooperating unit is offered the note only, and the server refuses a completion from it', async () => {
    const { context, page } = await newPage(world);
    const id = await taskIdByTitle(financeTask);
    await signIn(page, 'syt@demo.ubnd.vn', `/tasks/${id}`);
    await page.getByRole('heading', { name: financeTask }).waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Ý kiến của đơn vị phối hợp']);
    const status = await postFromPage(page, `/api/tasks/${id}/progress`, {
      percent: 100,
      completed: true,
      note: 'Không được phép',
    });
    expect(status).toBe(403);
    await context.close();
  });

  test('a link from an e-mail opens the task after sign-in', async () => {
    const { context, page } = await newPage(world);
    const id = await taskIdByTitle(healthTask);
    await page.goto(`/tasks/${id}`);
    await page.waitForURL(/\/sign-in\?next=%2Ftasks%2F\d+/);
    await signIn(page, 'vanphong@demo.ubnd.vn', page.url());
    await page.waitForURL(new RegExp(`/tasks/${id}$`));
    await page.getByRole('heading', { name: healthTask }).waitFor();
    await context.close();
  });

  test('a page asks for its first data once, by its first script, and the task list sorts and pages', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn');
    const searchPath = `/tasks?q=${encodeURIComponent('Tết')}&status=overdue,in_progress&unit=2&unitRole=lead&limit=50`;
    for (const path of ['/', '/tasks', searchPath, '/sessions/1']) {
      const requests: string[] = [];
      const record = (request: { method(): string; url(): string }) => {
        if (request.method() === 'GET' && new URL(request.url()).pathname.startsWith('/api/'))
          requests.push(request.url());
      };
      page.on('request', record);
      await page.goto(path);
      await settle(page);
      page.off('request', record);
      // src/web/early-requests.ts asked for these before the bundle ran; the client adopted each of them
      // rather than asking again, which it would if an address were written differently there.
      const unadopted = await page.evaluate(() =>
        [...((globalThis as any).__ubndEarlyResponses as Map<string, unknown>).keys()].map(String),
      );
      const twice = requests.filter((url, index) => requests.indexOf(url) !== index);
      expect({ path, unadopted, twice }).toEqual({ path, unadopted: [], twice: [] });
      expect(requests.some((url) => url.endsWith('/api/auth/me'))).toBe(true);
    }

    await page.goto('/tasks?limit=5');
    const due = page.getByRole('columnheader', { name: 'Hạn hoàn thành' });
    await due.click();
    await page.waitForURL(/[?&]sort=dueAt(&|$)/);
    // The header says so once the sorted rows are drawn (the address changes first).
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Hạn hoàn thành' }).waitFor();
    await due.press('Enter');
    await page.waitForURL(/[?&]sort=-dueAt(&|$)/);
    await page.locator('th[aria-sort="descending"]', { hasText: 'Hạn hoàn thành' }).waitFor();
    await page.locator('.ant-pagination-item-2').click();
    await page.waitForURL(/[?&]page=2(&|$)/);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-dueAt');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await context.close();
  });

  test('the English switch translates the page and is remembered', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'chutich@demo.ubnd.vn');
    await page.getByLabel('Ngôn ngữ').click();
    await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Tasks' }).waitFor();
    await page.getByRole('heading', { name: 'Overview of task completion' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Overview of task completion' }).waitFor();
    await context.close();
  });

  test('a user changes their own password from the header: refusals said in Vietnamese, then only the new one signs in', async () => {
    const user = await loginAs(world.t, 'department', { fullName: 'Cán bộ đổi mật khẩu' });
    const newPassword = 'Ke-hoach-thang-12!';
    const { context, page } = await newPage(world);
    const signInWith = async (password: string) => {
      await page.goto('/');
      await page.getByLabel('Thư điện tử').fill(user.email);
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
    };
    await signInWith(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const modal = page.locator('.ant-modal');
    const field = (label: string) => modal.getByLabel(label, { exact: true });
    const submit = () => modal.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    // Checked in the page first: the repetition.
    await field('Mật khẩu hiện tại').fill(TEST_PASSWORD);
    await field('Mật khẩu mới').fill(newPassword);
    await field('Nhập lại mật khẩu mới').fill(`${newPassword}x`);
    await submit();
    await modal.getByText('Hai lần nhập mật khẩu mới không khớp.').waitFor();
    // Refused by the server, told beside its field: a well-known password, then a wrong current one.
    await field('Mật khẩu mới').fill('matkhau123');
    await field('Nhập lại mật khẩu mới').fill('matkhau123');
    await submit();
    await modal
      .getByText('Mật khẩu này quá phổ biến (hoặc là mật khẩu dùng thử). Vui lòng chọn mật khẩu khác.')
      .waitFor();
    await field('Mật khẩu hiện tại').fill('khong-phai-mat-khau');
    await field('Mật khẩu mới').fill(newPassword);
    await field('Nhập lại mật khẩu mới').fill(newPassword);
    await submit();
    await modal.getByText('Mật khẩu hiện tại không đúng.').waitFor();
    await field('Mật khẩu hiện tại').fill(TEST_PASSWORD);
    await submit();
    await page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc.').waitFor();
    await modal.waitFor({ state: 'detached' });
    // This page stays signed in (its cookies renewed); after signing out, only the new password works.
    await page.goto('/inbox');
    await page.getByRole('heading', { name: 'Việc chờ xử lý' }).waitFor();
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await signInWith(TEST_PASSWORD);
    await page.getByText('Thư điện tử hoặc mật khẩu không đúng.').waitFor();
    await signInWith(newPassword);
    await page.getByRole('button', { name: /Đăng xuất/ }).waitFor();
    await context.close();
  });

  test('the axe check reports a serious violation when a page has one', async () => {
    const { context, page } = await newPage(world);
    await page.goto('/sign-in');
    await settle(page);
    // A button with no accessible name, added to the sign-in page.
    await page
      .locator('main')
      .evaluate((main) =>
        main.append(Object.assign(main.ownerDocument.createElement('button'), { id: 'unnamed-button' })),
      );
    expect(await axeViolations(page)).toEqual([expect.stringMatching(/^button-name \(critical\):.*#unnamed-button/)]);
    await context.close();
  });

  test('every page passes the axe check and is photographed at desktop and 360 px', async () => {
    const translationKey = new RegExp(`\\b(?:${Object.keys(vi).join('|')})\\.[A-Za-z_.]+\\b`);
    const id = await taskIdByTitle(healthTask);
    const pages: [string, string, string][] = [
      ['vanphong@demo.ubnd.vn', '/', 'dashboard'],
      ['vanphong@demo.ubnd.vn', '/inbox', 'inbox'],
      ['vanphong@demo.ubnd.vn', '/tasks', 'tasks'],
      ['vanphong@demo.ubnd.vn', `/tasks/${id}`, 'task'],
      ['vanphong@demo.ubnd.vn', '/sessions', 'sessions'],
      ['vanphong@demo.ubnd.vn', '/sessions/1', 'session'],
      ['vanphong@demo.ubnd.vn', '/documents', 'documents'],
      ['vanphong@demo.ubnd.vn', '/documents/1', 'document'],
      ['vanphong@demo.ubnd.vn', '/reports', 'reports'],
      ['vanphong@demo.ubnd.vn', '/indicators', 'indicators'],
      ['vanphong@demo.ubnd.vn', '/admin/notifications', 'notifications'],
      ['vanphong@demo.ubnd.vn', '/admin/audit', 'audit'],
      ['admin@demo.ubnd.vn', '/admin/users', 'users'],
      ['admin@demo.ubnd.vn', '/admin/departments', 'departments'],
      ['syt@demo.ubnd.vn', '/my-unit', 'my-unit'],
      ['syt@demo.ubnd.vn', `/tasks/${id}`, 'task-department'],
    ];
    // Each width in a browser context of its own, both at once: axe's checks take most of the time and run in
    // each page's renderer process, one core each.
    const visitAll = async (width: number): Promise<string[]> => {
      const problems: string[] = [];
      const suffix = width < 600 ? '360' : 'desktop';
      const signInPage = await newPage(world, width);
      await signInPage.page.goto('/sign-in');
      await settle(signInPage.page);
      problems.push(...(await axeViolations(signInPage.page)).map((v) => `sign-in@${suffix}: ${v}`));
      await screenshot(signInPage.page, `sign-in-${suffix}`);
      await signInPage.context.close();
      let current = null as { email: string; page: Page; close: () => Promise<void> } | null;
      for (const [email, url, name] of pages) {
        if (current?.email !== email) {
          await current?.close();
          const opened = await newPage(world, width);
          await signIn(opened.page, email);
          current = { email, page: opened.page, close: () => opened.context.close() };
        }
        await current.page.goto(url);
        await settle(current.page);
        problems.push(...(await axeViolations(current.page)).map((v) => `${name}@${suffix}: ${v}`));
        // Nothing may scroll sideways: a clerk on a phone would not see what lies beyond the edge.
        const scrollWidth = await current.page.evaluate(
          () => (globalThis as any).document.documentElement.scrollWidth as number,
        );
        if (scrollWidth > width) problems.push(`${name}@${suffix}: the page is ${scrollWidth} px wide`);
        // A translation missing for a value the server gives (a new kind or status) shows as its key.
        const untranslated = await current.page.evaluate(
          (pattern) => (globalThis as any).document.body.innerText.match(new RegExp(pattern, 'g')) as string[] | null,
          translationKey.source,
        );
        if (untranslated) problems.push(`${name}@${suffix}: untranslated ${[...new Set(untranslated)].join(', ')}`);
        // Nor do the service's own reasons for a message not sent ("cancelled: task completed") reach the page.
        const serviceWords = await current.page.evaluate(
          () =>
            (globalThis as any).document.body.innerText.match(/\b(?:cancelled|skipped): [^\n]+/g) as string[] | null,
        );
        if (serviceWords)
          problems.push(`${name}@${suffix}: the service's words ${[...new Set(serviceWords)].join(', ')}`);
        await screenshot(current.page, `${name}-${suffix}`);
      }
      await current?.close();
      return problems;
    };
    const problems = (await Promise.all([1366, 360].map(visitAll))).flat();
    expect(problems).toEqual([]);
  }, 1_800_000);
});
