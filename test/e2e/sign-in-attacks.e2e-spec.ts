import { ApiWorld, buildApiWorld } from '../helpers/api-world';
import { loginAs, TEST_PASSWORD } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';

const basic = (email: string, password: string) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

/**
 * The sign-in budget, as an attacker meets it. TRUST_PROXY=1: each test speaks
 * from addresses of its own (X-Forwarded-For), so their budgets do not mix.
 */
describe('Sign-in under attack', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '10', TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const from = (address: string) => ({ 'X-Forwarded-For': address });
  const login = (address: string, email: string, password: string) =>
    t.anonymous.post('/api/auth/login').set(from(address)).send({ email, password });
  const session = (address: string, email: string, password: string) =>
    t.anonymous.post('/api/auth/session').set(from(address)).send({ email, password });
  const dashboard = (address: string, email: string, password: string) =>
    t.anonymous.get('/admin/queues/api/queues').set(from(address)).set('Authorization', basic(email, password));

  it('counts parallel Basic attempts on the queue dashboard before hashing: 150 at once get at most the budget', async () => {
    const admin = t.user!;
    const attempts = Array.from({ length: 150 }, (_, i) =>
      dashboard('198.51.100.1', admin.email, i === 149 ? TEST_PASSWORD : `sai-mat-khau-${i}`).then((res) => res.status),
    );
    const statuses = await Promise.all(attempts);
    const answered = statuses.filter((status) => status !== 429);
    expect(statuses).not.toContain(200);
    expect(answered.length).toBeLessThanOrEqual(10);
  });

  it('shares one budget between the login, the browser sign-in and the queue dashboard', async () => {
    const admin = await loginAs(t, 'admin');
    // Guesses at ten different accounts: only the address's budget is at stake here.
    const guess = (i: number) => [`khong-co-${i}@test.local`, 'sai-mat-khau'] as const;
    for (let i = 0; i < 4; i++) await login('198.51.100.2', ...guess(i)).expect(401);
    for (let i = 4; i < 7; i++) await session('198.51.100.2', ...guess(i)).expect(401);
    for (let i = 7; i < 10; i++) await dashboard('198.51.100.2', ...guess(i)).expect(401);
    const limited = await login('198.51.100.2', admin.email, TEST_PASSWORD).expect(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many sign-in attempts; try again in a minute',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await session('198.51.100.2', admin.email, TEST_PASSWORD).expect(429);
    await dashboard('198.51.100.2', admin.email, TEST_PASSWORD).expect(429);
    // Another client (behind the same proxy) has its own budget.
    await login('198.51.100.3', admin.email, TEST_PASSWORD).expect(200);
  });

  it('answers a non-admin’s right password on the dashboard the same 401 as a wrong one', async () => {
    const office = await loginAs(t, 'office');
    const right = await dashboard('198.51.100.4', office.email, TEST_PASSWORD).expect(401);
    const wrong = await dashboard('198.51.100.4', office.email, 'sai-mat-khau').expect(401);
    expect(right.body).toEqual(wrong.body);
    expect(right.headers['www-authenticate']).toBe(wrong.headers['www-authenticate']);
  });

  it('drops the dashboard’s cached Basic sign-in when the admin’s password changes', async () => {
    const admin = await loginAs(t, 'admin');
    await dashboard('198.51.100.5', admin.email, TEST_PASSWORD).expect(200);
    await t.http.patch(`/api/users/${admin.id}`).send({ password: 'Mat-khau-quan-tri-2025!' }).expect(200);
    await dashboard('198.51.100.5', admin.email, TEST_PASSWORD).expect(401);
    await dashboard('198.51.100.5', admin.email, 'Mat-khau-quan-tri-2025!').expect(200);
  });

  it('slows guessing at one account from new addresses, never its owner at an address that signed in before', async () => {
    const chairman = await loginAs(t, 'leader', { fullName: 'Chủ tịch UBND tỉnh' });
    await login('203.0.113.1', chairman.email, TEST_PASSWORD).expect(200);
    // Five failures from five addresses: each address is far within its own budget.
    for (let i = 0; i < 5; i++) await login(`203.0.113.${10 + i}`, chairman.email, 'doan-mat-khau').expect(401);
    let started = Date.now();
    await login('203.0.113.20', chairman.email, 'doan-mat-khau').expect(401);
    const slowed = Date.now() - started;
    expect(slowed).toBeGreaterThanOrEqual(900);
    started = Date.now();
    await login('203.0.113.1', chairman.email, TEST_PASSWORD).expect(200);
    const owner = Date.now() - started;
    expect(owner).toBeLessThan(900);
    console.log(`per-account slow-down: guess after 5 failures ${slowed} ms; owner from a known address ${owner} ms`);
  });
});

describe('Queue dashboard: cross-site requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });
  const add = '/admin/queues/api/queues/notifications/add';

  it('refuses a state-changing request from another site, even with an admin’s credentials', async () => {
    const admin = basic(t.user!.email, TEST_PASSWORD);
    const res = await t.anonymous
      .post(add)
      .set('Authorization', admin)
      .set('Origin', 'https://evil.example')
      .type('form')
      .send('name=digest')
      .expect(403);
    expect(res.body).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.any(String) });
    await t.anonymous
      .post(add)
      .set('Authorization', admin)
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ name: 'digest' })
      .expect(403);
  });

  it('accepts only JSON bodies on requests that change something', async () => {
    await t.anonymous
      .post(add)
      .set('Authorization', basic(t.user!.email, TEST_PASSWORD))
      .set('Origin', 'http://localhost:3000')
      .type('form')
      .send('name=digest')
      .expect(415);
  });
});

describe('Input the database never chokes on', () => {
  let t: TestApp;
  let w: ApiWorld;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '1000' } });
    w = await buildApiWorld(t);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a body nested deeper than 32 levels with 400, cheaply, before authentication', async () => {
    const depth = 500_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const started = process.hrtime.bigint();
    const res = await t.anonymous
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(`{"email":${deep},"password":"x"}`)
      .expect(400);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Request body is nested deeper than 32 levels',
    });
    console.log(`1 MB body nested ${depth} levels: refused in ${ms.toFixed(0)} ms (request included)`);
    // A body within the limit is parsed as before.
    const shallow = JSON.stringify({
      email: 'a@b.vn',
      password: 'x',
      extra: JSON.parse(`${'['.repeat(30)}${']'.repeat(30)}`),
    });
    await t.anonymous.post('/api/auth/login').set('Content-Type', 'application/json').send(shallow).expect(400);
  });

  it('refuses a NUL byte in a search with 400 naming the field, on tasks, sessions and departments', async () => {
    for (const list of ['/api/tasks', '/api/sessions', '/api/departments']) {
      const res = await t.http.get(`${list}?q=abc%00def`).expect(400);
      expect(res.body.errors).toEqual([{ field: 'q', message: expect.stringContaining('control characters') }]);
    }
  });

  it('refuses control characters in any string field of a body, naming it', async () => {
    const res = await t.http
      .post('/api/sessions')
      .send({ title: 'Phiên họp\u0000', kind: 'regular', heldAt: '2024-01-25T08:00:00+07:00' })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'title', message: expect.stringContaining('control characters') }]);
    const nested = await t.http
      .post(`/api/sessions/${w.sessionId}/reports`)
      .send({
        departmentId: w.departments.lead,
        title: 'Báo cáo',
        body: 'Nội dung',
        indicators: [{ name: 'Chỉ\u001btiêu', value: 1 }],
      })
      .expect(400);
    expect(nested.body.errors).toEqual([
      { field: 'indicators[0].name', message: expect.stringContaining('control characters') },
    ]);
  });

  it('stores CRLF as LF, and turns control characters of a pasted report body into spaces', async () => {
    const report = await t.http
      .post(`/api/sessions/${w.sessionId}/reports`)
      .send({ departmentId: w.departments.lead, title: 'Báo cáo dán', body: 'Dòng một\r\nDòng hai\u0000\u000cDòng ba' })
      .expect(201);
    expect(report.body.body).toBe('Dòng một\nDòng hai  Dòng ba');
    const session = await t.http
      .post('/api/sessions')
      .send({
        title: 'Phiên họp thường kỳ',
        kind: 'regular',
        heldAt: '2024-01-25T08:00:00+07:00',
        location: 'Hội trường\r\ntầng 2',
        conclusion: 'Kết luận\u0007 của Chủ tịch',
      })
      .expect(201);
    expect(session.body.location).toBe('Hội trường\ntầng 2');
    expect(session.body.conclusion).toBe('Kết luận  của Chủ tịch');
  });

  it('judges ids by their raw text: 00001 and +1 are not ids', async () => {
    const task = await w.newTask();
    await t.http.get(`/api/tasks/${task.id}`).expect(200);
    for (const id of [`0000${task.id}`, `+${task.id}`, `%2B${task.id}`, ` ${task.id}`.replace(' ', '%20')]) {
      const res = await t.http.get(`/api/tasks/${id}`).expect(400);
      expect(res.body.errors).toEqual([{ field: 'id', message: expect.any(String) }]);
    }
  });

  it('shows a unit the notifications only of tasks it can see now', async () => {
    const task = await w.newTask();
    const support = w.users.support.header;
    const before = await t.anonymous.get(`/api/notifications?taskId=${task.id}`).set(support).expect(200);
    expect(before.body.total).toBeGreaterThan(0);
    await t.http.patch(`/api/tasks/${task.id}`).send({ version: task.version, supportDepartmentIds: [] }).expect(200);
    const byTask = await t.anonymous.get(`/api/notifications?taskId=${task.id}`).set(support).expect(200);
    expect(byTask.body).toMatchObject({ items: [], total: 0 });
    const all = await t.anonymous.get('/api/notifications?limit=200').set(support).expect(200);
    expect(all.body.items.filter((row: { taskId: number }) => row.taskId === task.id)).toEqual([]);
    // The lead unit still reads its own.
    const lead = await t.anonymous.get(`/api/notifications?taskId=${task.id}`).set(w.users.department.header);
    expect(lead.body.total).toBeGreaterThan(0);
  });

  it('keeps the audit entries of accounts for admins', async () => {
    const office = w.users.office.header;
    const asked = await t.anonymous.get('/api/audit?entity=user').set(office).expect(403);
    expect(asked.body.message).toMatch(/admin/);
    const listed = await t.anonymous.get('/api/audit?limit=200').set(office).expect(200);
    expect(listed.body.items.filter((entry: { entity: string }) => entry.entity === 'user')).toEqual([]);
    const admin = await t.http.get('/api/audit?entity=user').expect(200);
    expect(admin.body.total).toBeGreaterThan(0);
  });
});
