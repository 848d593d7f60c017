import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../test/helpers/test-database';
import { buildDataSourceOptions } from '../database/data-source-options';
import { sqlDialectFor } from '../database/sql-dialect';
import { Department } from '../departments/department.entity';
import { AssigningDocument } from '../documents/assigning-document.entity';
import { Task } from './entities/task.entity';
import {
  DAY_MS,
  deriveTaskStatus,
  dueSoonLimit,
  TASK_STATUSES,
  TaskStatus,
  taskStatusColumns,
  taskStatusConditionSql,
  taskStatusSql,
} from './task-status';

/**
 * The SQL forms of the status rules against the pure function, on the database
 * the suite runs on (TEST_DATABASE), with instants stored as the app stores them.
 */
describe('status SQL on the test database', () => {
  const dueSoonDays = 3;
  const now = new Date('2024-01-25T03:00:00.000Z');
  const soon = dueSoonLimit(now, dueSoonDays);
  const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
  let database: TestDatabase;
  let dataSource: DataSource;
  let tasks: Task[];

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(buildDataSourceOptions({ url: database.url }));
    await dataSource.initialize();
    const department = await dataSource.getRepository(Department).save({
      code: 'SYT',
      name: 'Sở Y tế',
      kind: 'department',
      emails: [],
      active: true,
    });
    const document = await dataSource.getRepository(AssigningDocument).save({
      kind: 'conclusion_notice',
      issuedOn: '2024-01-20',
      issuer: 'UBND tỉnh',
      summary: 'Thông báo kết luận',
    });
    const deadlines = [
      null,
      at(-2 * DAY_MS),
      at(-1),
      now,
      at(1),
      at(DAY_MS),
      soon,
      at(soon.getTime() - now.getTime() + 1),
      at(10 * DAY_MS),
    ];
    const rows: Array<Partial<Task>> = [];
    for (const dueAt of deadlines) {
      const completions = [null, at(-5 * DAY_MS), at(2 * DAY_MS)];
      if (dueAt) completions.push(new Date(dueAt.getTime() - 1), dueAt, new Date(dueAt.getTime() + 1));
      for (const completedAt of completions) {
        // Unconfirmed, and confirmed with the actual day's start unknown (migrated), a day earlier or the same.
        const evidence: Array<Pick<Task, 'confirmedAt' | 'completedDayStartAt'>> = completedAt
          ? [
              { confirmedAt: null, completedDayStartAt: null },
              { confirmedAt: completedAt, completedDayStartAt: null },
              { confirmedAt: completedAt, completedDayStartAt: new Date(completedAt.getTime() - DAY_MS) },
              { confirmedAt: completedAt, completedDayStartAt: completedAt },
            ]
          : [{ confirmedAt: null, completedDayStartAt: null }];
        for (const cancelledAt of [null, at(-DAY_MS)]) {
          for (const facts of evidence) {
            rows.push({
              title: 'x',
              leadDepartmentId: department.id,
              documentId: document.id,
              dueAt,
              completedAt,
              cancelledAt,
              ...facts,
            });
          }
        }
      }
    }
    await dataSource.getRepository(Task).insert(rows);
    tasks = await dataSource.getRepository(Task).find({ order: { id: 'ASC' } });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const params = () => {
    const dialect = sqlDialectFor(database.kind);
    return { statusNow: dialect.instant(now), statusSoon: dialect.instant(soon) };
  };

  it('covers every status', () => {
    const seen = new Set(tasks.map((t) => deriveTaskStatus(t, now, dueSoonDays)));
    expect([...seen].sort()).toEqual([...TASK_STATUSES].sort());
  });

  it('classifies every row as deriveTaskStatus does (CASE expression)', async () => {
    const rows = await dataSource
      .getRepository(Task)
      .createQueryBuilder('t')
      .select('t.id', 'id')
      .addSelect(taskStatusSql(taskStatusColumns('t')), 'status')
      .setParameters(params())
      .orderBy('t.id', 'ASC')
      .getRawMany<{ id: number; status: TaskStatus }>();
    expect(rows.map((r) => r.status)).toEqual(tasks.map((t) => deriveTaskStatus(t, now, dueSoonDays)));
  });

  it('selects exactly the tasks of every combination of statuses (WHERE condition)', async () => {
    for (let mask = 0; mask < 1 << TASK_STATUSES.length; mask++) {
      const statuses = TASK_STATUSES.filter((_, i) => mask & (1 << i));
      const rows = await dataSource
        .getRepository(Task)
        .createQueryBuilder('t')
        .select('t.id', 'id')
        .where(taskStatusConditionSql(statuses, taskStatusColumns('t')), params())
        .orderBy('t.id', 'ASC')
        .getRawMany<{ id: number }>();
      const expected = tasks.filter((t) => statuses.includes(deriveTaskStatus(t, now, dueSoonDays))).map((t) => t.id);
      expect({ statuses, ids: rows.map((r) => Number(r.id)) }).toEqual({ statuses, ids: expected });
    }
  });
});
