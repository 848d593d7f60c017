import { User } from '../../src/users/user.entity';
import { createTestDepartment, loginAs, TEST_PASSWORD } from '../helpers/auth';
import { createTestApp, TestApp } from '../helpers/create-test-app';

describe('Users API (admin)', () => {
  let t: TestApp;
  const password = 'Mat-khau-du-dai-2024';

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates an account, lower-casing the e-mail and never answering the password', async () => {
    const department = await createTestDepartment(t);
    const res = await t.http
      .post('/api/users')
      .send({
        email: ' Chuyenvien.SYT@BacKan.gov.vn ',
        fullName: 'Nguyễn Thị Hoa',
        role: 'department',
        departmentId: department.id,
        password,
      })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      email: 'chuyenvien.syt@backan.gov.vn',
      fullName: 'Nguyễn Thị Hoa',
      role: 'department',
      departmentId: department.id,
      leaderTitle: null,
      sectors: [],
      active: true,
    });
    const stored = await t.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: res.body.id })
      .getOneOrFail();
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    await t.anonymous.post('/api/auth/login').send({ email: 'chuyenvien.syt@backan.gov.vn', password }).expect(200);
    expect((await t.http.get(`/api/users/${res.body.id}`).expect(200)).body).toEqual(res.body);
  });

  it('answers 409 for an e-mail already taken, whatever its case', async () => {
    await t.http
      .post('/api/users')
      .send({ email: 'trung@test.local', fullName: 'A', role: 'office', password })
      .expect(201);
    const res = await t.http
      .post('/api/users')
      .send({ email: 'TRUNG@test.local', fullName: 'B', role: 'leader', password })
      .expect(409);
    expect(res.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: expect.stringContaining('trung@test.local'),
      errors: [{ field: 'email', message: 'Địa chỉ thư điện tử trung@test.local đã được dùng cho một tài khoản khác' }],
    });
  });

  it.each([
    ['a department user without a department', { role: 'department' }, 'departmentId'],
    ['an office user with a department', { role: 'office', departmentId: 1 }, 'departmentId'],
    ['a department that does not exist', { role: 'department', departmentId: 999_999 }, 'departmentId'],
    ['a short password', { role: 'office', password: 'Ngan-1' }, 'password'],
    ['a password longer than 128 characters', { role: 'office', password: 'x1Y!'.repeat(33) }, 'password'],
    ['a well-known password', { role: 'office', password: 'password123' }, 'password'],
    ['a password of one repeated character', { role: 'office', password: 'aaaaaaaaaaaa' }, 'password'],
    ['an invalid e-mail', { role: 'office', email: 'khong-phai-email' }, 'email'],
    ['an unknown role', { role: 'superuser' }, 'role'],
    ['an unknown field', { role: 'office', isAdmin: true }, 'isAdmin'],
    [
      'a password hash smuggled in',
      { role: 'office', passwordHash: '$argon2id$v=19$m=1,t=1,p=1$AAAA$AAAA' },
      'passwordHash',
    ],
  ])('refuses %s with 400 naming the field', async (_name, fields, field) => {
    const before = await t.dataSource.getRepository(User).count();
    const res = await t.http
      .post('/api/users')
      .send({
        email: `tu.choi.${Math.random().toString(36).slice(2)}@test.local`,
        fullName: 'Từ Chối',
        password,
        ...fields,
      })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await t.dataSource.getRepository(User).count()).toBe(before);
  });

  it('changes role, department, name and password; moving to another role drops the department', async () => {
    const first = await createTestDepartment(t);
    const second = await createTestDepartment(t);
    const user = await loginAs(t, 'department', { departmentId: first.id });
    const moved = await t.http.patch(`/api/users/${user.id}`).send({ departmentId: second.id }).expect(200);
    expect(moved.body).toMatchObject({ role: 'department', departmentId: second.id });
    const promoted = await t.http
      .patch(`/api/users/${user.id}`)
      .send({ role: 'office', fullName: 'Đổi Vai Trò' })
      .expect(200);
    expect(promoted.body).toMatchObject({ role: 'office', departmentId: null, fullName: 'Đổi Vai Trò' });
    await t.http.patch(`/api/users/${user.id}`).send({ role: 'department' }).expect(400);
    await t.http.patch(`/api/users/${user.id}`).send({ password: 'Mat-khau-moi-hoan-toan' }).expect(200);
    await t.anonymous.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await t.anonymous
      .post('/api/auth/login')
      .send({ email: user.email, password: 'Mat-khau-moi-hoan-toan' })
      .expect(200);
  });

  it('keeps at least one active admin', async () => {
    const other = await loginAs(t, 'admin');
    // Two admins: one may step down.
    await t.http.patch(`/api/users/${other.id}`).send({ active: false }).expect(200);
    // Only the test's own admin is left.
    const admins = await t.dataSource.getRepository(User).countBy({ role: 'admin', active: true });
    expect(admins).toBe(1);
    const lastAdmin = await t.http.patch(`/api/users/${t.user!.id}`).send({ active: false }).expect(409);
    expect(lastAdmin.body).toMatchObject({ rule: 'last_admin' });
    await t.http.patch(`/api/users/${t.user!.id}`).send({ role: 'leader' }).expect(409);
    await t.http.get('/api/users').expect(200);
  });

  it('keeps one active admin when two admins are deactivated at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const first = await loginAs(t, 'admin');
      const second = await loginAs(t, 'admin');
      // Only these two stay active, so at most one of the two simultaneous requests may succeed.
      await t.dataSource
        .getRepository(User)
        .createQueryBuilder()
        .update()
        .set({ active: false })
        .where('role = :role AND id NOT IN (:...ids)', { role: 'admin', ids: [first.id, second.id] })
        .execute();
      // Each steps down with its own token, so both requests pass authentication.
      const statuses = await Promise.all(
        [first, second].map((admin) =>
          t.anonymous
            .patch(`/api/users/${admin.id}`)
            .set(admin.header)
            .send({ active: false })
            .then((res) => res.status),
        ),
      );
      expect(statuses.sort()).toEqual([200, 409]);
      expect(await t.dataSource.getRepository(User).countBy({ role: 'admin', active: true })).toBe(1);
    }
    // The test's own admin was stepped down above behind the app's back; the tests after this one act as that admin
    // (the app keeps an account's state for a few seconds, so without this they pass only on a fast machine).
    await t.dataSource.getRepository(User).update({ id: t.user!.id }, { active: true });
  });

  it('lists accounts in pages with filters', async () => {
    const department = await createTestDepartment(t);
    await loginAs(t, 'department', { departmentId: department.id });
    await loginAs(t, 'department', { departmentId: department.id, active: false });
    const res = await t.http.get(`/api/users?departmentId=${department.id}&active=true`).expect(200);
    expect(res.body).toMatchObject({ total: 1, page: 1, limit: 50 });
    expect(res.body.items[0]).not.toHaveProperty('passwordHash');
    const all = await t.http.get(`/api/users?role=department&departmentId=${department.id}&limit=1`).expect(200);
    expect(all.body).toMatchObject({ total: 2, limit: 1 });
    expect(all.body.items).toHaveLength(1);
  });

  it('answers 404 for an unknown account and 400 for a malformed id', async () => {
    await t.http.get('/api/users/999999').expect(404);
    await t.http.patch('/api/users/999999').send({ fullName: 'Không có' }).expect(404);
    await t.http.get('/api/users/abc').expect(400);
  });
});
