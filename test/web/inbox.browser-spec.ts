import { defaultDocumentId } from '../factories/document.factory';
import { loginAs, type TestUser } from '../helpers/auth';
import { daysFromNow, dateFromNow } from '../helpers/dates';
import { axeViolations, newPage, screenshot, settle, signIn, startWebWorld, type WebWorld } from './browser';

// A loaded machine makes every browser step slow; the flow itself takes seconds.
jest.setTimeout(600_000);

let world: WebWorld;
let admin: TestUser;
const stamp = Date.now().toString(36);
const overdueTitle = `Báo cáo tiến độ tiêm chủng mở rộng ${stamp}`;
const extensionTitle = `Nâng cấp trạm y tế xã ${stamp}`;
let overdueId: number;
let extensionTaskId: number;

async function userByEmail(email: string): Promise<{ id: number; departmentId: number | null }> {
  const rows = await world.t.dataSource.query('SELECT id, "departmentId" FROM users WHERE email = ?', [email]);
  return { id: Number(rows[0].id), departmentId: rows[0].departmentId === null ? null : Number(rows[0].departmentId) };
}

beforeAll(async () => {
  world = await startWebWorld();
  admin = await loginAs(world.t, 'admin');
  const health = (await userByEmail('syt@demo.ubnd.vn')).departmentId!;
  const documentId = await defaultDocumentId(world.t);
  const create = async (body: object) => {
    const res = await world.t.anonymous
      .post('/api/tasks')
      .set(admin.header)
      .send({ documentId, leadDepartmentId: health, ...body });
    if (res.status !== 201) throw new Error(`task: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  };
  overdueId = await create({ title: overdueTitle, dueAt: daysFromNow(-3) });
  extensionTaskId = await create({ title: extensionTitle, dueDate: dateFromNow(15) });
  // The unit asks for more time through the API, as its own account.
  const unit = await loginAs(world.t, 'department', { departmentId: health });
  const asked = await world.t.anonymous
    .post(`/api/tasks/${extensionTaskId}/extensions`)
    .set(unit.header)
    .send({ dueDate: dateFromNow(45), reason: 'Chờ bố trí vốn đối ứng' });
  if (asked.status !== 201) throw new Error(`extension: ${asked.status} ${JSON.stringify(asked.body)}`);
}, 300_000);
afterAll(async () => {
  await world?.close();
});

/** The count badge of an inbox group, by the group's Vietnamese heading. */
async function groupCount(page: import('playwright-core').Page, heading: string): Promise<number> {
  const card = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head', { hasText: heading }) });
  return Number((await card.locator('.ant-badge').innerText()).replace(/\D/g, ''));
}

describe('the inbox page (Việc chờ xử lý)', () => {
  it('shows a unit its overdue task and opens it from the inbox', async () => {
    const { context, page } = await newPage(world);
    await signIn(page, 'syt@demo.ubnd.vn', '/inbox');
    await page.getByRole('heading', { name: 'Việc chờ xử lý' }).waitFor();
    await settle(page);
    const group = 'Nhiệm vụ quá hạn, sắp đến hạn cần báo cáo';
    await page.getByText(group).waitFor();
    expect(await groupCount(page, group)).toBeGreaterThanOrEqual(1);
    const item = page.locator('.ant-list-item').filter({ hasText: overdueTitle });
    await item.getByText('Quá hạn', { exact: true }).waitFor();
    await item.getByText('Đơn vị chủ trì: Sở Y tế').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'inbox-unit');
    await item.getByRole('link', { name: overdueTitle }).click();
    await page.waitForURL(`**/tasks/${overdueId}`);
    await page.getByText(overdueTitle).first().waitFor();
    await context.close();
  });

  it('shows the chairman the extension request to decide, and the office the one to forward, which it forwards from the task page for the leader to decide', async () => {
    const chairman = await newPage(world);
    await signIn(chairman.page, 'chutich@demo.ubnd.vn', '/inbox');
    await settle(chairman.page);
    const decide = 'Đề nghị gia hạn chờ quyết định';
    await chairman.page.getByText(decide).waitFor();
    const request = chairman.page.locator('.ant-list-item').filter({ hasText: extensionTitle });
    await request.getByText('Chờ bố trí vốn đối ứng').waitFor();
    expect(await groupCount(chairman.page, decide)).toBeGreaterThanOrEqual(1);
    await screenshot(chairman.page, 'inbox-leader');
    await chairman.context.close();

    const office = await newPage(world, 360);
    await signIn(office.page, 'vanphong@demo.ubnd.vn', '/inbox');
    await settle(office.page);
    const forward = 'Đề nghị gia hạn cần trình lãnh đạo';
    await office.page.getByText(forward).waitFor();
    await office.page.locator('.ant-list-item').filter({ hasText: extensionTitle }).waitFor();
    expect(await groupCount(office.page, forward)).toBeGreaterThanOrEqual(1);
    expect(await axeViolations(office.page)).toEqual([]);
    await screenshot(office.page, 'inbox-office-360');
    await office.page
      .locator('.ant-list-item')
      .filter({ hasText: extensionTitle })
      .getByRole('link', { name: extensionTitle })
      .click();
    await office.page.waitForURL(`**/tasks/${extensionTaskId}`);
    // The task page offers the forwarding the inbox asks for: the office's opinion is required, then sent on.
    const forwardButton = office.page.getByRole('button', { name: 'Trình lãnh đạo' });
    await forwardButton.click();
    await office.page.getByRole('alert').filter({ hasText: 'Nhập ý kiến của Văn phòng' }).waitFor();
    const opinion = 'Văn phòng đề nghị đồng ý gia hạn theo đề nghị của đơn vị.';
    await office.page.getByLabel('Ý kiến của Văn phòng').fill(opinion);
    await forwardButton.click();
    await office.page
      .locator('.extension-opinion')
      .filter({ hasText: `: ${opinion}` })
      .waitFor();
    await forwardButton.waitFor({ state: 'detached' });
    await screenshot(office.page, 'extension-forwarded-360');
    await office.context.close();

    // The leader now reads the office's opinion with the request.
    const leader = await newPage(world);
    await signIn(leader.page, 'chutich@demo.ubnd.vn', '/inbox');
    await settle(leader.page);
    await leader.page
      .locator('.ant-list-item')
      .filter({ hasText: extensionTitle })
      .getByText(`Ý kiến của Văn phòng: ${opinion}`)
      .waitFor();
    // The leader decides on the task page: refusing needs a reason, approving moves the deadline.
    await leader.page.locator('.ant-list-item').filter({ hasText: extensionTitle }).getByRole('link').click();
    await leader.page.waitForURL(`**/tasks/${extensionTaskId}`);
    await leader.page.getByRole('button', { name: 'Không đồng ý' }).click();
    await leader.page.getByRole('alert').filter({ hasText: 'Nhập ý kiến (lý do không đồng ý)' }).waitFor();
    await leader.page.getByLabel('Ý kiến', { exact: true }).fill('Đồng ý theo đề nghị của Văn phòng.');
    await leader.page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await leader.page.locator('.ant-tag', { hasText: 'Đã đồng ý' }).waitFor();
    const decided = (await (await leader.page.request.get(`/api/tasks/${extensionTaskId}/extensions`)).json()) as {
      items: Array<{ status: string; decisionNote: string | null }>;
    };
    expect(decided.items[0]).toMatchObject({ status: 'approved', decisionNote: 'Đồng ý theo đề nghị của Văn phòng.' });
    await leader.context.close();
  });
});
