import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { MIGRATIONS } from '../../src/database/migrations';
import { DepartmentSuccession1797000000000 } from '../../src/database/migrations/1797000000000-DepartmentSuccession';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { dateFromNow } from '../helpers/dates';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';

/**
 * DepartmentSuccession on a database built by the migrations before it: every
 * existing unit is unsucceeded, and a unit of that data can then be merged, its
 * open task, account and reminders passing to the successor.
 */
describe('migration DepartmentSuccession on existing data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let t: TestApp | undefined;
  const index = MIGRATIONS.indexOf(DepartmentSuccession1797000000000);
  const postgres = process.env.TEST_DATABASE === 'postgres';
  const q = (sql: string, params: unknown[] = []) => {
    let n = 0;
    return dataSource.query(postgres ? sql.replace(/\?/g, () => `$${++n}`) : sql, params);
  };
  const instant = (iso: string) => (postgres ? iso : iso.replace('T', ' ').replace('Z', ''));
  const dueDate = dateFromNow(30);

  beforeAll(async () => {
    database = await createTestDatabase();
    const options = buildDataSourceOptions({ url: database.url });
    dataSource = new DataSource({ ...options, migrations: MIGRATIONS.slice(0, index), migrationsRun: false });
    await dataSource.initialize();
    await dataSource.runMigrations();
    // No explicit ids: PostgreSQL sequences must stay ahead of the rows for the app's own inserts.
    await q(
      `INSERT INTO "departments" ("code", "name", "kind", "emails") VALUES ('SKHDT', 'Sở Kế hoạch và Đầu tư', 'department', '["skhdt@backan.example.vn"]')`,
    );
    await q(
      `INSERT INTO "departments" ("code", "name", "kind", "emails") VALUES ('STC', 'Sở Tài chính', 'department', '["stc@backan.example.vn"]')`,
    );
    const [old] = await q(`SELECT "id" FROM "departments" WHERE "code" = 'SKHDT'`);
    await q(
      `INSERT INTO "documents" ("kind", "issuedOn", "issuer", "summary") VALUES ('plan', '2024-01-05', 'UBND tỉnh', 'Kế hoạch')`,
    );
    const [document] = await q(`SELECT "id" FROM "documents"`);
    await q(
      `INSERT INTO "tasks" ("title", "documentId", "kind", "leadDepartmentId", "dueDate", "dueAt", "originalDueDate", "createdAt", "updatedAt") VALUES ('Giải ngân vốn đầu tư công', ?, 'deadline', ?, ?, ?, ?, ?, ?)`,
      [
        Number(document.id),
        Number(old.id),
        dueDate,
        instant(new Date(`${dueDate}T16:59:59.999Z`).toISOString()),
        dueDate,
        instant('2024-01-06T02:00:00.000Z'),
        instant('2024-01-06T02:00:00.000Z'),
      ],
    );
    await q(
      `INSERT INTO "users" ("email", "fullName", "role", "departmentId", "passwordHash", "active") VALUES ('chuyenvien@skhdt.example.vn', 'Chuyên viên', 'department', ?, 'x', ?)`,
      [Number(old.id), postgres ? true : 1],
    );
    await dataSource.destroy();
  });

  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('leaves every unit unsucceeded, and merges one of them with its task, account and reminders', async () => {
    t = await createTestApp({ database });
    const list = (await t.http.get('/api/departments?limit=100').expect(200)).body.items as Array<{
      id: number;
      code: string;
      successorId: number | null;
      succeededOn: string | null;
      active: boolean;
    }>;
    const old = list.find((d) => d.code === 'SKHDT')!;
    const successor = list.find((d) => d.code === 'STC')!;
    for (const unit of [old, successor])
      expect(unit).toMatchObject({ successorId: null, succeededOn: null, active: true });
    expect(await t.dataSource.query(`SELECT * FROM "task_department_changes"`)).toEqual([]);

    const [task] = await t.dataSource.query(`SELECT "id" FROM "tasks" WHERE "title" = 'Giải ngân vốn đầu tư công'`);
    const taskId = Number(task.id);
    const res = await t.http
      .post(`/api/departments/${old.id}/succession`)
      .send({ successorId: successor.id, effectiveOn: dateFromNow(0) })
      .expect(200);
    expect(res.body).toMatchObject({ leadTasks: 1, cooperatingTasks: 0, accounts: 1 });
    expect((await t.http.get(`/api/tasks/${taskId}`).expect(200)).body).toMatchObject({
      leadDepartmentId: successor.id,
      dueDate,
    });
    const [account] = await t.dataSource.query(
      `SELECT "departmentId" FROM "users" WHERE "email" = 'chuyenvien@skhdt.example.vn'`,
    );
    expect(Number(account.departmentId)).toBe(successor.id);
    const pending = await t.dataSource.query(
      `SELECT "departmentId", "recipients" FROM "notifications" WHERE "taskId" = ${taskId} AND "status" = 'pending' AND "kind" = 'reminder'`,
    );
    expect(pending.length).toBeGreaterThan(0);
    for (const row of pending) {
      expect(Number(row.departmentId)).toBe(successor.id);
      expect(JSON.parse(row.recipients)).toEqual(['stc@backan.example.vn']);
    }
  });
});
