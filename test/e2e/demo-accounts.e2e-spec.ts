import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Department } from '../../src/departments/department.entity';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { User } from '../../src/users/user.entity';
import { DEMO_PASSWORD } from '../../src/users/password-policy';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { runSeed } from '../helpers/run-seed';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';

describe('Demo accounts from npm run seed', () => {
  let database: TestDatabase;
  let dir: string;
  let t: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-demo-accounts-'));
    const first = await runSeed(database, dir);
    expect(first.users).toEqual({ total: DEMO_USERS.length, added: DEMO_USERS.length });
    const second = await runSeed(database, dir);
    expect(second.users).toEqual({ total: DEMO_USERS.length, added: 0 });
    t = await createTestApp({ database, as: null, env: { LOGIN_RATE_LIMIT: '100' } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const login = (email: string) => t.anonymous.post('/api/auth/login').send({ email, password: DEMO_PASSWORD });

  it('creates each account once, one for every role, with the published password', async () => {
    expect(await t.dataSource.getRepository(User).count()).toBe(DEMO_USERS.length);
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(['admin', 'office', 'leader', 'department']));
    for (const demo of DEMO_USERS) {
      const res = await login(demo.email).expect(200);
      expect(res.body.user).toMatchObject({ email: demo.email, role: demo.role, fullName: demo.fullName });
      if (demo.departmentCode) {
        const department = await t.anonymous
          .get(`/api/departments/${res.body.user.departmentId}`)
          .set('Authorization', `Bearer ${res.body.accessToken}`)
          .expect(200);
        expect(department.body.code).toBe(demo.departmentCode);
      } else {
        expect(res.body.user.departmentId).toBeNull();
      }
    }
  });

  it('shows a department account only the demo tasks its department leads or cooperates on', async () => {
    const office = (await login('vanphong@demo.ubnd.vn').expect(200)).body.accessToken as string;
    const all = await t.anonymous.get('/api/tasks?limit=200').set('Authorization', `Bearer ${office}`).expect(200);
    const health = await login('syt@demo.ubnd.vn').expect(200);
    const departmentId = health.body.user.departmentId as number;
    const own = await t.anonymous
      .get('/api/tasks?limit=200')
      .set('Authorization', `Bearer ${health.body.accessToken}`)
      .expect(200);
    const expected = all.body.items.filter(
      (task: { leadDepartmentId: number; supportDepartmentIds: number[] }) =>
        task.leadDepartmentId === departmentId || task.supportDepartmentIds.includes(departmentId),
    );
    expect(own.body.total).toBe(expected.length);
    expect(own.body.total).toBeGreaterThan(0);
    expect(own.body.total).toBeLessThan(all.body.total);
  });

  it('refuses to run in production, with a clear message and a failing exit code, and loads nothing', async () => {
    const other = await createTestDatabase();
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'b3F6c2x1cGZ0N2s4bTJ2OXFxcjR3ZTV0Nnk3dTg5MGFzZGZn',
      ADMIN_EMAIL: 'quantri@backan.gov.vn',
      ADMIN_PASSWORD: 'Vung-Tau-Bac-Kan-1975!',
    };
    try {
      await expect(runSeed(other, dir, production)).rejects.toThrow(/never loaded in production/);
      const child = spawnSync(
        process.execPath,
        [
          '-r',
          path.join(__dirname, '..', 'helpers', 'ts-register.js'),
          path.join(__dirname, '..', '..', 'scripts', 'seed.ts'),
        ],
        {
          env: { PATH: process.env.PATH ?? '', DATABASE_URL: other.url, LOG_LEVEL: 'silent', ...production },
          encoding: 'utf8',
        },
      );
      expect(child.status).toBe(1);
      expect(child.stderr).toMatch(/Seeding failed: the demo data is never loaded in production/);
      // Nothing was written.
      const app = await createTestApp({ database: other, as: null, env: production });
      try {
        expect(await app.dataSource.getRepository(Department).count()).toBe(0);
      } finally {
        await app.close();
      }
    } finally {
      await other.drop();
    }
  }, 60_000);

  it('deactivates accounts with the demo password when the database is started in production', async () => {
    const secret = 'b3F6c2x1cGZ0N2s4bTJ2OXFxcjR3ZTV0Nnk3dTg5MGFzZGZn';
    const production = await createTestApp({ database, as: null, env: { NODE_ENV: 'production', JWT_SECRET: secret } });
    try {
      await production.anonymous
        .post('/api/auth/login')
        .send({ email: 'chutich@demo.ubnd.vn', password: DEMO_PASSWORD })
        .expect(401);
      const users = await production.dataSource.getRepository(User).find();
      const demo = users.filter((user) => DEMO_USERS.some((d) => d.email === user.email));
      expect(demo).toHaveLength(DEMO_USERS.length);
      expect(demo.every((user) => !user.active)).toBe(true);
    } finally {
      await production.close();
    }
  }, 60_000);

  it('never attaches demo tasks to a real unit that has a demo code', async () => {
    const other = await createTestDatabase();
    try {
      const app = await createTestApp({ database: other, as: null });
      try {
        await app.dataSource
          .getRepository(Department)
          .save({ code: 'SYT', name: 'Sở Y tế', kind: 'department', emails: ['syt@backan.gov.vn'], active: true });
      } finally {
        await app.close();
      }
      await expect(runSeed(other, dir)).rejects.toThrow(/SYT exists and was not created by the demo data/);
    } finally {
      await other.drop();
    }
  }, 60_000);
});
