import { FindManyOptions, In, IsNull, LessThan, LessThanOrEqual, MoreThan, Or } from 'typeorm';
import { Notification } from '../../src/notifications/notification.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';

/**
 * A period's digests are counted and read by period while they are planned and
 * sent (DigestService, PeriodSender). The notifications table holds every
 * reminder ever planned, so those reads go through IDX_notifications_period on
 * both databases rather than a scan of the table.
 */
describe('A period’s notifications', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** The plan of `sql` as the database describes it, scans other than by index ruled out on PostgreSQL. */
  const planOf = (sql: string, parameters: unknown[]) =>
    t.dataSource.transaction(async (manager) => {
      if (t.database.kind === 'sqlite') {
        const rows = await manager.query<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${sql}`, parameters);
        return rows.map((row) => row.detail).join('\n');
      }
      // A table of a few rows is read faster by a scan: ruled out, the planner shows which index it can use.
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows = await manager.query<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN ${sql}`, parameters);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });

  /** The SQL TypeORM writes for a find with these options, as the services call it. */
  const queryOf = (options: FindManyOptions<Notification>) =>
    t.dataSource.getRepository(Notification).createQueryBuilder('n').setFindOptions(options).getQueryAndParameters();

  it('are read in batches, in id order, through the period index', async () => {
    const now = new Date();
    // The read of PeriodSender.prepareBatch.
    const [sql, parameters] = queryOf({
      where: {
        period: '2024-01-15',
        status: 'pending',
        scheduledAt: LessThanOrEqual(now),
        claimedUntil: Or(IsNull(), LessThan(now)),
        id: MoreThan(0),
      },
      order: { id: 'ASC' },
      take: 50,
    });
    expect(await planOf(sql, parameters)).toMatch(/IDX_notifications_period/);
  });

  it('are counted and listed for the queue through the period index', async () => {
    // DigestService.run's count and its read of what to queue.
    const [count, countParameters] = queryOf({ where: { period: '2024-01-15' } });
    expect(await planOf(count, countParameters)).toMatch(/IDX_notifications_period/);
    const [pending, pendingParameters] = queryOf({
      where: { period: '2024-01-15', status: 'pending', kind: In(['digest', 'summary']) },
    });
    expect(await planOf(pending, pendingParameters)).toMatch(/IDX_notifications_period/);
  });
});
