import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { MIGRATIONS } from '../../src/database/migrations';
import { PendingExtensionPerOccurrence1797000001000 } from '../../src/database/migrations/1797000001000-PendingExtensionPerOccurrence';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { databaseBefore, isPostgres, queryOn } from '../helpers/migrated-before';
import { TestDatabase } from '../helpers/test-database';

/**
 * PendingExtensionPerOccurrence on a database built by the migrations before
 * it: the pending requests it holds stay, a task keeps one pending request at
 * most, and each occurrence of a recurring task may now have its own.
 */
describe('migration PendingExtensionPerOccurrence on existing data', () => {
  let database: TestDatabase;
  let t: TestApp | undefined;
  const instant = (iso: string) => (isPostgres() ? iso : iso.replace('T', ' ').replace('Z', ''));
  const pendingRequest = (source: DataSource, taskId: number, occurrenceId: number | null) =>
    queryOn(
      source,
      `INSERT INTO "task_extensions" ("taskId", "occurrenceId", "requestedDueAt", "reason", "status", "createdAt") VALUES (?, ?, ?, 'Chờ số liệu', 'pending', ?)`,
      [taskId, occurrenceId, instant('2024-12-31T16:59:59.999Z'), instant('2024-03-01T02:00:00.000Z')],
    );

  beforeAll(async () => {
    const before = await databaseBefore(PendingExtensionPerOccurrence1797000001000);
    const { dataSource, q } = before;
    database = before.database;
    await q(
      `INSERT INTO "departments" ("id", "code", "name", "kind", "emails") VALUES (1, 'SKHDT', 'Sở Kế hoạch và Đầu tư', 'department', '[]')`,
    );
    await q(
      `INSERT INTO "documents" ("id", "kind", "issuedOn", "issuer", "summary") VALUES (1, 'plan', '2024-01-05', 'UBND tỉnh', 'Kế hoạch')`,
    );
    const created = instant('2024-01-06T02:00:00.000Z');
    await q(
      `INSERT INTO "tasks" ("id", "title", "documentId", "kind", "leadDepartmentId", "dueDate", "dueAt", "recurrence", "createdAt", "updatedAt") VALUES (1, 'Nhiệm vụ 1', 1, 'deadline', 1, '2024-03-31', ?, NULL, ?, ?), (2, 'Báo cáo hằng tháng', 1, 'recurring', 1, NULL, NULL, ?, ?, ?)`,
      [
        instant('2024-03-31T16:59:59.999Z'),
        created,
        created,
        JSON.stringify({ every: 'month', day: 20, until: '2024-03-31' }),
        created,
        created,
      ],
    );
    for (const [id, month] of [
      [1, 1],
      [2, 2],
      [3, 3],
    ]) {
      const due = `2024-0${month}-20`;
      await q(
        `INSERT INTO "task_occurrences" ("id", "taskId", "periodKind", "periodYear", "periodNumber", "dueDate", "dueAt", "originalDueDate", "createdAt", "updatedAt") VALUES (?, 2, 'month', 2024, ?, ?, ?, ?, ?, ?)`,
        [id, month, due, instant(`${due}T16:59:59.999Z`), due, created, created],
      );
    }
    await pendingRequest(dataSource, 1, null);
    await pendingRequest(dataSource, 2, 1);
    // Before the migration a task holds one pending request, whichever its occurrence.
    await expect(pendingRequest(dataSource, 2, 2)).rejects.toThrow(/unique|UNIQUE/);
    await dataSource.destroy();
  });

  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('keeps the pending requests and allows one per occurrence, still one per task otherwise', async () => {
    t = await createTestApp({ database });
    const source = t.dataSource;
    const rows = await source.query(
      `SELECT "taskId", "occurrenceId", "status" FROM "task_extensions" ORDER BY "taskId", "occurrenceId"`,
    );
    expect(rows.map((r: { taskId: unknown; occurrenceId: unknown }) => [Number(r.taskId), r.occurrenceId])).toEqual([
      [1, null],
      [2, 1],
    ]);
    await pendingRequest(source, 2, 2);
    await expect(pendingRequest(source, 2, 1)).rejects.toThrow(/unique|UNIQUE/);
    await expect(pendingRequest(source, 1, null)).rejects.toThrow(/unique|UNIQUE/);
    await queryOn(source, `UPDATE "task_extensions" SET "status" = 'rejected' WHERE "taskId" = 1`);
    await pendingRequest(source, 1, null);
  });

  it('goes back to one pending request per task once no task has two', async () => {
    await t!.close();
    t = undefined;
    const options = buildDataSourceOptions({ url: database.url });
    const source = new DataSource({ ...options, migrations: MIGRATIONS, migrationsRun: false });
    await source.initialize();
    try {
      await queryOn(source, `UPDATE "task_extensions" SET "status" = 'rejected' WHERE "occurrenceId" = 2`);
      // The later migrations first, then this one.
      const later = MIGRATIONS.length - 1 - MIGRATIONS.indexOf(PendingExtensionPerOccurrence1797000001000);
      for (let undone = 0; undone <= later; undone++) await source.undoLastMigration();
      await expect(pendingRequest(source, 2, 3)).rejects.toThrow(/unique|UNIQUE/);
    } finally {
      await source.destroy();
    }
  });
});
