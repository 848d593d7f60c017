import { pdfBytes } from '../helpers/attachment-files';
import { TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createTask, dateFromNow } from '../helpers/task-factory';
import { taskRoles } from '../helpers/task-roles';

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

/** GET /api/tasks/:id/history: the task's own audit trail in the office's words, oldest first. */
describe('Task history', () => {
  let t: TestApp;
  let unit: TestUser;
  let cooperating: TestUser;
  let stranger: TestUser;
  let office: TestUser;
  let leader: TestUser;
  let lead: number;
  let support: number;

  beforeAll(async () => {
    t = await createTestApp();
    ({ lead, support, unit, cooperating, stranger, office, leader } = await taskRoles(t, {
      unit: 'Nguyễn Văn Đơn Vị',
      office: 'Trần Thị Văn Phòng',
      leader: 'Lê Văn Lãnh Đạo',
    }));
  });

  afterAll(async () => {
    await t?.close();
  });

  const as = (user: TestUser) => ({
    post: (url: string, body: object = {}) => t.anonymous.post(url).set(user.header).send(body),
    patch: (url: string, body: object = {}) => t.anonymous.patch(url).set(user.header).send(body),
    get: (url: string) => t.anonymous.get(url).set(user.header),
  });

  it('tells the life of a task oldest first, with who did what', async () => {
    const task = await createTask(t, {
      leadDepartmentId: lead,
      supportDepartmentIds: [support],
      dueDate: dateFromNow(10),
    });
    await as(office)
      .patch(`/api/tasks/${task.id}`, { version: task.version, dueDate: dateFromNow(12), isKey: true })
      .expect(200);
    await as(unit).post(`/api/tasks/${task.id}/progress`, { percent: 40, note: 'Đã xây dựng dự thảo' }).expect(201);
    await as(cooperating).post(`/api/tasks/${task.id}/progress`, { note: 'Thống nhất nội dung dự thảo' }).expect(201);
    const extension = (
      await as(unit)
        .post(`/api/tasks/${task.id}/extensions`, { dueDate: dateFromNow(20), reason: 'Chờ ý kiến các sở' })
        .expect(201)
    ).body;
    await as(leader)
      .post(`/api/tasks/${task.id}/extensions/${extension.id}/reject`, { note: 'Đề nghị hoàn thành đúng hạn' })
      .expect(200);
    const file = (
      await t.anonymous
        .post(`/api/tasks/${task.id}/attachments`)
        .set(unit.header)
        .attach('file', pdfBytes(), 'Báo cáo.pdf')
        .expect(201)
    ).body;
    await as(unit)
      .post(`/api/tasks/${task.id}/progress`, {
        completed: true,
        completedOn: dateFromNow(0),
        result: 'Đã ban hành kế hoạch',
        attachmentIds: [file.id],
      })
      .expect(201);
    await as(office).post(`/api/tasks/${task.id}/return`, { reason: 'Thiếu số liệu' }).expect(200);
    await as(unit)
      .post(`/api/tasks/${task.id}/progress`, { completed: true, completedOn: dateFromNow(0), result: 'Bổ sung' })
      .expect(201);
    await as(office).post(`/api/tasks/${task.id}/confirm`).expect(200);

    const history = (await as(cooperating).get(`/api/tasks/${task.id}/history`).expect(200)).body as Array<{
      id: number;
      at: string;
      action: string;
      actorName: string | null;
      actorRole: string | null;
      summary: string;
      changes: Array<{ field: string; before: unknown; after: unknown }>;
    }>;
    const ids = history.map((h) => h.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const actions = history.map((h) => h.action);
    expect(actions[0]).toBe('task_created');
    expect(actions).toEqual(
      expect.arrayContaining([
        'deadline_changed',
        'progress_reported',
        'note_added',
        'extension_requested',
        'extension_rejected',
        'attachment_added',
        'completion_reported',
        'completion_returned',
        'completion_confirmed',
      ]),
    );
    expect(actions.indexOf('completion_returned')).toBeLessThan(actions.lastIndexOf('completion_reported'));
    expect(actions[actions.length - 1]).toBe('completion_confirmed');
    const deadline = history.find((h) => h.action === 'deadline_changed')!;
    expect(deadline).toMatchObject({
      actorName: 'Trần Thị Văn Phòng',
      actorRole: 'office',
      summary: `Thay đổi thời hạn từ ${ddmmyyyy(dateFromNow(10))} thành ${ddmmyyyy(dateFromNow(12))}; sửa nhiệm vụ trọng tâm`,
    });
    expect(deadline.changes).toEqual(
      expect.arrayContaining([
        { field: 'dueDate', label: 'Thời hạn', before: dateFromNow(10), after: dateFromNow(12) },
        { field: 'isKey', label: 'Nhiệm vụ trọng tâm', before: false, after: true },
      ]),
    );
    expect(history.find((h) => h.action === 'progress_reported')).toMatchObject({
      actorName: 'Nguyễn Văn Đơn Vị',
      actorRole: 'department',
      summary: 'Cập nhật tiến độ 40%: Đã xây dựng dự thảo',
    });
    expect(history.find((h) => h.action === 'extension_requested')!.summary).toBe(
      `Đề nghị gia hạn đến ngày ${ddmmyyyy(dateFromNow(20))}: Chờ ý kiến các sở`,
    );
    expect(history.find((h) => h.action === 'extension_rejected')).toMatchObject({
      actorName: 'Lê Văn Lãnh Đạo',
      summary: 'Không đồng ý gia hạn: Đề nghị hoàn thành đúng hạn',
    });
    expect(history.find((h) => h.action === 'attachment_added')!.summary).toBe('Đính kèm tệp Báo cáo.pdf');
    expect(history.every((h) => !Number.isNaN(Date.parse(h.at)))).toBe(true);
  });

  it('is read by whoever may see the task and hidden (404) from anyone else', async () => {
    const task = await createTask(t, { leadDepartmentId: lead, dueDate: dateFromNow(5) });
    for (const reader of [unit, office, leader]) {
      const history = (await as(reader).get(`/api/tasks/${task.id}/history`).expect(200)).body;
      expect(history.map((h: { action: string }) => h.action)).toEqual(['task_created']);
    }
    await as(stranger).get(`/api/tasks/${task.id}/history`).expect(404);
    await as(office).get('/api/tasks/999999/history').expect(404);
  });
});
