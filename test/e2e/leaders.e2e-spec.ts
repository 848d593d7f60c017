import { User } from '../../src/users/user.entity';
import { loginAs, TestUser } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment, createTask, dateFromNow } from '../helpers/task-factory';

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

/** Leader accounts, GET /api/leaders, and who decides an extension request. */
describe('Leaders and extension decisions', () => {
  let t: TestApp;
  let chairman: TestUser;
  let vice: TestUser;
  let otherVice: TestUser;
  let office: TestUser;
  let department: TestUser;
  let lead: number;

  const titled = async (title: 'chairman' | 'vice_chairman', fullName: string, sectors: string[]) => {
    const user = await loginAs(t, 'leader', { fullName });
    await t.dataSource.getRepository(User).update(user.id, { leaderTitle: title, sectors });
    return user;
  };

  beforeAll(async () => {
    t = await createTestApp();
    chairman = await titled('chairman', 'Nguyễn Đăng Bình', ['Chung']);
    vice = await titled('vice_chairman', 'Phạm Duy Hưng', ['Kinh tế']);
    otherVice = await titled('vice_chairman', 'Đinh Quang Tuyên', ['Văn hóa - Xã hội']);
    office = await loginAs(t, 'office');
    lead = (await createDepartment(t)).id;
    department = await loginAs(t, 'department', { departmentId: lead });
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('leader accounts', () => {
    it('take a title and sectors, and only a leader account does', async () => {
      const created = await t.http
        .post('/api/users')
        .send({
          email: 'pct.nongnghiep@backan.gov.vn',
          fullName: 'Đỗ Thị Minh Hoa',
          role: 'leader',
          password: 'Rừng-Xanh-Bắc-Kạn-2024',
          leaderTitle: 'vice_chairman',
          sectors: [' Nông nghiệp ', 'Nông nghiệp', 'Tài nguyên'],
        })
        .expect(201);
      expect(created.body).toMatchObject({ leaderTitle: 'vice_chairman', sectors: ['Nông nghiệp', 'Tài nguyên'] });
      const wrong = await t.http
        .post('/api/users')
        .send({
          email: 'vp@backan.gov.vn',
          fullName: 'Chuyên viên',
          role: 'office',
          password: 'Rừng-Xanh-Bắc-Kạn-2024',
          leaderTitle: 'chairman',
        })
        .expect(400);
      expect(fieldsOf(wrong.body)).toEqual(['leaderTitle']);
      await t.http.patch(`/api/users/${created.body.id}`).send({ leaderTitle: 'president' }).expect(400);
      const demoted = await t.http.patch(`/api/users/${created.body.id}`).send({ role: 'office' }).expect(200);
      expect(demoted.body).toMatchObject({ leaderTitle: null, sectors: [] });
    });

    it('are listed for every role, the chairman first, without inactive ones', async () => {
      const inactive = await titled('vice_chairman', 'Lý Văn Nghỉ', []);
      await t.dataSource.getRepository(User).update(inactive.id, { active: false });
      const res = await t.anonymous.get('/api/leaders').set(department.header).expect(200);
      expect(res.body[0]).toEqual({
        id: chairman.id,
        fullName: 'Nguyễn Đăng Bình',
        leaderTitle: 'chairman',
        sectors: ['Chung'],
      });
      const ids = res.body.map((l: { id: number }) => l.id);
      expect(ids).toEqual(expect.arrayContaining([vice.id, otherVice.id]));
      expect(ids).not.toContain(inactive.id);
    });
  });

  describe('extension decisions', () => {
    const pendingRequest = async (leaderId: number | null) => {
      const task = await createTask(t, { leadDepartmentId: lead, leaderId, dueDate: dateFromNow(5) });
      const request = await t.anonymous
        .post(`/api/tasks/${task.id}/extensions`)
        .set(department.header)
        .send({ dueDate: dateFromNow(25), reason: 'Chờ Trung ương phân bổ vốn' })
        .expect(201);
      return { task: task.id, url: `/api/tasks/${task.id}/extensions/${request.body.id}` };
    };
    const as = (user: TestUser) => ({
      post: (url: string, body: object = {}) => t.anonymous.post(url).set(user.header).send(body),
      get: (url: string) => t.anonymous.get(url).set(user.header),
    });

    it('are the leader in charge’s: another vice-chairman and the office are refused', async () => {
      const { task, url } = await pendingRequest(vice.id);
      const refused = await as(otherVice).post(`${url}/approve`).expect(403);
      expect(refused.body.message).toMatch(/leader in charge of the task or the chairman/);
      const office403 = await as(office).post(`${url}/reject`, { note: 'Không' }).expect(403);
      expect(office403.body.message).toMatch(/the office forwards the request/);
      expect((await as(otherVice).get(`/api/tasks/${task}`)).body.allowedActions).toEqual([]);
      expect((await as(vice).get(`/api/tasks/${task}`)).body.allowedActions).toEqual(['decide_extension']);
      expect((await as(office).get(`/api/tasks/${task}`)).body.allowedActions).toContain('forward_extension');
      await as(vice).post(`${url}/approve`, { note: 'Đồng ý' }).expect(200);
    });

    it('are the chairman’s on any task', async () => {
      const { url } = await pendingRequest(vice.id);
      const res = await as(chairman).post(`${url}/reject`, { note: 'Đề nghị hoàn thành đúng hạn' }).expect(200);
      expect(res.body).toMatchObject({ status: 'rejected', decidedById: chairman.id });
    });

    it('are any leader’s while the task names no leader in charge', async () => {
      const { url } = await pendingRequest(null);
      await as(otherVice).post(`${url}/approve`).expect(200);
    });

    it('are forwarded by the office with its opinion, once', async () => {
      const { url } = await pendingRequest(vice.id);
      const res = await as(office).post(`${url}/forward`, { opinion: 'Văn phòng đề nghị đồng ý' }).expect(200);
      expect(res.body).toMatchObject({
        status: 'pending',
        forwardedById: office.id,
        forwardOpinion: 'Văn phòng đề nghị đồng ý',
        forwardedAt: expect.any(String),
      });
      await as(office).post(`${url}/forward`, { opinion: 'Lần nữa' }).expect(409);
      await as(office).post(`${url}/forward`, { opinion: '  ' }).expect(400);
      await as(department).post(`${url}/forward`, { opinion: 'x' }).expect(403);
      await as(vice).post(`${url}/approve`).expect(200);
      await as(office).post(`${url}/forward`, { opinion: 'Muộn' }).expect(409);
    });
  });

  it('lets the office decide where EXTENSION_DECIDERS includes office', async () => {
    const other = await createTestApp({ env: { EXTENSION_DECIDERS: 'leader,office' } });
    try {
      const officeUser = await loginAs(other, 'office');
      const unit = (await createDepartment(other)).id;
      const task = await createTask(other, { leadDepartmentId: unit, dueDate: dateFromNow(5) });
      const request = await other.http
        .post(`/api/tasks/${task.id}/extensions`)
        .send({ dueDate: dateFromNow(25), reason: 'Chờ vốn' })
        .expect(201);
      await other.anonymous
        .post(`/api/tasks/${task.id}/extensions/${request.body.id}/approve`)
        .set(officeUser.header)
        .send({})
        .expect(200);
    } finally {
      await other.close();
    }
  });
});
