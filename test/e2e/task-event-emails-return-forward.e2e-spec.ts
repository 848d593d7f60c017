import { User } from '../../src/users/user.entity';
import { loginAs } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { dateFromNow } from '../helpers/dates';
import { createDepartment, createTask, waitForDelivery } from '../helpers/reminder-fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';

jest.setTimeout(90_000);

/** The e-mails of a returned completion (to the unit) and of a forwarded extension request (to the deciding leader). */
describe('E-mails when the office returns a completion or forwards an extension request', () => {
  let sink: SmtpSink;
  let t: TestApp;
  const office = `vp-${Date.now().toString(36)}@example.gov.vn`;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({
      env: { SMTP_URL: sink.url, EVENT_EMAILS: 'on', OFFICE_EMAILS: office, REMINDER_OFFSETS: '1d' },
    });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const messagesTo = (address: string, prefix: string) =>
    sink.messages.filter((m) => m.to.includes(address) && (m.parsed.subject ?? '').startsWith(prefix));

  it('tells the lead unit once per return, with the reason, and nobody else', async () => {
    const lead = await createDepartment(t, { name: 'Sở Kế hoạch và Đầu tư' });
    const cooperating = await createDepartment(t, { name: 'Sở Tài chính' });
    const unit = await loginAs(t, 'department', { departmentId: lead.id });
    const officeUser = await loginAs(t, 'office');
    const title = 'Giải ngân vốn đầu tư công năm 2024';
    const id = await createTask(t, {
      title,
      leadDepartmentId: lead.id,
      supportDepartmentIds: [cooperating.id],
      dueDate: dateFromNow(30),
    });
    const report = () =>
      t.anonymous
        .post(`/api/tasks/${id}/progress`)
        .set(unit.header)
        .send({ completed: true, completedOn: dateFromNow(0), result: 'Đã giải ngân 95%' })
        .expect(201);
    const giveBack = (reason: string) =>
      t.anonymous.post(`/api/tasks/${id}/return`).set(officeUser.header).send({ reason }).expect(200);

    await report();
    await giveBack('Chưa đạt 100% kế hoạch vốn');
    await waitForDelivery(t);
    const returned = messagesTo(lead.emails[0], '[Trả lại báo cáo hoàn thành]');
    expect(returned.map((m) => m.parsed.subject)).toEqual([`[Trả lại báo cáo hoàn thành] ${title}`]);
    expect(returned[0].parsed.text).toContain('Lý do: Chưa đạt 100% kế hoạch vốn');
    expect(returned[0].parsed.text).toContain('Đề nghị Quý cơ quan tiếp tục thực hiện và báo cáo lại kết quả.');
    expect(returned[0].parsed.text).toMatch(/^English: Your completion report for the task .* was returned/m);
    expect(messagesTo(cooperating.emails[0], '[Trả lại báo cáo hoàn thành]')).toEqual([]);
    expect(messagesTo(office, '[Trả lại báo cáo hoàn thành]')).toEqual([]);

    // A second return is a second notice; the first is not sent again.
    await report();
    await giveBack('Thiếu biểu số liệu');
    await waitForDelivery(t);
    const both = messagesTo(lead.emails[0], '[Trả lại báo cáo hoàn thành]');
    expect(both).toHaveLength(2);
    expect(both[1].parsed.text).toContain('Lý do: Thiếu biểu số liệu');
    const rows = await t.http.get(`/api/notifications?taskId=${id}&kind=done_returned`).expect(200);
    expect(rows.body.items.map((n: { status: string }) => n.status)).toEqual(['sent', 'sent']);
  });

  it('tells the leader in charge once when the office forwards a request, with its opinion', async () => {
    const vice = await loginAs(t, 'leader', { email: `pct-${Date.now().toString(36)}@example.gov.vn` });
    await t.dataSource.getRepository(User).update({ id: vice.id }, { leaderTitle: 'vice_chairman' });
    const chairman = await loginAs(t, 'leader', { email: `ct-${Date.now().toString(36)}@example.gov.vn` });
    await t.dataSource.getRepository(User).update({ id: chairman.id }, { leaderTitle: 'chairman' });
    const lead = await createDepartment(t, { name: 'Sở Nông nghiệp và Phát triển nông thôn' });
    const unit = await loginAs(t, 'department', { departmentId: lead.id });
    const officeUser = await loginAs(t, 'office');
    const title = 'Tổ chức Tết trồng cây Xuân Giáp Thìn';
    const created = await t.http
      .post('/api/tasks')
      .send({
        title,
        documentId: (await t.http.get('/api/documents').expect(200)).body.items[0].id,
        leadDepartmentId: lead.id,
        leaderId: vice.id,
        dueDate: dateFromNow(10),
      })
      .expect(201);
    const id = created.body.id as number;
    const extension = await t.anonymous
      .post(`/api/tasks/${id}/extensions`)
      .set(unit.header)
      .send({ dueDate: dateFromNow(40), reason: 'Chờ thời tiết thuận lợi sau Tết' })
      .expect(201);
    await waitForDelivery(t);
    expect(messagesTo(vice.email, '[Đề nghị gia hạn]')).toHaveLength(1);

    const forward = () =>
      t.anonymous
        .post(`/api/tasks/${id}/extensions/${extension.body.id}/forward`)
        .set(officeUser.header)
        .send({ opinion: 'Văn phòng đề nghị đồng ý gia hạn' });
    await forward().expect(200);
    expect((await forward().expect(409)).body).toMatchObject({ rule: 'extension_forwarded' });
    await waitForDelivery(t);
    const forwarded = messagesTo(vice.email, '[Trình đề nghị gia hạn]');
    expect(forwarded.map((m) => m.parsed.subject)).toEqual([`[Trình đề nghị gia hạn] ${title}`]);
    expect(forwarded[0].parsed.text).toContain('Lý do: Chờ thời tiết thuận lợi sau Tết');
    expect(forwarded[0].parsed.text).toContain('Văn phòng đề nghị đồng ý gia hạn');
    expect(forwarded[0].parsed.text).toMatch(/^English: The office forwards .* request to extend the task/m);
    // The leader in charge decides: the chairman, the unit and the office are not told of the forwarding.
    expect(messagesTo(chairman.email, '[Trình đề nghị gia hạn]')).toEqual([]);
    expect(messagesTo(lead.emails[0], '[Trình đề nghị gia hạn]')).toEqual([]);
    expect(messagesTo(office, '[Trình đề nghị gia hạn]')).toEqual([]);
  });
});
