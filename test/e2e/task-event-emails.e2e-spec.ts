import { User } from '../../src/users/user.entity';
import { loginAs } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import {
  cancelTask,
  completeTask,
  createDepartment,
  createTask,
  extendDeadline,
  moveDeadline,
  waitForDelivery,
} from '../helpers/reminder-fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';

jest.setTimeout(90_000);

describe('E-mails for the moments that call for action', () => {
  let sink: SmtpSink;
  let t: TestApp | undefined;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  afterAll(async () => {
    await sink.close();
  });

  const subjectsTo = (address: string) =>
    sink.messages
      .filter((m) => m.to.includes(address))
      .map((m) => m.parsed.subject ?? '')
      .sort();

  it('tells the units of an assignment, a new deadline and a stop, the deciders of an extension request and the unit of the decision, each once', async () => {
    const office = `vp-${Date.now().toString(36)}@example.gov.vn`;
    t = await createTestApp({
      env: { SMTP_URL: sink.url, EVENT_EMAILS: 'on', OFFICE_EMAILS: office, REMINDER_OFFSETS: '1d' },
    });
    const chairman = await loginAs(t, 'leader');
    await t.dataSource.getRepository(User).update({ id: chairman.id }, { leaderTitle: 'chairman' });
    const lead = await createDepartment(t, { name: 'Sở Nông nghiệp và Phát triển nông thôn' });
    const cooperating = await createDepartment(t, { name: 'Sở Tài nguyên và Môi trường' });
    const title = 'Tổ chức Tết trồng cây Xuân Giáp Thìn';
    const id = await createTask(t, {
      title,
      leadDepartmentId: lead.id,
      supportDepartmentIds: [cooperating.id],
      dueDate: '2099-02-20',
    });
    await waitForDelivery(t);
    expect(subjectsTo(lead.emails[0])).toEqual([`[Giao nhiệm vụ] ${title}`]);
    expect(subjectsTo(cooperating.emails[0])).toEqual([`[Giao nhiệm vụ] ${title}`]);
    const assigned = sink.messages.find((m) => m.to.includes(cooperating.emails[0]))!;
    expect(assigned.parsed.text).toContain(
      'Văn phòng UBND tỉnh Bắc Kạn thông báo Quý cơ quan được giao phối hợp thực hiện nhiệm vụ:',
    );
    expect(assigned.parsed.text).toContain('Thời hạn hoàn thành: ngày 20/02/2099.');
    expect(assigned.parsed.text).toMatch(
      /^English: A task has been assigned to your department \(as a cooperating department\)/m,
    );

    // An edit that changes nothing for the units sends nothing again.
    const current = (await t.http.get(`/api/tasks/${id}`).expect(200)).body as { version: number };
    await t.http.patch(`/api/tasks/${id}`).send({ version: current.version, description: 'Bổ sung mô tả' }).expect(200);
    await moveDeadline(t, id, { dueDate: '2099-03-05' });
    await extendDeadline(t, id, { dueDate: '2099-03-20' });
    await waitForDelivery(t);
    expect(subjectsTo(lead.emails[0])).toEqual(
      [
        `[Giao nhiệm vụ] ${title}`,
        `[Điều chỉnh thời hạn] ${title}`,
        `[Điều chỉnh thời hạn] ${title}`,
        `[Đồng ý gia hạn] ${title}`,
      ].sort(),
    );
    expect(subjectsTo(cooperating.emails[0])).toEqual(
      [`[Giao nhiệm vụ] ${title}`, `[Điều chỉnh thời hạn] ${title}`, `[Điều chỉnh thời hạn] ${title}`].sort(),
    );
    expect(subjectsTo(chairman.email)).toEqual([`[Đề nghị gia hạn] ${title}`]);
    expect(subjectsTo(office)).toEqual([`[Đề nghị gia hạn] ${title}`]);
    const request = sink.messages.find((m) => m.to.includes(office))!;
    expect(request.parsed.text).toContain('Kính gửi: Lãnh đạo Văn phòng UBND tỉnh Bắc Kạn');
    expect(request.parsed.text).toContain('đề nghị gia hạn nhiệm vụ đến ngày 20/03/2099');
    expect(request.parsed.text).toContain('Lý do: Chờ bố trí vốn');

    await cancelTask(t, id);
    await waitForDelivery(t);
    expect(subjectsTo(lead.emails[0]).filter((s) => s.startsWith('[Dừng thực hiện]'))).toHaveLength(1);
    expect(subjectsTo(cooperating.emails[0]).filter((s) => s.startsWith('[Dừng thực hiện]'))).toHaveLength(1);

    // A completion the office records itself is confirmed at once: nobody is asked to confirm it.
    const other = await createTask(t, { title: 'Báo cáo sơ kết', leadDepartmentId: lead.id, dueDate: '2099-04-01' });
    await completeTask(t, other);
    await waitForDelivery(t);
    expect(subjectsTo(office).filter((s) => s.startsWith('[Báo cáo hoàn thành]'))).toEqual([]);

    const listed = await t.http.get(`/api/notifications?taskId=${id}&kind=ext_requested`).expect(200);
    expect(listed.body.items.map((n: { status: string; role?: string }) => n.status)).toEqual(['sent', 'sent']);
  });
});
