import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../test/helpers/test-database';
import { buildDataSourceOptions } from '../database/data-source-options';
import { toInstantParam } from '../database/instant-param';
import { deriveTaskStatus, dueSoonLimit, TASK_STATUSES, TaskStatus, taskStatusColumns, taskStatusConditionSql } from './task-status';

/**
 * The SQL filter must select exactly the tasks whose derived status is one of
 * the requested ones, for every combination of statuses, on the real database.
 */
describe('taskStatusConditionSql', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const now = new Date('2024-01-25T03:00:00.000Z');
  const day = 86_400_000;
  const at = (days: number) => new Date(now.getTime() + days * day);
  const cases: Array<{ dueAt: Date | null; completedAt: Date | null; cancelledAt: Date | null }> = [
    { dueAt: at(10), completedAt: null, cancelledAt: null },
    { dueAt: at(1), completedAt: null, cancelledAt: null },
    { dueAt: at(3), completedAt: null, cancelledAt: null },
    { dueAt: now, completedAt: null, cancelledAt: null },
    { dueAt: at(-1), completedAt: null, cancelledAt: null },
    { dueAt: null, completedAt: null, cancelledAt: null },
    { dueAt: at(-5), completedAt: at(-6), cancelledAt: null },
    { dueAt: at(-5), completedAt: at(-5), cancelledAt: null },
    { dueAt: at(-5), completedAt: at(-4), cancelledAt: null },
    { dueAt: null, completedAt: at(-4), cancelledAt: null },
    { dueAt: at(5), completedAt: null, cancelledAt: at(-1) },
    { dueAt: at(-5), completedAt: at(-4), cancelledAt: at(-1) },
  ];

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(buildDataSourceOptions({ url: database.url }));
    await dataSource.initialize();
    const kind = database.kind;
    await dataSource.query(`INSERT INTO "departments" ("code", "name", "kind", "emails") VALUES ('D1', 'Sở Y tế', 'department', '[]')`);
    for (const [i, c] of cases.entries()) {
      await dataSource.query(
        `INSERT INTO "tasks" ("title", "leadDepartmentId", "dueAt", "completedAt", "cancelledAt") VALUES ($1, 1, $2, $3, $4)`.replace(
          /\$\d/g,
          (m) => (kind === 'postgres' ? m : '?'),
        ),
        [`case ${i}`, ...[c.dueAt, c.completedAt, c.cancelledAt].map((v) => (v ? toInstantParam(kind, v) : null))],
      );
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const subsets: TaskStatus[][] = [];
  for (let mask = 1; mask < 1 << TASK_STATUSES.length; mask++) {
    subsets.push(TASK_STATUSES.filter((_, i) => mask & (1 << i)));
  }

  it('selects exactly the tasks of the requested statuses, for all 127 combinations', async () => {
    const params = { statusNow: toInstantParam(database.kind, now), statusSoon: toInstantParam(database.kind, dueSoonLimit(now, 3)) };
    const expectedStatuses = cases.map((c) => deriveTaskStatus(c, now, 3));
    expect(new Set(expectedStatuses).size).toBe(TASK_STATUSES.length);
    for (const statuses of subsets) {
      const rows = await dataSource
        .createQueryBuilder()
        .select('"t"."title"', 'title')
        .from('tasks', 't')
        .where(taskStatusConditionSql(statuses, taskStatusColumns('t')), params)
        .getRawMany<{ title: string }>();
      const expected = cases.map((_, i) => `case ${i}`).filter((_, i) => statuses.includes(expectedStatuses[i]));
      expect({ statuses, titles: rows.map((r) => r.title).sort() }).toEqual({ statuses, titles: expected.sort() });
    }
  });
});
