import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { MIGRATIONS } from '../../src/database/migrations';
import { AssigningDocuments1796200000000 } from '../../src/database/migrations/1796200000000-AssigningDocuments';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';

/**
 * AssigningDocuments on a database built by the migrations before it and
 * filled as the previous version of the app left it: every task ends up with an
 * assigning document, and the new columns are carried forward from the old ones.
 */
describe('migration AssigningDocuments on existing data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const index = MIGRATIONS.indexOf(AssigningDocuments1796200000000);
  const postgres = process.env.TEST_DATABASE === 'postgres';
  const q = (sql: string, params: unknown[] = []) => {
    let n = 0;
    return dataSource.query(postgres ? sql.replace(/\?/g, () => `$${++n}`) : sql, params);
  };
  const instant = (iso: string) => (postgres ? iso : iso.replace('T', ' ').replace('Z', ''));

  beforeAll(async () => {
    database = await createTestDatabase();
    const options = buildDataSourceOptions({ url: database.url });
    const before = new DataSource({ ...options, migrations: MIGRATIONS.slice(0, index), migrationsRun: false });
    await before.initialize();
    await before.runMigrations();
    dataSource = before;
    await q(
      `INSERT INTO "departments" ("id", "code", "name", "kind", "emails") VALUES (1, 'SYT', 'Sở Y tế', 'department', '[]')`,
    );
    const session = (id: number, title: string, number: string | null, date: string | null) =>
      q(
        `INSERT INTO "meeting_sessions" ("id", "title", "kind", "heldAt", "status", "noticeNumber", "noticeDate") VALUES (?, ?, 'regular', ?, 'concluded', ?, ?)`,
        [id, title, instant('2024-01-24T18:30:00.000Z'), number, date],
      );
    await session(1, 'Phiên họp tháng 01/2024', '18/TB-UBND', '2024-01-29');
    await session(2, 'Phiên họp chuyên đề', null, null);
    await session(3, 'Phiên họp không giao việc', null, null);
    const task = (
      id: number,
      sessionId: number | null,
      dueDate: string | null,
      dueAt: string | null,
      completedAt: string | null,
    ) =>
      q(
        `INSERT INTO "tasks" ("id", "title", "sessionId", "leadDepartmentId", "dueDate", "dueAt", "completedAt", "createdAt", "updatedAt") VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)`,
        [
          id,
          `Nhiệm vụ ${id}`,
          sessionId,
          dueDate,
          dueAt && instant(dueAt),
          completedAt && instant(completedAt),
          instant('2024-01-20T02:00:00.000Z'),
          instant('2024-01-20T02:00:00.000Z'),
        ],
      );
    await task(1, 1, '2024-02-09', '2024-02-09T16:59:59.999Z', '2024-02-09T17:30:00.000Z'); // completed 00:30 on 10/02 local
    await task(2, 1, null, null, null); // no deadline
    await task(3, 2, '2024-03-31', '2024-03-31T16:59:59.999Z', null); // extended from 2024-02-29
    await task(4, null, null, '2024-02-15T03:00:00.000Z', null); // exact deadline, no session
    await q(
      `INSERT INTO "task_extensions" ("taskId", "previousDueDate", "previousDueAt", "requestedDueDate", "requestedDueAt", "reason", "status") VALUES (3, '2024-02-29', ?, '2024-03-31', ?, 'Chờ vốn', 'approved')`,
      [instant('2024-02-29T16:59:59.999Z'), instant('2024-03-31T16:59:59.999Z')],
    );
    await q(
      `INSERT INTO "task_deadline_changes" ("taskId", "previousDueDate", "previousDueAt", "newDueDate", "newDueAt", "deadlineVersion", "source", "changedAt") VALUES (3, '2024-02-29', ?, '2024-03-31', ?, 2, 'extension', ?)`,
      [instant('2024-02-29T16:59:59.999Z'), instant('2024-03-31T16:59:59.999Z'), instant('2024-02-20T02:00:00.000Z')],
    );
    await before.destroy();

    dataSource = new DataSource({ ...options, migrationsRun: false });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database?.drop();
  });

  const tasks = async () => (await q(`SELECT * FROM "tasks" ORDER BY "id"`)) as Array<Record<string, unknown>>;

  it('gives a session with a notice number its conclusion notice, and its tasks that document', async () => {
    const [notice] = await q(`SELECT * FROM "documents" WHERE "sessionId" = 1`);
    expect(notice).toMatchObject({
      kind: 'conclusion_notice',
      number: '18/TB-UBND',
      issuedOn: '2024-01-29',
      issuer: 'UBND tỉnh',
    });
    const rows = await tasks();
    expect(rows.filter((r) => Number(r.documentId) === notice.id).map((r) => Number(r.id))).toEqual([1, 2]);
  });

  it('gives a session without a notice one placeholder dated the day it was held, and none to a session without tasks', async () => {
    const placeholders = await q(`SELECT * FROM "documents" WHERE "sessionId" IN (2, 3)`);
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]).toMatchObject({ sessionId: 2, number: null, issuedOn: '2024-01-25' });
    expect(Number((await tasks())[2].documentId)).toBe(placeholders[0].id);
  });

  it('puts the tasks without a session under one placeholder of their own', async () => {
    const [loose] = await q(`SELECT * FROM "documents" WHERE "sessionId" IS NULL`);
    expect(loose).toMatchObject({ number: null, issuedOn: '2024-01-20' });
    expect(Number((await tasks())[3].documentId)).toBe(loose.id);
    expect(await q(`SELECT COUNT(*) AS "n" FROM "documents"`)).toEqual([{ n: postgres ? '3' : 3 }]);
  });

  it('carries kind, completion date, confirmation, original deadline and extension count forward', async () => {
    const rows = await tasks();
    const pick = (r: Record<string, unknown>) => ({
      kind: r.kind,
      completedOn: r.completedOn,
      confirmed: r.confirmedAt !== null,
      originalDueDate: r.originalDueDate,
      extensionCount: Number(r.extensionCount),
      leaderId: r.leaderId,
    });
    expect(rows.map(pick)).toEqual([
      {
        kind: 'deadline',
        completedOn: '2024-02-10',
        confirmed: true,
        originalDueDate: '2024-02-09',
        extensionCount: 0,
        leaderId: null,
      },
      {
        kind: 'standing',
        completedOn: null,
        confirmed: false,
        originalDueDate: null,
        extensionCount: 0,
        leaderId: null,
      },
      {
        kind: 'deadline',
        completedOn: null,
        confirmed: false,
        originalDueDate: '2024-02-29',
        extensionCount: 1,
        leaderId: null,
      },
      {
        kind: 'deadline',
        completedOn: null,
        confirmed: false,
        originalDueDate: '2024-02-15',
        extensionCount: 0,
        leaderId: null,
      },
    ]);
  });

  it('refuses a task without an assigning document from now on', async () => {
    await expect(q(`INSERT INTO "tasks" ("title", "leadDepartmentId") VALUES ('Không có văn bản', 1)`)).rejects.toThrow(
      /documentId/,
    );
    await expect(q(`UPDATE "tasks" SET "documentId" = NULL WHERE "id" = 1`)).rejects.toThrow(/documentId/);
  });

  it('keeps a number unique per issuer and year', async () => {
    const insert = (issuedOn: string, issuer: string) =>
      q(
        `INSERT INTO "documents" ("kind", "number", "issuedOn", "issuer", "summary") VALUES ('conclusion_notice', '18/TB-UBND', ?, ?, 'x')`,
        [issuedOn, issuer],
      );
    await expect(insert('2024-06-01', 'UBND tỉnh')).rejects.toThrow();
    await insert('2025-01-29', 'UBND tỉnh');
    await insert('2024-06-01', 'Văn phòng UBND tỉnh');
  });
});
