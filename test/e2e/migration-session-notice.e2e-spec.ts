import { SYSTEM_ACTOR } from '../../src/common/auth/actor';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { MIGRATIONS } from '../../src/database/migrations';
import { SessionNoticeInDocument1796972758772 } from '../../src/database/migrations/1796972758772-SessionNoticeInDocument';
import { SessionsService } from '../../src/sessions/sessions.service';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';

/**
 * SessionNoticeInDocument on a database built by the migrations before it:
 * the sessions' notice numbers and dates move into their conclusion notices,
 * the columns go, and the API answers the same numbers and dates.
 */
describe('migration SessionNoticeInDocument on existing data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let t: TestApp | undefined;
  const index = MIGRATIONS.indexOf(SessionNoticeInDocument1796972758772);
  const postgres = process.env.TEST_DATABASE === 'postgres';
  const q = (sql: string, params: unknown[] = []) => {
    let n = 0;
    return dataSource.query(postgres ? sql.replace(/\?/g, () => `$${++n}`) : sql, params);
  };
  const instant = (iso: string) => (postgres ? iso : iso.replace('T', ' ').replace('Z', ''));
  const notices = async (sessionId: number) =>
    (await q(
      `SELECT "number", "issuedOn", "issuer" FROM "documents" WHERE "sessionId" = ? AND "kind" = 'conclusion_notice' ORDER BY "id"`,
      [sessionId],
    )) as Array<{ number: string | null; issuedOn: string; issuer: string }>;

  beforeAll(async () => {
    expect(index).toBeGreaterThan(0);
    database = await createTestDatabase();
    const options = buildDataSourceOptions({ url: database.url });
    dataSource = new DataSource({ ...options, migrations: MIGRATIONS.slice(0, index), migrationsRun: false });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const session = (id: number, title: string, number: string | null, date: string | null) =>
      q(
        `INSERT INTO "meeting_sessions" ("id", "title", "kind", "heldAt", "status", "noticeNumber", "noticeDate") VALUES (?, ?, 'regular', ?, 'concluded', ?, ?)`,
        [id, title, instant('2024-01-24T18:30:00.000Z'), number, date],
      );
    const notice = (sessionId: number, number: string | null, issuedOn: string) =>
      q(
        `INSERT INTO "documents" ("kind", "number", "issuedOn", "issuer", "summary", "searchText", "sessionId") VALUES ('conclusion_notice', ?, ?, 'UBND tỉnh', 'Thông báo kết luận', '', ?)`,
        [number, issuedOn, sessionId],
      );
    await session(1, 'Phiên họp tháng 02/2024', '25/TB-UBND', '2024-02-01');
    await session(2, 'Phiên họp tháng 03/2024', '26/TB-UBND', '2024-03-04');
    await notice(2, null, '2024-03-01');
    await session(3, 'Phiên họp tháng 04/2024', '99/TB-UBND', '2024-04-30');
    await notice(3, '27/TB-UBND', '2024-04-02');
    await session(4, 'Phiên họp chưa có thông báo', null, null);
    await session(5, 'Phiên họp nhập trùng số', '25/TB-UBND', '2024-05-02');
    await session(6, 'Phiên họp do Văn phòng thông báo', '125/TB-VPUBND', null);
    // Rows written with explicit ids: PostgreSQL's sequence must move past them, as it had in the old version.
    if (postgres) await q(`SELECT setval(pg_get_serial_sequence('meeting_sessions', 'id'), 6)`);
    await dataSource.destroy();
    // The app runs the remaining migrations at start, as an upgrade does.
    t = await createTestApp({ database, as: 'office' });
    dataSource = t.dataSource;
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    if (!t) await database?.drop();
  });

  it('moves each session’s number and date into its conclusion notice, one per session', async () => {
    expect(await notices(1)).toEqual([{ number: '25/TB-UBND', issuedOn: '2024-02-01', issuer: 'UBND tỉnh' }]);
    // A placeholder notice takes the session's number and date.
    expect(await notices(2)).toEqual([{ number: '26/TB-UBND', issuedOn: '2024-03-04', issuer: 'UBND tỉnh' }]);
    // A numbered notice is the owner already: the session's stale copy is dropped.
    expect(await notices(3)).toEqual([{ number: '27/TB-UBND', issuedOn: '2024-04-02', issuer: 'UBND tỉnh' }]);
    expect(await notices(4)).toEqual([]);
    // The same number, issuer and year twice: the second notice is kept without the number, to be corrected.
    expect(await notices(5)).toEqual([{ number: null, issuedOn: '2024-05-02', issuer: 'UBND tỉnh' }]);
    // No date: the day the session was held (in Asia/Ho_Chi_Minh); an office notice names the office.
    expect(await notices(6)).toEqual([
      { number: '125/TB-VPUBND', issuedOn: '2024-01-25', issuer: 'Văn phòng UBND tỉnh' },
    ]);
  });

  it('drops the session columns', async () => {
    const columns = postgres
      ? ((await q(
          `SELECT column_name AS "name" FROM information_schema.columns WHERE table_name = 'meeting_sessions'`,
        )) as Array<{ name: string }>)
      : ((await q(`PRAGMA table_info("meeting_sessions")`)) as Array<{ name: string }>);
    const names = columns.map((c) => c.name);
    expect(names).toContain('title');
    expect(names).not.toContain('noticeNumber');
    expect(names).not.toContain('noticeDate');
  });

  it('answers the same notice number and date, and writes them through the notice', async () => {
    const one = (await t!.http.get('/api/sessions/1').expect(200)).body;
    expect(one).toMatchObject({ noticeNumber: '25/TB-UBND', noticeDate: '2024-02-01' });
    const listed = (await t!.http.get('/api/sessions?limit=100').expect(200)).body.items as Array<{
      id: number;
      noticeNumber: string | null;
    }>;
    expect(listed.find((s) => s.id === 3)?.noticeNumber).toBe('27/TB-UBND');
    expect(listed.find((s) => s.id === 4)?.noticeNumber).toBeNull();

    const patched = await t!.http
      .patch('/api/sessions/4')
      .send({ noticeNumber: '40/TB-UBND', noticeDate: '2024-06-03' })
      .expect(200);
    expect(patched.body).toMatchObject({ noticeNumber: '40/TB-UBND', noticeDate: '2024-06-03' });
    expect(await notices(4)).toEqual([{ number: '40/TB-UBND', issuedOn: '2024-06-03', issuer: 'UBND tỉnh' }]);
    await t!.http.patch('/api/sessions/4').send({ noticeNumber: '41/TB-UBND' }).expect(200);
    expect(await notices(4)).toEqual([{ number: '41/TB-UBND', issuedOn: '2024-06-03', issuer: 'UBND tỉnh' }]);

    const created = await t!.http
      .post('/api/sessions')
      .send({
        title: 'Phiên họp tháng 07/2024',
        kind: 'regular',
        heldAt: '2024-07-25T08:00:00+07:00',
        noticeNumber: '50/TB-UBND',
        noticeDate: '2024-07-29',
      })
      .expect(201);
    expect(created.body).toMatchObject({ noticeNumber: '50/TB-UBND', noticeDate: '2024-07-29' });
    expect(await notices(created.body.id)).toHaveLength(1);
  });

  it('still finds a session by its notice number or its title', async () => {
    const sessions = t!.app.get(SessionsService);
    expect((await sessions.findByNoticeOrTitle('26/TB-UBND', 'không có', SYSTEM_ACTOR))?.id).toBe(2);
    expect((await sessions.findByNoticeOrTitle('00/TB-UBND', 'Phiên họp tháng 04/2024', SYSTEM_ACTOR))?.id).toBe(3);
    expect(await sessions.findByNoticeOrTitle(null, 'không có', SYSTEM_ACTOR)).toBeNull();
  });
});
