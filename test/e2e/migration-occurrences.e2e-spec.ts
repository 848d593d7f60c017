import { TaskOccurrences1796973566908 } from '../../src/database/migrations/1796973566908-TaskOccurrences';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { databaseBefore, isPostgres } from '../helpers/migrated-before';
import { TestDatabase } from '../helpers/test-database';
import { waitFor } from '../helpers/wait-for';

/**
 * TaskOccurrences on a database built by the migrations before it: existing
 * progress, extensions, deadline changes and notifications keep their rows with
 * no occurrence, and a recurring task written without occurrences gets them
 * when the app starts.
 */
describe('migration TaskOccurrences on existing data', () => {
  let database: TestDatabase;
  let t: TestApp | undefined;
  const postgres = isPostgres();

  beforeAll(async () => {
    const before = await databaseBefore(TaskOccurrences1796973566908);
    const { dataSource, q, instant } = before;
    database = before.database;
    await q(
      `INSERT INTO "departments" ("id", "code", "name", "kind", "emails") VALUES (1, 'SYT', 'Sở Y tế', 'department', '[]')`,
    );
    await q(
      `INSERT INTO "documents" ("id", "kind", "issuedOn", "issuer", "summary") VALUES (1, 'plan', '2024-01-05', 'UBND tỉnh', 'Kế hoạch')`,
    );
    const task = (id: number, kind: string, dueDate: string | null, recurrence: string | null) =>
      q(
        `INSERT INTO "tasks" ("id", "title", "documentId", "kind", "leadDepartmentId", "dueDate", "dueAt", "recurrence", "createdAt", "updatedAt") VALUES (?, ?, 1, ?, 1, ?, ?, ?, ?, ?)`,
        [
          id,
          `Nhiệm vụ ${id}`,
          kind,
          dueDate,
          dueDate && instant(`${dueDate}T16:59:59.999Z`),
          recurrence,
          instant('2024-01-06T02:00:00.000Z'),
          instant('2024-01-06T02:00:00.000Z'),
        ],
      );
    await task(1, 'deadline', '2024-03-31', null);
    await task(2, 'recurring', null, JSON.stringify({ every: 'quarter', day: 20, until: '2024-12-31' }));
    await q(
      `INSERT INTO "task_progress" ("taskId", "percent", "note", "completed", "createdAt") VALUES (1, 30, 'Đang triển khai', ?, ?)`,
      [postgres ? false : 0, instant('2024-02-01T02:00:00.000Z')],
    );
    await q(
      `INSERT INTO "task_extensions" ("taskId", "previousDueDate", "previousDueAt", "requestedDueDate", "requestedDueAt", "reason", "status", "createdAt") VALUES (1, '2024-03-31', ?, '2024-04-30', ?, 'Chờ vốn', 'pending', ?)`,
      [instant('2024-03-31T16:59:59.999Z'), instant('2024-04-30T16:59:59.999Z'), instant('2024-03-01T02:00:00.000Z')],
    );
    await q(
      `INSERT INTO "notifications" ("kind", "deliveryKey", "taskId", "deadlineVersion", "departmentId", "role", "recipients", "subject", "status", "scheduledAt", "attempts") VALUES ('reminder', 'reminder.t1.v1.3d.d1', 1, 1, 1, 'lead', '[]', 'Nhắc việc', 'sent', ?, 0)`,
      [instant('2024-03-28T01:00:00.000Z')],
    );
    await dataSource.destroy();
  });

  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('keeps the existing rows without an occurrence, and generates the occurrences of a recurring task at start', async () => {
    t = await createTestApp({ database });
    const rows = async (table: string) =>
      t!.dataSource.query<Array<{ occurrenceId: unknown }>>(`SELECT "occurrenceId" FROM "${table}"`);
    for (const table of ['task_progress', 'task_extensions', 'notifications']) {
      expect(await rows(table)).toEqual([{ occurrenceId: null }]);
    }
    expect(await rows('task_deadline_changes')).toEqual([]);
    const occurrences = await waitFor(async () => {
      const res = await t!.http.get('/api/tasks/2/occurrences').expect(200);
      return res.body.length === 4 ? res.body : null;
    });
    expect(occurrences.map((o: { periodLabel: string; dueDate: string }) => [o.periodLabel, o.dueDate])).toEqual([
      ['Quý I/2024', '2024-03-20'],
      ['Quý II/2024', '2024-06-20'],
      ['Quý III/2024', '2024-09-20'],
      ['Quý IV/2024', '2024-12-20'],
    ]);
    expect((await t.http.get('/api/tasks/2').expect(200)).body).toMatchObject({
      dueDate: '2024-03-20',
      status: 'overdue',
    });
    expect((await t.http.get('/api/tasks/1').expect(200)).body).toMatchObject({
      dueDate: '2024-03-31',
      kind: 'deadline',
    });
  });
});
