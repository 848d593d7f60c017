import type { Job } from 'bull';
import { JobPayloads } from '../../src/queue/queue.constants';
import { firedAtOf } from '../../src/notifications/notification.processor';
import { NotificationSource } from '../../src/notifications/notification-source';
import { randomBytes } from 'node:crypto';
import { Department } from '../../src/departments/department.entity';
import { digestPeriodOf } from '../../src/reminders/reminder-plan';
import { Notification } from '../../src/notifications/notification.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { deleteKeys } from '../helpers/queue-keys';
import { completeTask, createDepartment, createTask, waitForDelivery } from '../helpers/reminder-fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';

jest.setTimeout(90_000);

const DAY = 86_400_000;

/** Departments and tasks covering every case of the digest and the summary. */
async function seed(t: TestApp) {
  const now = Date.now();
  const health = await createDepartment(t, { name: 'Sở Y tế', code: `SYT${randomBytes(2).toString('hex')}` });
  const finance = await createDepartment(t, { name: 'Sở Tài chính', code: `STC${randomBytes(2).toString('hex')}` });
  const quiet = await createDepartment(t, { name: 'Sở Tư pháp' });
  const inactive = await createDepartment(t, { name: 'Ban đã giải thể' });
  const noAddress = await createDepartment(t, { name: 'UBND huyện Pác Nặm', kind: 'district', emails: [] });

  const tenDaysLate = await createTask(t, {
    leadDepartmentId: health.id,
    title: 'Báo cáo dịch bệnh mùa đông',
    dueAt: new Date(now - 10 * DAY),
  });
  const twoDaysLate = await createTask(t, {
    leadDepartmentId: health.id,
    title: 'Kiểm tra an toàn thực phẩm dịp Tết',
    dueAt: new Date(now - 2 * DAY),
  });
  const dueSoon = await createTask(t, {
    leadDepartmentId: health.id,
    supportDepartmentIds: [finance.id],
    title: 'Thăm, tặng quà các đối tượng chính sách',
    dueAt: new Date(now + DAY),
  });
  await createTask(t, { leadDepartmentId: health.id, title: 'Kế hoạch năm 2025', dueAt: new Date(now + 30 * DAY) });
  const onTime = await createTask(t, {
    leadDepartmentId: health.id,
    title: 'Đã xong đúng hạn',
    dueAt: new Date(now + 5 * DAY),
  });
  await completeTask(t, onTime);
  const late = await createTask(t, {
    leadDepartmentId: health.id,
    title: 'Đã xong quá hạn',
    dueAt: new Date(now - DAY),
  });
  await completeTask(t, late);
  await createTask(t, { leadDepartmentId: finance.id, title: 'Quyết toán ngân sách', dueAt: new Date(now + 40 * DAY) });
  await createTask(t, { leadDepartmentId: quiet.id, title: 'Rà soát văn bản', dueAt: new Date(now + 40 * DAY) });
  await createTask(t, { leadDepartmentId: inactive.id, title: 'Việc cũ', dueAt: new Date(now - 3 * DAY) });
  await t.dataSource.getRepository(Department).update({ id: inactive.id }, { active: false });
  await createTask(t, { leadDepartmentId: noAddress.id, title: 'Hỗ trợ hộ nghèo', dueAt: new Date(now - 3 * DAY) });
  return { health, finance, quiet, inactive, noAddress, tenDaysLate, twoDaysLate, dueSoon };
}

describe('Digests', () => {
  let sink: SmtpSink;
  const apps: TestApp[] = [];
  const office = () => [
    `vp-${randomBytes(3).toString('hex')}@example.gov.vn`,
    `cvp-${randomBytes(3).toString('hex')}@example.gov.vn`,
  ];

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    for (const app of apps.splice(0).reverse()) await app.close();
  });
  afterAll(async () => {
    await sink.close();
  });

  const mailTo = (address: string) => sink.messages.filter((m) => m.to.includes(address));

  it('sends each department with overdue or due-soon tasks one digest, and the office one summary', async () => {
    const officeEmails = office();
    const t = await createTestApp({ env: { SMTP_URL: sink.url, OFFICE_EMAILS: officeEmails.join(',') } });
    apps.push(t);
    const s = await seed(t);

    const run = await t.http.post('/api/digests/run').expect(202);
    const period = digestPeriodOf(new Date(), 'Asia/Ho_Chi_Minh');
    expect(run.body).toEqual({ period, planned: 4, queued: 4 });
    await waitForDelivery(t);

    const [healthDigest] = mailTo(s.health.emails[0]);
    expect(mailTo(s.health.emails[0])).toHaveLength(1);
    expect(healthDigest.parsed.subject).toBe(
      `[Tổng hợp ngày ${period.split('-').reverse().join('/')}] Sở Y tế: 2 nhiệm vụ quá hạn, 1 sắp đến hạn`,
    );
    const text = healthDigest.parsed.text as string;
    const positions = [
      'Báo cáo dịch bệnh mùa đông',
      'Kiểm tra an toàn thực phẩm dịp Tết',
      'Thăm, tặng quà các đối tượng chính sách',
    ].map((title) => text.indexOf(title));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toMatch(/Báo cáo dịch bệnh mùa đông — Chủ trì — Thời hạn: .*, quá hạn 1[01] ngày/);
    expect(text).toContain(
      `Tình hình nhiệm vụ của Quý cơ quan tính đến ngày ${period.split('-').reverse().join('/')}: 2 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn.`,
    );
    expect(text.split('\n')[0]).toBe('VĂN PHÒNG UBND TỈNH BẮC KẠN');
    expect(healthDigest.parsed.from?.value).toEqual([
      { name: 'Văn phòng UBND tỉnh Bắc Kạn', address: 'no-reply@localhost' },
    ]);
    expect(text).not.toContain('Kế hoạch năm 2025');
    expect(text).not.toContain('Đã xong');
    expect(text).toContain(`http://localhost:3000/tasks/${s.dueSoon}`);
    expect(healthDigest.parsed.messageId).toBe(`<digest.${period}.d${s.health.id}@localhost>`);

    const financeMails = mailTo(s.finance.emails[0]);
    expect(financeMails).toHaveLength(1);
    expect(financeMails[0].parsed.text).toContain(
      'Thăm, tặng quà các đối tượng chính sách — Phối hợp (chủ trì: Sở Y tế)',
    );
    expect(mailTo(s.quiet.emails[0])).toEqual([]);
    expect(mailTo(s.inactive.emails[0])).toEqual([]);

    const summaries = sink.messages.filter(
      (m) => m.parsed.messageId === `<summary.${period}.office@localhost>` && m.to.includes(officeEmails[0]),
    );
    expect(summaries).toHaveLength(1);
    expect(summaries[0].to.sort()).toEqual([...officeEmails].sort());
    const summary = summaries[0].parsed.text as string;
    // Sở Y tế: on time 1, late 1, within deadline 2 (due soon, far), overdue 2.
    expect(summaries[0].parsed.subject).toBe(
      `[Tổng hợp ngày ${period.split('-').reverse().join('/')}] Tình hình thực hiện nhiệm vụ: 4 quá hạn, 4 trong hạn`,
    );
    expect(summary).toContain('Kính gửi: Lãnh đạo Văn phòng UBND tỉnh Bắc Kạn');
    expect(summary).toContain(
      '- Sở Y tế: I. Đã hoàn thành: 2 (đúng hạn: 1; quá hạn: 1) – II. Chưa hoàn thành: 4 (trong hạn: 2; quá hạn: 2; chờ xác nhận: 0) – III. Thường xuyên: 0',
    );
    expect(summary).toContain(
      '- Sở Tài chính: I. Đã hoàn thành: 0 (đúng hạn: 0; quá hạn: 0) – II. Chưa hoàn thành: 1 (trong hạn: 1; quá hạn: 0; chờ xác nhận: 0) – III. Thường xuyên: 0',
    );
    expect(summary).toMatch(/^English: Task summary as of \d\d:\d\d on \d\d\/\d\d\/\d{4}: I\. Completed: 2 /m);
    expect(summary).toContain('DANH SÁCH NHIỆM VỤ QUÁ HẠN (4)');
    expect(summary.indexOf('Báo cáo dịch bệnh mùa đông')).toBeLessThan(
      summary.indexOf('Kiểm tra an toàn thực phẩm dịp Tết'),
    );

    const failed = await t.http.get(`/api/notifications?kind=digest&departmentId=${s.noAddress.id}`).expect(200);
    expect(failed.body.items).toEqual([
      expect.objectContaining({
        kind: 'digest',
        status: 'failed',
        recipients: [],
        error: 'department has no valid notification address',
        sentAt: null,
      }),
    ]);
    const sent = await t.http.get('/api/notifications?kind=summary&status=sent').expect(200);
    expect(sent.body.items).toEqual([
      expect.objectContaining({ kind: 'summary', taskId: null, departmentId: null, attempts: 1 }),
    ]);
  });

  it('sends a period’s digest to each recipient once, however often it runs', async () => {
    const officeEmails = office();
    const t = await createTestApp({ env: { SMTP_URL: sink.url, OFFICE_EMAILS: officeEmails.join(',') } });
    apps.push(t);
    const s = await seed(t);
    await t.http.post('/api/digests/run').expect(202);
    await waitForDelivery(t);
    const again = await t.http.post('/api/digests/run').expect(202);
    expect(again.body).toMatchObject({ planned: 0, queued: 0 });
    await Promise.all([1, 2, 3].map(() => t.http.post('/api/digests/run').expect(202)));
    await waitForDelivery(t);

    expect(mailTo(s.health.emails[0])).toHaveLength(1);
    expect(mailTo(s.finance.emails[0])).toHaveLength(1);
    expect(mailTo(officeEmails[0])).toHaveLength(1);
    expect(await t.dataSource.getRepository(Notification).count({ where: { kind: 'digest' } })).toBe(3);
  });

  it('guarantee 5: two app instances on the same database and Redis send each digest exactly once', async () => {
    const officeEmails = office();
    const env = {
      SMTP_URL: sink.url,
      OFFICE_EMAILS: officeEmails.join(','),
      QUEUE_PREFIX: `t${randomBytes(5).toString('hex')}`,
    };
    const first = await createTestApp({ env });
    apps.push(first);
    const second = await createTestApp({ env, database: first.database });
    apps.push(second);
    const s = await seed(first);

    await Promise.all([
      first.http.post('/api/digests/run').expect(202),
      second.http.post('/api/digests/run').expect(202),
      first.http.post('/api/digests/run').expect(202),
      second.http.post('/api/digests/run').expect(202),
    ]);
    await waitForDelivery(first);
    await waitForDelivery(second);

    expect(mailTo(s.health.emails[0])).toHaveLength(1);
    expect(mailTo(s.finance.emails[0])).toHaveLength(1);
    expect(mailTo(officeEmails[0])).toHaveLength(1);
    expect(mailTo(officeEmails[1])).toHaveLength(1);
    const rows = await first.dataSource.getRepository(Notification).find({ where: { kind: 'digest' } });
    expect(rows.map((r) => [r.departmentId, r.status, r.attempts]).sort()).toEqual(
      [
        [s.health.id, 'sent', 1],
        [s.finance.id, 'sent', 1],
        [s.noAddress.id, 'failed', 0],
      ].sort(),
    );
    await deleteKeys(first.env.REDIS_URL, env.QUEUE_PREFIX);
  });
  it('the daily digest job plans only on working days of the holiday calendar, make-up Saturdays included', async () => {
    const t = await createTestApp({ env: { SMTP_URL: sink.url, WORKER: 'off', OFFICE_EMAILS: office().join(',') } });
    apps.push(t);
    const source = t.app.get(NotificationSource);
    const firedAt = (instant: string) =>
      firedAtOf({ opts: { prevMillis: new Date(instant).getTime() }, timestamp: 0 } as unknown as Job<
        JobPayloads['digest']
      >);
    // 07:30 in Viet Nam: Tết 2026, a Sunday, the make-up Saturday 10 January 2026, an ordinary Monday.
    expect(await source.runDigest(firedAt('2026-02-17T00:30:00Z'))).toBe('2026-02-17: not a working day');
    expect(await source.runDigest(firedAt('2026-01-11T00:30:00Z'))).toBe('2026-01-11: not a working day');
    expect(await source.runDigest(firedAt('2026-01-10T00:30:00Z'))).toBe('2026-01-10: 1 planned');
    expect(await source.runDigest(firedAt('2026-01-12T00:30:00Z'))).toBe('2026-01-12: 1 planned');
    const periods = (await t.dataSource.getRepository(Notification).find({ where: { kind: 'summary' } })).map(
      (n) => n.period,
    );
    expect(periods.sort()).toEqual(['2026-01-10', '2026-01-12']);
  });
});
