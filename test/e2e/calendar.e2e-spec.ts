import { createTestApp, TestApp } from '../helpers/create-test-app';
import { loginAs } from '../helpers/auth';
import { badFields } from '../helpers/session-factory';

describe('Calendar API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ as: 'department' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('converts a date to the lunar calendar for any signed-in role', async () => {
    const res = await t.http.get('/api/calendar/lunar?date=2030-02-02').expect(200);
    expect(res.body).toEqual({ day: 1, month: 1, year: 2030, leapMonth: false, yearName: 'Canh Tuất' });
    const leader = await loginAs(t, 'leader');
    const leap = await t.anonymous.get('/api/calendar/lunar?date=2023-03-22').set(leader.header).expect(200);
    expect(leap.body).toEqual({ day: 1, month: 2, year: 2023, leapMonth: true, yearName: 'Quý Mão' });
    await t.anonymous.get('/api/calendar/lunar?date=2030-02-02').expect(401);
  });

  it('converts a lunar date to the calendar', async () => {
    const tet = await t.http.get('/api/calendar/solar?lunarDay=1&lunarMonth=1&lunarYear=1985').expect(200);
    expect(tet.body).toEqual({ date: '1985-01-21' });
    const leap = await t.http.get('/api/calendar/solar?lunarDay=1&lunarMonth=6&lunarYear=2025&leapMonth=true');
    expect(leap.body).toEqual({ date: '2025-07-25' });
    const plain = await t.http.get('/api/calendar/solar?lunarDay=1&lunarMonth=6&lunarYear=2025&leapMonth=false');
    expect(plain.body).toEqual({ date: '2025-06-25' });
  });

  it('adds working days across Tết, counting from the next day', async () => {
    const res = await t.http.get('/api/calendar/add-working-days?from=2026-02-12&days=3').expect(200);
    expect(res.body).toEqual({ date: '2026-02-24' });
    const makeUp = await t.http.get('/api/calendar/add-working-days?from=2024-05-03&days=1').expect(200);
    expect(makeUp.body).toEqual({ date: '2024-05-04' });
  });

  it('lists the days off of a year with their names', async () => {
    const res = await t.http.get('/api/calendar/holidays?year=2026').expect(200);
    expect(res.body).toMatchObject({ year: 2026, confirmed: true });
    expect(res.body.daysOff).toContainEqual({
      date: '2026-02-17',
      name: 'Tết Nguyên đán (mùng 1 tháng Giêng)',
      kind: 'holiday',
      confirmed: true,
    });
    expect(res.body.daysOff).toContainEqual(
      expect.objectContaining({ date: '2026-04-27', kind: 'compensatory', confirmed: true }),
    );
    expect(res.body.workingWeekendDays.map((d: { date: string }) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    const later = await t.http.get('/api/calendar/holidays?year=2031').expect(200);
    expect(later.body.confirmed).toBe(false);
    expect(later.body.daysOff.every((d: { confirmed: boolean }) => !d.confirmed)).toBe(true);
  });

  it.each([
    ['/api/calendar/lunar?date=2024-02-30', ['date']],
    ['/api/calendar/lunar?date=1967-12-31', ['date']],
    ['/api/calendar/lunar', ['date']],
    ['/api/calendar/solar?lunarDay=30&lunarMonth=12&lunarYear=2024', ['lunarDay']],
    ['/api/calendar/solar?lunarDay=1&lunarMonth=5&lunarYear=2025&leapMonth=true', ['leapMonth']],
    ['/api/calendar/solar?lunarDay=1&lunarMonth=13&lunarYear=2025', ['lunarMonth']],
    ['/api/calendar/solar?lunarDay=1&lunarMonth=1&lunarYear=2101', ['lunarYear']],
    ['/api/calendar/solar?lunarDay=1&lunarMonth=1&lunarYear=2025&leapMonth=maybe', ['leapMonth']],
    ['/api/calendar/add-working-days?from=2024-02-07&days=-1', ['days']],
    ['/api/calendar/add-working-days?from=2024-02-07&days=1.5', ['days']],
    ['/api/calendar/add-working-days?from=07/02/2024&days=1', ['from']],
    ['/api/calendar/holidays?year=abc', ['year']],
    ['/api/calendar/holidays', ['year']],
  ])('%s → 400 naming %j', async (url, fields) => {
    const res = await t.http.get(url).expect(400);
    expect(badFields(res.body)).toEqual(fields);
  });
});
