import { generateDataset } from '../../scripts/bench/dataset';
import { SqlDialect } from '../../src/database/sql-dialect';
import { createTestApp, TestApp } from '../helpers/create-test-app';

/**
 * The benchmark's data set must be what the app would have written itself:
 * the status mix it was built for is the one the API derives, search finds its
 * titles, and open tasks carry the reminders the planner would have planned.
 */
describe('Benchmark data set', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { STATS_CACHE_SECONDS: '0' } });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('reads back through the API with the status mix it was generated with', async () => {
    const summary = await generateDataset(
      t.dataSource,
      t.app.get(SqlDialect),
      { tasks: 600, departments: 12, sessions: 15 },
      new Date(),
      {
        offsets: ['7d', '3d', '1d', '0d'],
        reminderTime: '08:00',
        timeZone: 'Asia/Ho_Chi_Minh',
        appUrl: 'http://localhost:3000',
        mailFrom: 'Văn phòng UBND tỉnh Bắc Kạn <no-reply@localhost>',
        province: 'tỉnh Bắc Kạn',
      },
    );
    const counts = (await t.http.get('/api/stats/summary').expect(200)).body;
    expect({
      in_progress: counts.inProgress,
      due_soon: counts.dueSoon,
      overdue: counts.overdue,
      standing: counts.standing,
      awaiting_confirmation: counts.awaitingConfirmation,
      done_on_time: counts.doneOnTime,
      done_late: counts.doneLate,
      cancelled: counts.cancelled,
    }).toEqual(summary.statusCounts);
    expect(counts.total).toBe(600);

    const found = (await t.http.get('/api/tasks').query({ q: '"ho ngheo"', limit: 1 }).expect(200)).body;
    const [{ n }] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM "tasks" WHERE "searchText" LIKE '%ho ngheo%'`);
    expect(found.total).toBe(Number(n));
    expect(found.total).toBeGreaterThan(0);

    const task = (await t.http.get(`/api/tasks/${summary.openTaskIds[0]}`).expect(200)).body;
    expect(['in_progress', 'due_soon']).toContain(task.status);
    const reminders = (await t.http.get(`/api/tasks/${task.id}/reminders`).expect(200)).body;
    const items = Array.isArray(reminders) ? reminders : reminders.items;
    expect(items.some((r: { kind: string; status: string }) => r.kind === 'overdue' && r.status === 'pending')).toBe(
      true,
    );

    await t.http
      .post(`/api/tasks/${task.id}/progress`)
      .send({ percent: Math.min(99, task.progressPercent + 1), note: 'Đang triển khai' })
      .expect(201);
  });
});
