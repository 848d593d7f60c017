import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { createDocument } from '../factories/document.factory';
import { createSession } from '../factories/session.factory';
import { NotificationReason } from '../../src/notifications/notification-reasons';
import vi from '../../src/web/locales/vi.json';
import { loginAs } from '../helpers/auth';
import {
  axeViolations,
  DEMO_PASSWORD,
  newPage,
  opened,
  screenshot,
  settle,
  signIn,
  startWebWorld,
  type WebWorld,
} from './browser';

// A loaded CI machine makes every browser step slow; the flows themselves take seconds.
jest.setTimeout(600_000);

let world: WebWorld;
beforeAll(async () => {
  world = await startWebWorld();
}, 300_000);
afterAll(async () => {
  await world?.close();
});

/** Sends a request from inside the page with the page's own credentials: the session cookie and the CSRF header. */
async function sendFromPage(
  page: Page,
  method: string,
  url: string,
  body?: object,
): Promise<{ status: number; json: any }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const w = globalThis as any;
      const csrf = String(w.document.cookie)
        .split('; ')
        .find((c: string) => c.startsWith('ubnd_csrf='))
        ?.slice(10);
      const response = await w.fetch(url, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      return { status: response.status as number, json: text ? JSON.parse(text) : null };
    },
    { method, url, body },
  );
}

/**
 * Picks an option of a searchable select by typing it, as a clerk at the keyboard does, and waits until the select
 * shows it: a click on an option still opening under load can miss.
 */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(option);
  await page.locator('.ant-select-item-option-active:visible', { hasText: option }).first().waitFor();
  await page.keyboard.press('Enter');
  await page
    .locator('.ant-select')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .filter({ hasText: option })
    .waitFor();
}

async function departmentId(code: string): Promise<number> {
  const rows = await world.t.dataSource.query('SELECT id FROM departments WHERE code = ?', [code]);
  return rows[0].id as number;
}

/** The task as the API gives it to the signed-in user of `page`. */
async function taskOf(page: Page, id: number): Promise<{ status: string; confirmedAt: string | null }> {
  const response = await sendFromPage(page, 'GET', `/api/tasks/${id}`);
  expect(response.status).toBe(200);
  return response.json;
}

/** Waits for `page` to download what clicking `trigger` links to; its content type and bytes. */
async function download(
  page: Page,
  click: () => Promise<void>,
  url: RegExp,
): Promise<{ type: string; body: Buffer; name: string }> {
  const [response, file] = await Promise.all([
    page.waitForResponse((r) => url.test(r.url())),
    page.waitForEvent('download'),
    click(),
  ]);
  const path = await file.path();
  return {
    type: response.headers()['content-type'] ?? '',
    body: fs.readFileSync(path),
    name: file.suggestedFilename(),
  };
}

const stamp = Date.now().toString(36);

describe('the office in a real browser', () => {
  test('pastes the conclusion of the demo session, fixes a unit in the drafts and creates them all', async () => {
    const [session] = await world.t.dataSource.query('SELECT id, conclusion FROM meeting_sessions ORDER BY id LIMIT 1');
    const conclusion = String(session.conclusion);
    expect(conclusion.length).toBeGreaterThan(200);
    const before = Number(
      (await world.t.dataSource.query('SELECT COUNT(*) AS n FROM tasks WHERE "sessionId" = ?', [session.id]))[0].n,
    );

    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', `/sessions/${session.id}`);
    await page.getByRole('heading', { name: 'Dán kết luận' }).waitFor();
    await page.getByLabel('Nội dung kết luận').fill(conclusion);
    // The drafts as the server gives them to the page, to compare what is saved with.
    const drafted = page.waitForResponse((r) => r.url().endsWith(`/api/sessions/${session.id}/draft-tasks`));
    await page.getByRole('button', { name: 'Tách nhiệm vụ' }).click();
    const drafts = (await (await drafted).json()).items as Array<{ description: string; groupKeys: string[] }>;

    // The drafts table: one row per directive, each with its title field.
    const firstTitle = page.getByLabel('Nội dung nhiệm vụ 1', { exact: true });
    await firstTitle.waitFor();
    const rows = await page.locator('textarea[aria-label^="Nội dung nhiệm vụ "]').count();
    expect(rows).toBeGreaterThanOrEqual(3);

    // The office corrects the first draft: its own wording and Sở Tài chính as the lead unit.
    const fixedTitle = `${(await firstTitle.inputValue()).trim()} (${stamp})`;
    await firstTitle.fill(fixedTitle);
    const lead = page.getByLabel('Đơn vị chủ trì 1', { exact: true });
    await lead.click();
    await page.keyboard.type('Sở Tài chính');
    await page.locator('.ant-select-item-option-active:visible', { hasText: 'Sở Tài chính' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    // The leader in charge, typed without diacritics as on a keyboard without Telex.
    await page.getByLabel('Lãnh đạo chỉ đạo 1', { exact: true }).click();
    await page.keyboard.type('pho chu tich');
    await page.locator('.ant-select-item-option-active:visible', { hasText: 'Phó Chủ tịch' }).first().waitFor();
    await page.keyboard.press('Enter');
    // The conclusion assigns its items to "các sở, ban, ngành, địa phương" as a whole: the office adds the
    // units of a group to the first task's cooperating units, and only then are they added.
    expect(drafts[0].groupKeys.length).toBeGreaterThan(0);
    const addGroup = page.getByRole('button', { name: /^Thêm \d+ đơn vị của .* vào phối hợp 1$/ }).first();
    const groupSize = Number(/Thêm (\d+) đơn vị/.exec((await addGroup.textContent()) ?? '')?.[1]);
    expect(groupSize).toBeGreaterThan(1);
    const addGroupName = (await addGroup.getAttribute('aria-label'))!;
    await addGroup.click();
    await page.getByRole('button', { name: addGroupName, exact: true }).waitFor({ state: 'detached' });
    // Drafts the text named no lead unit for are marked, and the button stays disabled until each has one.
    const missing: number[] = [];
    for (let i = 2; i <= rows; i++) {
      const select = page
        .locator('.ant-select')
        .filter({ has: page.getByLabel(`Đơn vị chủ trì ${i}`, { exact: true }) });
      if ((await select.getAttribute('class'))?.includes('ant-select-status-error')) missing.push(i);
    }
    if (missing.length) {
      expect(await page.getByRole('button', { name: `Giao ${rows} nhiệm vụ` }).isDisabled()).toBe(true);
      await page.getByText('Mỗi nhiệm vụ cần có nội dung và đơn vị chủ trì.').waitFor();
    }
    for (const i of missing) {
      await page.getByLabel(`Đơn vị chủ trì ${i}`, { exact: true }).click();
      await page.keyboard.type('so ke hoach');
      await page.locator('.ant-select-item-option-active:visible', { hasText: 'Sở Kế hoạch' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
    }
    // Every column of the drafts in view on a laptop's 1,366 px: nothing the office checks is scrolled out of sight.
    const draftsTable = page.locator('.ant-table-content').filter({ has: firstTitle });
    const [scrollWidth, clientWidth] = await draftsTable.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await screenshot(page, 'session-drafts');

    await page.getByRole('button', { name: `Giao ${rows} nhiệm vụ` }).click();
    await page.getByText(`Đã giao ${rows} nhiệm vụ.`).waitFor();
    // The drafts are gone and the new tasks are listed among the session's tasks.
    await page.getByLabel('Nội dung nhiệm vụ 1', { exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: fixedTitle }).waitFor();
    await page.getByRole('heading', { name: `Nhiệm vụ được giao (${before + rows})` }).waitFor();

    const [created] = await world.t.dataSource.query(
      'SELECT t.id, "leadDepartmentId" AS lead, "sessionId" AS session, description, u."leaderTitle" AS leader' +
        ' FROM tasks t LEFT JOIN users u ON u.id = t."leaderId" WHERE title = ?',
      [fixedTitle],
    );
    // The directive's own text is kept as the description, whatever the office made of the title.
    expect(created).toMatchObject({
      lead: await departmentId('STC'),
      session: session.id,
      description: drafts[0].description.trim(),
      leader: 'vice_chairman',
    });
    const [support] = await world.t.dataSource.query(
      'SELECT COUNT(*) AS n FROM task_support_departments WHERE "taskId" = ?',
      [created.id],
    );
    expect(Number(support.n)).toBeGreaterThanOrEqual(groupSize);
    const after = Number(
      (await world.t.dataSource.query('SELECT COUNT(*) AS n FROM tasks WHERE "sessionId" = ?', [session.id]))[0].n,
    );
    expect(after).toBe(before + rows);
    await context.close();
  });

  /** A letter's items: one dated a year before the letter, one dated, one done once with no date, one ongoing. */
  const DATED_LETTER_ITEMS = [
    '1. Sở Xây dựng hoàn thành xây dựng lại nhà ở cho các hộ bị mất nhà trước ngày 15-1-2025.',
    '2. Sở Tài chính bố trí kinh phí hỗ trợ trước ngày 10/01/2026.',
    '3. Sở Y tế xây dựng kế hoạch kiểm tra các cơ sở y tế.',
    '4. Công an tỉnh tăng cường tuần tra, kiểm soát.',
    '5. Sở Tài chính định kỳ hằng tuần báo cáo tiến độ giải ngân.',
  ].join('\n');

  test('marks a drafted deadline dated before its own document, a slip of the year the office checks, and undated work done once', async () => {
    const letter = await createDocument(world.t, {
      kind: 'official_letter',
      number: `01/CĐ-UBND-${stamp}`,
      issuedOn: '2026-01-02',
      sessionId: null,
    });
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', `/documents/${letter.id}`);
    await page.getByLabel('Nội dung văn bản').fill('Chủ tịch UBND tỉnh yêu cầu:\n' + DATED_LETTER_ITEMS);
    await page.getByRole('button', { name: 'Tách nhiệm vụ' }).click();
    await page.getByLabel('Nội dung nhiệm vụ 2', { exact: true }).waitFor();
    const notes = page.getByText('Trước ngày 02/01/2026 của văn bản: kiểm tra lại năm của thời hạn.');
    await expect(notes.count()).resolves.toBe(1);
    const dueOf = (n: number) => page.locator('.ant-picker').filter({ has: page.getByLabel(`Hạn hoàn thành ${n}`) });
    expect(await dueOf(1).getAttribute('class')).toContain('ant-picker-status-warning');
    expect(await dueOf(2).getAttribute('class')).not.toContain('ant-picker-status-warning');
    // Undated work done once asks for a date; undated ongoing work is left standing.
    expect(await dueOf(3).getAttribute('class')).toContain('ant-picker-status-warning');
    expect(await dueOf(4).getAttribute('class')).not.toContain('ant-picker-status-warning');
    const dateWanted = page.getByText('Văn bản chưa ghi ngày hạn: chọn thời hạn', { exact: false });
    await expect(dateWanted.count()).resolves.toBe(1);
    await expect(page.getByText('Để trống: nhiệm vụ thường xuyên').count()).resolves.toBe(1);
    // A weekly report the text gives no day for: the office picks the weekday before the drafts can be created.
    const noDay = page.getByText('Mỗi nhiệm vụ cần có nội dung, đơn vị chủ trì và, với nhiệm vụ định kỳ', {
      exact: false,
    });
    await noDay.waitFor();
    expect(await page.getByRole('button', { name: 'Giao 5 nhiệm vụ' }).isDisabled()).toBe(true);
    await screenshot(page, 'document-drafts-dates');
    await pick(page, 'Lặp lại 5: chọn ngày đến hạn của mỗi kỳ', 'thứ Sáu');
    await noDay.waitFor({ state: 'detached' });
    // Corrected to the year meant, the note goes.
    await page.getByLabel('Hạn hoàn thành 1', { exact: true }).fill('15/01/2026');
    await page.keyboard.press('Enter');
    await notes.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Giao 5 nhiệm vụ' }).click();
    await page.getByText('Đã giao 5 nhiệm vụ.').waitFor();
    const [weekly] = await world.t.dataSource.query(
      'SELECT kind, recurrence FROM tasks WHERE "documentId" = ? AND title = ?',
      [letter.id, 'Báo cáo tiến độ giải ngân'],
    );
    expect({ ...weekly, recurrence: JSON.parse(weekly.recurrence) }).toEqual({
      kind: 'recurring',
      recurrence: { every: 'week', day: 5, until: null },
    });
    await context.close();

    // On a phone the drafts are cards, each with its fields and notes, and the page does not scroll sideways.
    const phone = await newPage(world, 360);
    await signIn(phone.page, 'vanphong@demo.ubnd.vn', `/documents/${letter.id}`);
    await phone.page.getByLabel('Nội dung văn bản').fill('Chủ tịch UBND tỉnh yêu cầu:\n' + DATED_LETTER_ITEMS);
    await phone.page.getByRole('button', { name: 'Tách nhiệm vụ' }).click();
    await phone.page.getByLabel('Nội dung nhiệm vụ 5', { exact: true }).waitFor();
    await phone.page.getByText('Văn bản chưa ghi ngày hạn: chọn thời hạn', { exact: false }).waitFor();
    for (const label of ['Đơn vị chủ trì 4', 'Hạn hoàn thành 4'])
      await phone.page.getByLabel(label, { exact: true }).waitFor();
    expect(
      await phone.page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number),
    ).toBeLessThanOrEqual(360);
    await screenshot(phone.page, 'document-drafts-phone');
    await phone.context.close();
  });

  test('confirms one completion and returns another, with the reason, to the unit', async () => {
    const office = await newPage(world);
    await signIn(office.page, 'vanphong@demo.ubnd.vn');
    const [document] = await world.t.dataSource.query('SELECT id FROM documents ORDER BY id LIMIT 1');
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const ids: number[] = [];
    for (const title of [
      `Báo cáo kết quả tiêm chủng mở rộng ${stamp}`,
      `Kiểm tra an toàn thực phẩm dịp Tết ${stamp}`,
    ]) {
      const created = await sendFromPage(office.page, 'POST', '/api/tasks', {
        title,
        documentId: document.id,
        leadDepartmentId: await departmentId('SYT'),
        dueDate: due,
      });
      expect(created.status).toBe(201);
      ids.push(created.json.id);
    }

    const unit = await newPage(world);
    await signIn(unit.page, 'syt@demo.ubnd.vn');
    for (const id of ids) {
      const completed = await sendFromPage(unit.page, 'POST', `/api/tasks/${id}/progress`, {
        percent: 100,
        completed: true,
        note: 'Đã hoàn thành.',
        result: 'Đã hoàn thành theo kế hoạch.',
      });
      expect(completed.status).toBe(201);
    }
    await unit.context.close();
    for (const id of ids) expect((await taskOf(office.page, id)).status).toBe('awaiting_confirmation');

    const [confirmId, returnId] = ids;
    await office.page.goto(`/tasks/${confirmId}`);
    await office.page.getByRole('tab', { name: 'Xác nhận hoàn thành' }).click();
    await office.page.getByRole('tabpanel').getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
    await office.page.locator('.ant-tag', { hasText: 'Hoàn thành đúng hạn' }).first().waitFor();
    // Nothing is left to do on a confirmed task: its forms are gone.
    await office.page.getByRole('tab', { name: 'Trả lại' }).waitFor({ state: 'detached' });
    expect(await taskOf(office.page, confirmId)).toMatchObject({
      status: 'done_on_time',
      confirmedAt: expect.anything(),
    });

    await office.page.goto(`/tasks/${returnId}`);
    await office.page.getByRole('tab', { name: 'Trả lại' }).click();
    // The reason is required: the form says so next to the field and sends nothing.
    await office.page.getByRole('tabpanel').getByRole('button', { name: 'Trả lại' }).click();
    await office.page.locator('.ant-form-item-explain-error', { hasText: 'Vui lòng nhập lý do trả lại.' }).waitFor();
    expect((await taskOf(office.page, returnId)).status).toBe('awaiting_confirmation');
    await office.page.getByLabel('Lý do trả lại').fill('Chưa kèm biên bản kiểm tra của các đoàn.');
    await office.page.getByRole('tabpanel').getByRole('button', { name: 'Trả lại' }).click();
    await office.page
      .locator('.ant-tag', { hasText: /Đang thực hiện/ })
      .first()
      .waitFor();
    const reopened = await taskOf(office.page, returnId);
    expect(['in_progress', 'due_soon']).toContain(reopened.status);
    expect(reopened.confirmedAt).toBeNull();
    await office.context.close();
  });

  test('keeps what the office typed when someone else changed the task first, then saves it', async () => {
    const office = await newPage(world);
    await signIn(office.page, 'vanphong@demo.ubnd.vn');
    const [document] = await world.t.dataSource.query('SELECT id FROM documents ORDER BY id LIMIT 1');
    const created = await sendFromPage(office.page, 'POST', '/api/tasks', {
      title: `Rà soát hồ sơ đất đai tồn đọng ${stamp}`,
      documentId: document.id,
      leadDepartmentId: await departmentId('STNMT'),
      dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    });
    expect(created.status).toBe(201);
    const id = created.json.id as number;

    await office.page.goto(`/tasks/${id}`);
    await office.page.getByRole('tab', { name: 'Điều chỉnh nhiệm vụ' }).click();
    const title = office.page.getByRole('tabpanel').getByLabel('Nội dung nhiệm vụ');
    const typed = `Rà soát, xử lý dứt điểm hồ sơ đất đai tồn đọng ${stamp}`;
    await title.fill(typed);
    // Meanwhile another officer renames the task.
    const other = await sendFromPage(office.page, 'PATCH', `/api/tasks/${id}`, {
      version: created.json.version,
      title: `Rà soát hồ sơ đất đai ${stamp} (bản của người khác)`,
    });
    expect(other.status).toBe(200);

    await office.page.getByRole('tabpanel').getByRole('button', { name: 'Lưu' }).click();
    const alert = office.page.getByRole('alert').filter({ hasText: 'Nhiệm vụ vừa được người khác thay đổi' });
    await alert.waitFor();
    await alert.getByText('(bản của người khác)').waitFor();
    // The form is still open on the same tab, with what was typed.
    expect(await office.page.getByRole('tab', { name: 'Điều chỉnh nhiệm vụ' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await title.inputValue()).toBe(typed);
    await screenshot(office.page, 'task-conflict-desktop');

    await office.page.getByRole('tabpanel').getByRole('button', { name: 'Lưu' }).click();
    await office.page.getByRole('heading', { name: typed }).waitFor();
    await alert.waitFor({ state: 'detached' });
    const saved = await sendFromPage(office.page, 'GET', `/api/tasks/${id}`);
    expect(saved.json.title).toBe(typed);
    await office.context.close();
  });

  test('downloads the task list as CSV, the conclusion notice as Word and the period report as Excel', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/tasks');
    await settle(page);
    const csv = await download(page, () => page.getByRole('link', { name: 'Xuất CSV' }).click(), /\/api\/tasks\.csv/);
    expect(csv.type).toMatch(/^text\/csv/);
    const text = csv.body.toString('utf8');
    expect(text.split('\n')[0]).toContain('Mã nhiệm vụ,Nhiệm vụ');
    expect(text.trim().split('\n').length).toBeGreaterThan(5);

    await page.goto('/sessions/1');
    await settle(page);
    const word = await download(
      page,
      () => page.getByRole('link', { name: 'Dự thảo thông báo kết luận (Word)' }).click(),
      /conclusion-notice\.docx/,
    );
    expect(word.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // Saved under the name the server gives it, not the address's last segment.
    expect(word.name).toMatch(/^thong-bao-ket-luan-phien-hop-1-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(word.body.subarray(0, 2).toString()).toBe('PK');
    expect(word.body.length).toBeGreaterThan(2000);

    await page.goto('/reports');
    await settle(page);
    const excel = await download(
      page,
      () => page.getByRole('link', { name: 'Xuất Excel' }).first().click(),
      /period\.xlsx/,
    );
    expect(excel.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(excel.body.subarray(0, 2).toString()).toBe('PK');
    expect(excel.body.length).toBeGreaterThan(2000);
    await context.close();
  });

  test('reads a period report whose figures add up to the total, for the province and for each unit', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/reports');
    await settle(page);
    const cards = await page
      .locator('.ant-statistic')
      .evaluateAll((elements) =>
        elements.map((e) => [
          e.querySelector('.ant-statistic-title')?.textContent ?? '',
          e.querySelector('.ant-statistic-content-value')?.textContent ?? '',
        ]),
      );
    const count = (text: string) => Number(text.replace(/\./g, ''));
    const [total, ...groups] = cards.slice(0, 8);
    expect(total[0]).toBe('Tổng số nhiệm vụ');
    expect(groups.map(([title]) => title)).toEqual([
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Chờ xác nhận',
      'Chưa hoàn thành trong hạn',
      'Chưa hoàn thành quá hạn',
      'Thường xuyên',
      'Dừng thực hiện',
    ]);
    expect(count(total[1])).toBeGreaterThan(0);
    expect(groups.reduce((sum, [, value]) => sum + count(value), 0)).toBe(count(total[1]));
    // Each unit's row: the total, then its seven groups, in the same order.
    const rows = await page
      .locator('.units-table tbody tr.ant-table-row')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.length).toBeGreaterThan(0);
    for (const cells of rows) {
      const [unitTotal, ...unitGroups] = cells.slice(2, 10).map(count);
      expect(unitGroups.reduce((sum, n) => sum + n, 0)).toBe(unitTotal);
    }
    await context.close();
  });

  test('freezes an ended month from the period report, and again only with a reason; a unit cannot', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/reports?kind=month&year=2025&number=3');
    await settle(page);
    const modal = page.locator('.ant-modal');
    await page.getByRole('button', { name: 'Chốt báo cáo' }).click();
    await modal.getByText('Số liệu của kỳ 15/02/2025 – 14/03/2025 được lưu như hiện nay').waitFor();
    await modal.getByRole('button', { name: 'Chốt báo cáo' }).click();
    const frozenRow = (code: string) => page.locator('.ant-table-row').filter({ hasText: code });
    await frozenRow('BC-2025-03').getByText('15/02/2025 – 14/03/2025').waitFor();
    // The list may show the new row while the dialog is still closing, its button already named for freezing again.
    await modal.waitFor({ state: 'hidden' });

    // Frozen before: freezing again is a new revision and asks why.
    await page.getByRole('button', { name: 'Chốt lại báo cáo' }).click();
    await modal.getByText(/Kỳ này đã được chốt \(BC-2025-03, lúc/).waitFor();
    await modal.getByRole('button', { name: 'Chốt lại báo cáo' }).click();
    await modal.getByText('Vui lòng nhập lý do chốt lại.').waitFor();
    const reason = 'Sở Y tế báo cáo bổ sung kết quả sau ngày chốt';
    await modal.getByLabel('Lý do chốt lại').fill(reason);
    await modal.getByRole('button', { name: 'Chốt lại báo cáo' }).click();
    await frozenRow('BC-2025-03-r2').getByText(reason).waitFor();
    await screenshot(page, 'period-report-frozen');
    // The report as filed, on a page of its own: its figures, who froze it and why.
    await frozenRow('BC-2025-03-r2').getByRole('link', { name: 'BC-2025-03-r2' }).click();
    await page.getByRole('heading', { name: 'Báo cáo đã chốt BC-2025-03-r2: 15/02/2025 – 14/03/2025' }).waitFor();
    await page.getByText(reason).waitFor();
    await page.locator('.ant-statistic-title', { hasText: 'Tổng số nhiệm vụ' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Xem báo cáo kỳ này theo số liệu hiện nay' }).click();
    await page.waitForURL('**/reports?kind=month&year=2025&number=3');
    const revisions = (await (await page.request.get('/api/reports/frozen?periodCode=BC-2025-03')).json()) as {
      items: Array<{ code: string; reason: string | null }>;
    };
    expect(revisions.items.map((r) => [r.code, r.reason])).toEqual([
      ['BC-2025-03-r2', reason],
      ['BC-2025-03', null],
    ]);

    // A month not yet ended cannot be frozen: the button says until when.
    const now = new Date();
    await page.goto(`/reports?kind=year&year=${now.getFullYear() + 1}`);
    await settle(page);
    await expect(page.getByRole('button', { name: 'Chốt báo cáo' }).isDisabled()).resolves.toBe(true);
    await context.close();

    // A unit reads the report but does not file it.
    const unit = await newPage(world);
    await signIn(unit.page, 'syt@demo.ubnd.vn', '/reports?kind=month&year=2025&number=3');
    await settle(unit.page);
    await unit.page.getByText('BC-2025-03-r2').waitFor();
    expect(await unit.page.getByRole('button', { name: /Chốt/ }).count()).toBe(0);
    await unit.context.close();
  });

  test('reads a dashboard whose cards add up to the total, the tasks due soon told as a part of those in time and the periods of recurring tasks under the total', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/');
    await settle(page);
    const cards = await page.locator('.figure-box').evaluateAll((boxes) =>
      boxes.map((box) => ({
        title: box.querySelector('.ant-statistic-title')?.textContent ?? '',
        value: box.querySelector('.ant-statistic-content-value')?.textContent ?? '',
        note: box.querySelector('.figure-note')?.textContent ?? '',
      })),
    );
    const count = (text: string) => Number(text.replace(/\./g, ''));
    const [total, ...groups] = cards.slice(0, 8);
    expect(total.title).toBe('Tổng số nhiệm vụ');
    expect(groups.map((card) => card.title)).toEqual([
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Chờ xác nhận',
      'Đang thực hiện trong hạn',
      'Quá hạn',
      'Thường xuyên',
      'Dừng thực hiện',
    ]);
    expect(count(total.value)).toBeGreaterThan(0);
    expect(groups.reduce((sum, card) => sum + count(card.value), 0)).toBe(count(total.value));
    // The API's own figures: the part due soon under its card, each rate with what it is taken over.
    const summary = (await (await page.request.get('/api/stats/summary')).json()) as Record<string, number>;
    expect(summary.dueSoon).toBeGreaterThan(0);
    expect(groups[3].note).toBe(`trong đó ${summary.dueSoon} sắp đến hạn`);
    // A recurring task counts once per period: the total says so, as the task list shows fewer rows.
    expect(summary.recurringPeriods).toBeGreaterThan(0);
    expect(total.note).toBe(`tính cả ${summary.recurringPeriods} kỳ của nhiệm vụ định kỳ`);
    const rates = cards.slice(8);
    expect(rates.map((card) => card.title)).toEqual(['Tỷ lệ hoàn thành', 'Tỷ lệ đúng hạn', 'Tỷ lệ quá hạn']);
    expect(rates.map((card) => card.note)).toEqual([
      `${summary.doneOnTime + summary.doneLate}/${summary.due} nhiệm vụ đã đến hạn`,
      `${summary.doneOnTime}/${summary.due} nhiệm vụ đã đến hạn`,
      `${summary.overdue}/${summary.due} nhiệm vụ đã đến hạn`,
    ]);
    // The recurring task behind those periods says how it repeats.
    const [recurring] = await world.t.dataSource.query(
      `SELECT id FROM tasks WHERE kind = 'recurring' ORDER BY id LIMIT 1`,
    );
    await page.goto(`/tasks/${recurring.id}`);
    await page.locator('.ant-descriptions-item-content', { hasText: /^Hằng tháng, ngày 20/ }).waitFor();
    await context.close();
  });

  test('follows an indicator across two sessions: found without diacritics, drawn in the latest unit, each session listed', async () => {
    const office = await loginAs(world.t, 'office');
    const title = `Phiên họp thường kỳ tháng 02/2024 (${stamp})`;
    const session = await createSession(world.t, { title, heldAt: new Date() });
    await world.t.anonymous
      .post(`/api/sessions/${session.id}/reports`)
      .set(office.header)
      .send({
        departmentId: await departmentId('SCT'),
        title: `Báo cáo xuất nhập khẩu tháng 02 (${stamp})`,
        body: 'Tổng kim ngạch xuất, nhập khẩu ước đạt 2,35 triệu USD.',
        indicators: [{ name: 'Tổng kim ngạch xuất, nhập khẩu', value: 2.35, unit: 'triệu USD', estimate: true }],
      })
      .expect(201);
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/indicators');
    await settle(page);
    await page.getByRole('searchbox', { name: 'Tìm chỉ tiêu (có dấu hoặc không dấu)' }).fill('tong kim ngach');
    const item = page.locator('.indicator-names .ant-list-item');
    await expect(item.count()).resolves.toBe(1);
    await item.getByText('2 phiên họp · triệu USD').waitFor();
    await item.click();
    const series = page.locator('#indicator-series');
    await series.getByRole('heading', { name: 'Tổng kim ngạch xuất, nhập khẩu' }).waitFor();
    await series.locator('canvas').first().waitFor();
    // Newest first, each with its session; the demo's "1,908 triệu USD" to the thousandth, as the report wrote it.
    const rows = await series
      .locator('tbody tr.ant-table-row')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.map((cells) => cells.slice(0, 2))).toEqual([
      [expect.stringContaining(title), '2,35 triệu USDước'],
      [expect.stringContaining('Phiên họp thường kỳ UBND tỉnh tháng 01/2024'), '1,908 triệu USD'],
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'indicators');
    await series.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/sessions/${session.id}`);
    await context.close();
  });

  test('reads who changed what in the change log, by kind of record; accounts only for an administrator', async () => {
    const office = await loginAs(world.t, 'office', { fullName: 'Hoàng Văn Ghi' });
    const session = (
      await world.t.anonymous
        .post('/api/sessions')
        .set(office.header)
        .send({ title: `Phiên họp chuyên đề giải ngân (${stamp})`, heldAt: new Date().toISOString(), kind: 'thematic' })
        .expect(201)
    ).body as { id: number };
    await world.t.anonymous
      .patch(`/api/sessions/${session.id}`)
      .set(office.header)
      .send({ location: 'Phòng họp số 2' })
      .expect(200);
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/admin/audit');
    await page.getByRole('heading', { name: 'Nhật ký thay đổi' }).waitFor();
    // Its accessibility is checked with every page's, at desktop width and 360 px (web.browser-spec.ts).
    await settle(page);
    await page.getByLabel('Loại hồ sơ').click();
    // The office is not offered the accounts' changes.
    expect(await page.locator('.ant-select-item-option', { hasText: 'Tài khoản người dùng' }).count()).toBe(0);
    await page.locator('.ant-select-item-option', { hasText: 'Phiên họp' }).first().click();
    const row = (action: string) =>
      page
        .locator('tr.ant-table-row')
        .filter({ hasText: action })
        .filter({ has: page.getByRole('link', { name: `Phiên họp #${session.id}` }) });
    // The edit: its one changed field, in words; the creation: what the record held, its kind translated.
    await row('Sửa').getByText('Địa điểm: — → Phòng họp số 2').waitFor();
    await row('Sửa').getByText('Hoàng Văn Ghi').waitFor();
    await row('Tạo mới').getByText('Loại: Chuyên đề').waitFor();
    await screenshot(page, 'audit');
    await context.close();

    const admin = await newPage(world);
    await signIn(admin.page, 'admin@demo.ubnd.vn', '/admin/audit?entity=user');
    await admin.page
      .locator('tr.ant-table-row')
      .filter({ hasText: 'vanphong@demo.ubnd.vn' })
      .getByText('Mật khẩu: (đã ẩn)')
      .waitFor();
    await admin.context.close();
  });

  test("draws a table pasted in a unit's report as a table, its figures set right", async () => {
    const office = await loginAs(world.t, 'office');
    const [session] = await world.t.dataSource.query('SELECT id FROM meeting_sessions ORDER BY id LIMIT 1');
    const title = `Báo cáo thu ngân sách 9 tháng (${stamp})`;
    const body = [
      'Thu ngân sách 9 tháng đạt khá.',
      'STT\tChỉ tiêu\tĐơn vị tính\tThực hiện 9 tháng',
      '1\tThu ngân sách nhà nước\tTỷ đồng\t985,4',
      'Các ngành tiếp tục nỗ lực.',
    ].join('\n');
    await world.t.anonymous
      .post(`/api/sessions/${session.id}/reports`)
      .set(office.header)
      .send({ departmentId: await departmentId('STC'), title, body })
      .expect(201);
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', `/sessions/${session.id}`);
    await page.getByText(`Sở Tài chính — ${title}`).click();
    const table = page.locator('.pasted-table table').filter({ hasText: 'Thu ngân sách nhà nước' });
    await table.waitFor();
    expect(await table.locator('th').allTextContents()).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Thực hiện 9 tháng',
    ]);
    const figure = table.getByRole('cell', { name: '985,4', exact: true });
    expect(await figure.evaluate((cell) => cell.ownerDocument.defaultView?.getComputedStyle(cell).textAlign)).toBe(
      'right',
    );
    // The prose around it stays as written.
    await page.getByText('Các ngành tiếp tục nỗ lực.', { exact: true }).waitFor();
    await context.close();
  });

  test('a session or document that does not exist shows the 404 page with the way back to its list', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/sessions/999999');
    for (const [url, back] of [
      ['/sessions/999999', 'Phiên họp'],
      ['/documents/999999', 'Văn bản'],
      ['/tasks/999999', 'Nhiệm vụ'],
    ]) {
      await page.goto(url);
      await page.getByText('Nội dung này không tồn tại hoặc đã bị xóa.').waitFor({ timeout: 15_000 });
      // No retry (it cannot bring the record back) and nothing of the API's own wording.
      await expect(page.getByRole('button', { name: 'Thử lại' }).count()).resolves.toBe(0);
      await expect(page.getByText(/not found/i).count()).resolves.toBe(0);
      await page.getByRole('main').getByRole('link', { name: back, exact: true }).click();
      await page.waitForURL((address) => address.pathname === url.replace(/\/\d+$/, ''));
    }
    await context.close();
  });

  test('an e-mail already taken is pointed out beside the field of the new account, in Vietnamese', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'admin@demo.ubnd.vn', '/admin/users');
    await settle(page);
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Văn Thử');
    await dialog.getByLabel('Thư điện tử').fill('VanPhong@demo.ubnd.vn');
    // The role by keyboard, as a clerk may: from "Đơn vị" (the default, last) up two to "Văn phòng UBND tỉnh".
    await dialog.getByLabel('Vai trò').focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('.ant-select-item-option-active:visible', { hasText: 'Đơn vị' }).waitFor();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.locator('.ant-select-item-option-active:visible', { hasText: 'Văn phòng UBND tỉnh' }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Đơn vị').waitFor({ state: 'detached' });
    await dialog.getByLabel('Mật khẩu').fill('Mat-khau-rat-dai-2026');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/users') && r.request().method() === 'POST'),
      dialog.getByRole('button', { name: 'Lưu' }).click(),
    ]);
    expect(response.status()).toBe(409);
    await dialog
      .locator('.ant-form-item-explain-error', {
        hasText: 'Địa chỉ thư điện tử vanphong@demo.ubnd.vn đã được dùng cho một tài khoản khác',
      })
      .waitFor({ timeout: 10_000 });
    await expect(dialog.getByText(/already exists/).count()).resolves.toBe(0);
    await context.close();
  });

  test('is told, on the page, that a unit with nothing overdue or due soon gets no reminder letter', async () => {
    const [unit] = await world.t.dataSource.query(
      'SELECT d.id, d.name FROM departments d WHERE NOT EXISTS ' +
        '(SELECT 1 FROM tasks t WHERE t."leadDepartmentId" = d.id) ORDER BY d.id LIMIT 1',
    );
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', `/tasks?unit=${unit.id}`);
    await settle(page);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/reminder-letter.docx')),
      page.getByRole('link', { name: 'Công văn đôn đốc (Word)' }).click(),
    ]);
    expect(response.status()).toBe(409);
    await page
      .getByText(`${unit.name} không có nhiệm vụ quá hạn hoặc sắp đến hạn tính đến ngày`)
      .waitFor({ timeout: 10_000 });
    // The page stays where it was, its list in place.
    expect(new URL(page.url()).pathname).toBe('/tasks');
    await expect(page.getByRole('heading', { name: 'Nhiệm vụ', level: 1 }).isVisible()).resolves.toBe(true);
    // The message as the clerk reads it, once it has faded in; the viewport, where it floats.
    await page.waitForFunction(() => !(globalThis as any).document.querySelector('.ant-message-fade-appear-active'));
    await screenshot(page, 'reminder-letter-refused', { fullPage: false });
    await context.close();
  });

  test("records a new session, its conclusion notice and a unit's report, and assigns a task under the notice", async () => {
    const title = `Phiên họp chuyên đề về giải ngân vốn đầu tư công (${stamp})`;
    const notice = `${100 + (Date.now() % 800)}/TB-UBND`;
    const taskTitle = `Rà soát các dự án chậm giải ngân (${stamp})`;
    const reportTitle = `Báo cáo tiến độ giải ngân (${stamp})`;
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/sessions');
    await page.getByRole('button', { name: 'Thêm phiên họp' }).click();
    const sessionForm = page.getByRole('dialog');
    // Saving with the title left empty names the field; nothing is sent.
    await sessionForm.getByRole('button', { name: 'Lưu' }).click();
    await sessionForm.getByText('Vui lòng nhập tên phiên họp.').waitFor();
    await sessionForm.getByLabel('Tên phiên họp').fill(title);
    await sessionForm.getByLabel('Địa điểm').fill('Hội trường UBND tỉnh');
    await sessionForm.getByRole('button', { name: 'Lưu' }).click();
    // The new session's page opens.
    await page.getByRole('heading', { name: title }).waitFor();
    expect(page.url()).toMatch(/\/sessions\/\d+$/);
    const sessionId = Number(page.url().split('/').pop());

    // An attendee recorded by mistake is taken off again.
    await page.getByLabel('Họ và tên', { exact: true }).fill('Nguyễn Văn Nhầm');
    await page.getByRole('button', { name: 'Thêm người tham dự' }).click();
    await page.getByRole('heading', { name: 'Thành phần tham dự (1)' }).waitFor();
    await page.getByRole('button', { name: 'Xóa Nguyễn Văn Nhầm' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa', exact: true }).click();
    await page.getByRole('heading', { name: 'Thành phần tham dự (0)' }).waitFor();

    // Its conclusion notice, under which its tasks are assigned.
    await page.getByRole('button', { name: 'Thêm văn bản' }).click();
    const documentForm = page.getByRole('dialog');
    await documentForm.getByLabel('Số, ký hiệu').fill(notice);
    await documentForm.getByLabel('Cơ quan ban hành').fill('UBND tỉnh Bắc Kạn');
    expect(await documentForm.getByLabel('Trích yếu').inputValue()).toBe(
      `Kết luận của Chủ tịch UBND tỉnh tại ${title}`,
    );
    await documentForm.getByRole('button', { name: 'Lưu' }).click();
    await documentForm.waitFor({ state: 'detached' });
    const documentSelect = page
      .locator('.ant-select')
      .filter({ has: page.getByLabel('Văn bản giao', { exact: true }) });
    await documentSelect.getByText(new RegExp(`^Thông báo kết luận ${notice.replace('/', '\\/')}`)).waitFor();

    await page.getByLabel('Nội dung nhiệm vụ', { exact: true }).fill(taskTitle);
    await page.getByLabel('Đơn vị chủ trì', { exact: true }).click();
    await page.keyboard.type('Sở Kế hoạch');
    await page.locator('.ant-select-item-option-active:visible', { hasText: 'Sở Kế hoạch' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByLabel('Lãnh đạo chỉ đạo', { exact: true }).click();
    await page.keyboard.type('Chủ tịch Nguyễn');
    await page.locator('.ant-select-item-option-active:visible', { hasText: 'Chủ tịch Nguyễn Đăng Bình' }).waitFor();
    await page.keyboard.press('Enter');
    // A report the conclusion asks for every Friday: a weekly recurring task, its day picked by the office.
    await page.locator('label.ant-radio-button-wrapper', { hasText: 'Định kỳ' }).click();
    await pick(page, 'Lặp lại', 'Hằng tuần');
    await page.getByRole('button', { name: 'Giao nhiệm vụ (Ctrl+Enter)' }).click();
    await page.getByText('Chọn ngày đến hạn của mỗi kỳ').last().waitFor();
    await pick(page, 'Lặp lại: chọn ngày đến hạn của mỗi kỳ', 'thứ Sáu');
    // The day picked, the form no longer asks for it.
    await page
      .locator('.ant-form-item-explain-error', { hasText: 'Chọn ngày đến hạn của mỗi kỳ' })
      .waitFor({ state: 'detached' });
    await screenshot(page, 'assign-weekly');
    await page.getByLabel('Nội dung nhiệm vụ', { exact: true }).press('Control+Enter');
    await page.getByRole('link', { name: taskTitle }).waitFor();
    // The form puts the cursor back in the title once the page's lists are refreshed; the next field is typed after.
    const assignTitle = page.getByLabel('Nội dung nhiệm vụ', { exact: true });
    for (let i = 0; i < 100 && !(await assignTitle.evaluate((el) => el === el.ownerDocument.activeElement)); i++) {
      await page.waitForTimeout(100);
    }

    // A unit's report, then the conclusion written into the session.
    await page.getByLabel('Đơn vị báo cáo', { exact: true }).click();
    await page.keyboard.type('Sở Tài chính');
    await page.locator('.ant-select-item-option-active:visible', { hasText: 'Sở Tài chính' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByLabel('Tiêu đề báo cáo').fill(reportTitle);
    await page
      .getByLabel('Nội dung', { exact: true })
      .fill(
        'Thu ngân sách nhà nước trên địa bàn ước đạt 194.970 triệu đồng, bằng 78,8% dự toán năm, tăng 25,1% so với cùng kỳ.',
      );
    await page.getByRole('button', { name: 'Thêm báo cáo' }).click();
    await page.getByText(`Sở Tài chính — ${reportTitle}`).click();
    // The office reads the report's figures and records the one found as an indicator of the report.
    await page.getByRole('button', { name: 'Đọc chỉ tiêu từ nội dung báo cáo' }).click();
    await page.getByRole('cell', { name: '194.970 triệu đồng' }).waitFor();
    await page.getByRole('button', { name: 'Ghi 1 chỉ tiêu vào báo cáo' }).click();
    await page.getByRole('cell', { name: '194.970', exact: true }).waitFor();
    // Recorded with its change and the share of the budget estimate reached.
    await page.getByRole('cell', { name: '+25,1%', exact: true }).waitFor();
    await page.getByRole('cell', { name: '78,8%', exact: true }).waitFor();
    // A typo in the recorded report's title is corrected.
    await page.getByRole('button', { name: `Sửa báo cáo ${reportTitle}` }).click();
    const reportForm = page.getByRole('dialog');
    await reportForm.getByLabel('Tiêu đề báo cáo').fill(`${reportTitle} tháng 12`);
    await reportForm.getByRole('button', { name: 'Lưu' }).click();
    await reportForm.waitFor({ state: 'detached' });
    await page.getByText(`Sở Tài chính — ${reportTitle} tháng 12`).waitFor();

    await page.getByRole('button', { name: 'Sửa thông tin phiên họp' }).click();
    const editForm = page.getByRole('dialog');
    await editForm
      .getByLabel('Kết luận', { exact: true })
      .fill('Các sở, ngành tập trung tháo gỡ vướng mắc, giải ngân hết kế hoạch vốn.');
    await editForm.getByRole('button', { name: 'Lưu' }).click();
    await editForm.waitFor({ state: 'detached' });
    await page.getByText('Các sở, ngành tập trung tháo gỡ vướng mắc, giải ngân hết kế hoạch vốn.').waitFor();
    await screenshot(page, 'session-recorded');

    const [session] = await world.t.dataSource.query(
      'SELECT title, location, conclusion FROM meeting_sessions WHERE id = ?',
      [sessionId],
    );
    expect(session).toEqual({
      title,
      location: 'Hội trường UBND tỉnh',
      conclusion: 'Các sở, ngành tập trung tháo gỡ vướng mắc, giải ngân hết kế hoạch vốn.',
    });
    const [task] = await world.t.dataSource.query(
      'SELECT d.number AS number, d."sessionId" AS "documentSession", t."sessionId" AS "taskSession",' +
        ' u."leaderTitle" AS leader, t.kind AS kind, t.recurrence AS recurrence FROM tasks t' +
        ' JOIN documents d ON d.id = t."documentId" LEFT JOIN users u ON u.id = t."leaderId" WHERE t.title = ?',
      [taskTitle],
    );
    expect({ ...task, recurrence: JSON.parse(task.recurrence) }).toEqual({
      number: notice,
      documentSession: sessionId,
      taskSession: sessionId,
      leader: 'chairman',
      kind: 'recurring',
      recurrence: { every: 'week', day: 5, until: null },
    });
    const [report] = await world.t.dataSource.query(
      'SELECT "departmentId" AS unit, indicators FROM department_reports WHERE "sessionId" = ? AND title = ?',
      [sessionId, `${reportTitle} tháng 12`],
    );
    expect(report.unit).toBe(await departmentId('STC'));
    expect(JSON.parse(report.indicators)).toEqual([
      expect.objectContaining({
        value: 194970,
        unit: 'triệu đồng',
        changeFromLastYearPct: 25.1,
        planPct: 78.8,
        estimate: true,
      }),
    ]);
    await context.close();
  });

  test('records a letter that came without a session and assigns a task under it from its page', async () => {
    const number = `${1000 + (Date.now() % 8000)}/UBND-KT`;
    const summary = `Về việc rà soát hồ sơ đất đai tồn đọng (${stamp})`;
    const taskTitle = `Rà soát hồ sơ cấp giấy chứng nhận tồn đọng (${stamp})`;
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/documents');
    await page.getByRole('button', { name: 'Thêm văn bản' }).click();
    const form = page.getByRole('dialog');
    // A document recorded here has no session: a letter by default.
    await form.getByText('Công văn', { exact: true }).waitFor();
    await form.getByLabel('Số, ký hiệu').fill(number);
    await form.getByLabel('Cơ quan ban hành').fill('UBND tỉnh Bắc Kạn');
    await form.getByLabel('Trích yếu').fill(summary);
    await form.getByRole('button', { name: 'Lưu' }).click();
    // The document's page opens, with the form to assign its tasks.
    await page.getByRole('heading', { name: `Công văn ${number}` }).waitFor();
    const documentId = Number(page.url().split('/').pop());
    await page.getByText(summary).waitFor();
    await page.getByLabel('Nội dung nhiệm vụ', { exact: true }).fill(taskTitle);
    await page.getByLabel('Đơn vị chủ trì', { exact: true }).click();
    await page.keyboard.type('Sở Tài nguyên');
    await page.locator('.ant-select-item-option-active:visible', { hasText: 'Sở Tài nguyên' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    // Work without a time limit: standing, which asks for no date (a task with one does).
    await page.getByLabel('Nội dung nhiệm vụ', { exact: true }).press('Control+Enter');
    await page.getByText('Vui lòng nhập hạn hoàn thành.').waitFor();
    await page.locator('label.ant-radio-button-wrapper', { hasText: 'Thường xuyên' }).click();
    await page.getByLabel('Nội dung nhiệm vụ', { exact: true }).press('Control+Enter');
    await page.getByRole('link', { name: taskTitle }).waitFor();
    await page.getByRole('heading', { name: 'Nhiệm vụ được giao theo văn bản (1)' }).waitFor();
    await screenshot(page, 'document-letter');

    const [task] = await world.t.dataSource.query(
      'SELECT "documentId" AS document, "sessionId" AS session, "leadDepartmentId" AS lead, kind FROM tasks' +
        ' WHERE title = ?',
      [taskTitle],
    );
    expect(task).toEqual({
      document: documentId,
      session: null,
      lead: await departmentId('STNMT'),
      kind: 'standing',
    });

    // The letter's own text, pasted: its one directive is drafted with its unit and date, and assigned under it.
    const directive =
      'Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư rà soát, tổng hợp nhu cầu kinh phí đo đạc, ' +
      `lập hồ sơ địa chính (${stamp}), hoàn thành trước ngày 30/12/2026.`;
    await page.getByLabel('Nội dung văn bản', { exact: true }).fill(`UBND tỉnh có ý kiến như sau:\n${directive}`);
    await page.getByRole('button', { name: 'Tách nhiệm vụ' }).click();
    await page.getByLabel('Nội dung nhiệm vụ 1', { exact: true }).waitFor();
    expect(await page.getByLabel('Hạn hoàn thành 1', { exact: true }).inputValue()).toBe('30/12/2026');
    await page.getByRole('button', { name: 'Giao 1 nhiệm vụ' }).click();
    await page.getByText('Đã giao 1 nhiệm vụ.').waitFor();
    await page.getByRole('heading', { name: 'Nhiệm vụ được giao theo văn bản (2)' }).waitFor();
    const [pasted] = await world.t.dataSource.query(
      'SELECT "sessionId" AS session, "leadDepartmentId" AS lead, description FROM tasks' +
        ' WHERE "documentId" = ? AND title <> ?',
      [documentId, taskTitle],
    );
    expect(pasted).toEqual({ session: null, lead: await departmentId('STC'), description: directive });
    // The list links the summary to the document's page.
    await page.getByRole('navigation').getByRole('link', { name: 'Văn bản' }).click();
    await page.getByRole('link', { name: summary }).click();
    await page.getByRole('heading', { name: `Công văn ${number}` }).waitFor();
    await context.close();
  });

  test('merges a district into another from the units page, after a confirmation', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/admin/departments');
    await settle(page);
    await page.getByRole('button', { name: 'Sáp nhập UBND huyện Pác Nặm', exact: true }).click();
    const form = page.locator('.ant-modal', { hasText: 'Sáp nhập UBND huyện Pác Nặm vào đơn vị khác' });
    await form.getByRole('combobox').first().click();
    await page.keyboard.type('Ba Bể');
    await page.locator('.ant-select-item-option-active:visible', { hasText: 'UBND huyện Ba Bể' }).first().waitFor();
    await page.keyboard.press('Enter');
    await form.getByRole('button', { name: 'Sáp nhập', exact: true }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm
      .getByText(/^Sáp nhập UBND huyện Pác Nặm vào UBND huyện Ba Bể từ ngày \d{2}\/\d{2}\/\d{4}\?/)
      .waitFor();
    await opened(confirm);
    await confirm.getByRole('button', { name: 'Sáp nhập', exact: true }).click();
    await page.getByText(/^Đã sáp nhập vào UBND huyện Ba Bể \(\d{2}\/\d{2}\/\d{4}\)$/).waitFor();
    await screenshot(page, 'departments-merged');
    // A merged unit offers no second merger.
    expect(await page.getByRole('button', { name: 'Sáp nhập UBND huyện Pác Nặm', exact: true }).count()).toBe(0);
    const [row] = await world.t.dataSource.query('SELECT "active", "successorId" FROM departments WHERE code = ?', [
      'UBND-PN',
    ]);
    expect({ active: Boolean(row.active), successorId: row.successorId }).toEqual({
      active: false,
      successorId: await departmentId('UBND-BB'),
    });
    await context.close();
  });

  test('sends the hashed scripts compressed and cached for a year, and index.html uncached', async () => {
    const index = await fetch(`${world.baseUrl}/tasks/1`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    // The bundle (index-…), not the small script before it that starts the page's first requests.
    const script = /<script type="module" crossorigin src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();

    const plain = await (
      await fetch(`${world.baseUrl}${script}`, { headers: { 'accept-encoding': 'identity' } })
    ).text();
    for (const [encoding, expected] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const asset = await fetch(`${world.baseUrl}${script}`, { headers: { 'accept-encoding': encoding } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect(asset.headers.get('content-encoding')).toBe(expected);
      expect(asset.headers.get('vary')).toMatch(/accept-encoding/i);
      // fetch decodes the body once: the same script whichever the encoding (a copy compressed twice would not be).
      const text = await asset.text();
      expect(text.length).toBeGreaterThan(10_000);
      expect(text).toBe(plain);
    }
    // API answers are compressed on the fly for a client that accepts it, and read the same.
    const signedIn = await fetch(`${world.baseUrl}/api/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'vanphong@demo.ubnd.vn', password: DEMO_PASSWORD }),
    });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const list = (encoding: string) =>
      fetch(`${world.baseUrl}/api/departments?limit=200`, { headers: { cookie, 'accept-encoding': encoding } });
    const [br, identity] = [await list('br, gzip'), await list('identity')];
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(await br.json()).toEqual(await identity.json());
    // The compressed copies are not pages of their own.
    const copy = await fetch(`${world.baseUrl}${script}.br`);
    expect(copy.headers.get('content-type')).toMatch(/^text\/html/);
  });
  test('a later session lists the demo session’s open tasks for review, by lead unit', async () => {
    const later = await createSession(world.t, { title: `Phiên họp rà soát ${stamp}`, heldAt: new Date() });
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', `/sessions/${later.id}`);
    const answer = await page.request.get(`/api/sessions/${later.id}/carried-over`);
    expect(answer.status()).toBe(200);
    const review = (await answer.json()) as {
      units: Array<{ name: string; tasks: Array<{ id: number; title: string }> }>;
    };
    expect(review.units.length).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Nhiệm vụ từ các phiên họp trước' }).waitFor();
    for (const unit of review.units) {
      const group = page.getByRole('region', { name: unit.name, exact: true });
      await group.getByRole('heading', { name: `${unit.name} (${unit.tasks.length})` }).waitFor();
      const link = group.getByRole('link', { name: unit.tasks[0].title, exact: true });
      expect(await link.getAttribute('href')).toBe(`/tasks/${unit.tasks[0].id}`);
    }
    await screenshot(page, 'session-carried-over');
    await context.close();
  });

  test('a failure while drafting or creating tasks from a pasted conclusion is told in Vietnamese', async () => {
    const [session] = await world.t.dataSource.query('SELECT id FROM meeting_sessions ORDER BY id LIMIT 1');
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', `/sessions/${session.id}`);
    await page.getByRole('heading', { name: 'Dán kết luận' }).waitFor();
    await page
      .getByLabel('Nội dung kết luận')
      .fill('Giao Sở Tài chính rà soát, báo cáo UBND tỉnh trước ngày 15/3/2024.');
    // The server fails, then the network: the clerk reads what happened, not the browser's or the API's English.
    await page.route('**/draft-tasks', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"statusCode":500,"message":"Internal server error"}',
      }),
    );
    await page.getByRole('button', { name: 'Tách nhiệm vụ' }).click();
    await page.getByRole('alert').filter({ hasText: vi.failures.server }).waitFor();
    await page.unroute('**/draft-tasks');
    await page.route('**/draft-tasks', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Tách nhiệm vụ' }).click();
    await page.getByRole('alert').filter({ hasText: vi.failures.offline }).waitFor();
    expect(await page.getByText(/Internal server error|Failed to fetch/).count()).toBe(0);
    await context.close();
  });

  test('the notification log opens on what went out, the latest first, and lists what is planned in the order it goes', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'vanphong@demo.ubnd.vn', '/admin/notifications');
    type Notice = { subject: string; scheduledAt: string; taskId: number | null; error: string | null };
    const side = async (scheduled: string) => {
      const response = await page.request.get(`/api/notifications?scheduled=${scheduled}&limit=50`);
      expect(response.status()).toBe(200);
      return (await response.json()) as { total: number; items: Notice[] };
    };
    const [past, upcoming] = [await side('past'), await side('upcoming')];
    // The demo's overdue task has had its notice; its recurring and future tasks have theirs planned.
    expect(past.total).toBeGreaterThan(0);
    expect(upcoming.total).toBeGreaterThan(0);
    const now = Date.now();
    expect(past.items.every((n) => Date.parse(n.scheduledAt) <= now)).toBe(true);
    expect(upcoming.items.every((n) => Date.parse(n.scheduledAt) > now)).toBe(true);

    const table = page.locator('main');
    await table.getByText(`Tổng số ${past.total}`).waitFor();
    // The latest may be a morning digest, which has no task to link to: it reads as its subject alone.
    const latest = table.locator('tbody tr.ant-table-row').first();
    await latest.getByText(past.items[0].subject, { exact: true }).waitFor();
    const aboutTask = past.items.find((n) => n.taskId !== null);
    expect(aboutTask).toBeDefined();
    const taskLink = table.getByRole('link', { name: aboutTask!.subject, exact: true }).first();
    expect(await taskLink.getAttribute('href')).toBe(`/tasks/${aboutTask!.taskId}`);
    await page.getByText('Sắp gửi', { exact: true }).click();
    await page.waitForURL(/scheduled=upcoming/);
    await table.getByText(`Tổng số ${upcoming.total}`).waitFor();
    const firstRow = table.locator('tbody tr.ant-table-row').first();
    await firstRow.getByRole('link', { name: upcoming.items[0].subject }).waitFor();
    // What is not sent says why in the office's words (the demo's finished tasks have their reminders cancelled),
    // never in the service's own.
    const reasons = Object.entries(NotificationReason) as Array<[keyof typeof NotificationReason, string]>;
    const withReason = upcoming.items.find((n) => reasons.some(([, text]) => text === n.error));
    expect(withReason).toBeDefined();
    const [reason] = reasons.find(([, text]) => text === withReason!.error)!;
    await table.getByText(vi.admin.notificationReason[reason], { exact: true }).first().waitFor();
    expect(await table.getByText(/^(?:cancelled|skipped):/).count()).toBe(0);
    // The task's own page says the same beside the reminder.
    await page.goto(`/tasks/${withReason!.taskId}`);
    await page.getByText(vi.admin.notificationReason[reason], { exact: true }).first().waitFor();
    await screenshot(page, 'notifications-upcoming');
    await context.close();
  });
});
