import { resolveProjectPath } from '../config/app-config';
import { HOLIDAY_FILE } from './calendar.module';
import { isWeekend } from './calendar-date';
import { loadHolidayFile } from './holiday-table';
import { lunarToSolar, tetDate } from './lunar';
import { lastWorkingDayBeforeTet, WorkingCalendar } from './working-calendar';

const table = loadHolidayFile(resolveProjectPath(HOLIDAY_FILE));
const calendar = new WorkingCalendar(table);

describe('WorkingCalendar with config/holidays.json', () => {
  it('counts working days across the Tết break, from the day after the start date', () => {
    // Tết Giáp Thìn: days off 8–14 February 2024 (5 Tết days, 2 compensatory).
    expect(calendar.addWorkingDays('2024-02-07', 1)).toBe('2024-02-15');
    expect(calendar.addWorkingDays('2024-02-06', 2)).toBe('2024-02-15');
    // Tết Ất Tỵ: 25 January – 2 February 2025.
    expect(calendar.addWorkingDays('2025-01-22', 5)).toBe('2025-02-05');
    // Tết Bính Ngọ: 14–22 February 2026; a start date inside the break counts from the first day back.
    expect(calendar.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-17', 1)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-17', 0)).toBe('2026-02-17');
  });

  it('counts make-up Saturdays and skips the days swapped for them', () => {
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
    expect(calendar.addWorkingDays('2024-04-26', 1)).toBe('2024-05-02');
    expect(calendar.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    expect(calendar.addWorkingDays('2024-05-03', 2)).toBe('2024-05-06');
    // 2026: Friday 2 January swapped for Saturday 10 January; Monday 31 August for Saturday 22 August.
    expect(calendar.addWorkingDays('2025-12-31', 2)).toBe('2026-01-06');
    expect(calendar.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    expect(calendar.addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
    expect(calendar.addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
  });

  it('skips compensatory days off', () => {
    expect(calendar.dayOff('2026-04-27')).toMatchObject({ kind: 'compensatory' });
    expect(calendar.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(calendar.addWorkingDays('2026-04-24', 2)).toBe('2026-04-29');
    expect(calendar.addWorkingDays('2026-04-29', 1)).toBe('2026-05-04');
  });

  it('finds the working day on or before a day, and the one strictly before', () => {
    expect(calendar.previousWorkingDay('2026-02-17')).toBe('2026-02-13');
    expect(calendar.previousWorkingDay('2026-02-13')).toBe('2026-02-13');
    expect(calendar.lastWorkingDayBefore('2026-02-13')).toBe('2026-02-12');
    expect(calendar.lastWorkingDayBefore('2024-05-06')).toBe('2024-05-04');
    expect(calendar.previousWorkingDay('2026-01-11')).toBe('2026-01-10');
  });

  it('resolves "trước Tết Nguyên đán" to the last working day before the Tết break', () => {
    expect(lastWorkingDayBeforeTet(calendar, 2024)).toBe('2024-02-07');
    expect(lastWorkingDayBeforeTet(calendar, 2025)).toBe('2025-01-24');
    expect(calendar.beforeTet(2026)).toBe('2026-02-13');
    // From a document's date: the next Tết.
    expect(calendar.beforeTet('2025-11-15')).toBe('2026-02-13');
    expect(calendar.beforeTet('2026-02-17')).toBe(calendar.beforeTet(2027));
    // 2027 is computed: Tết on Saturday 6 February, days off from Friday 5 February.
    expect(calendar.beforeTet(2027)).toBe('2027-02-04');
  });

  it('lists a year with its sources; days awaiting their legal basis are unconfirmed', () => {
    const year = calendar.holidays(2026);
    expect(year.confirmed).toBe(true);
    expect(year.sources.length).toBeGreaterThan(0);
    expect(year.workingWeekendDays.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    expect(year.daysOff.find((d) => d.date === '2026-11-24')).toMatchObject({ confirmed: false });
    expect(year.daysOff.find((d) => d.date === '2026-02-17')).toMatchObject({ kind: 'holiday', confirmed: true });
  });

  it('agrees with the lunar calendar on every Tết and Hùng Kings day of the file', () => {
    for (const [number, year] of table) {
      const tetDays = year.daysOff.filter((d) => d.name.includes('Tết Nguyên đán'));
      const tet = tetDate(number);
      expect(tetDays.map((d) => d.date)).toContain(tet);
      // The Tết break is one run of days off around 1 Giêng.
      const first = calendar.lastWorkingDayBefore(tet);
      const after = calendar.addWorkingDays(first, 1);
      for (const day of tetDays) expect(day.date > first && day.date < after).toBe(true);
      const hungKings = year.daysOff.find((d) => d.name.startsWith('Giỗ Tổ Hùng Vương'));
      expect(hungKings?.date).toBe(lunarToSolar(10, 3, number));
    }
  });

  it('computes later years from the rules, unconfirmed, with compensatory days for holidays on weekends', () => {
    for (let number = 2027; number <= 2100; number++) {
      const year = calendar.holidays(number);
      expect(year.confirmed).toBe(false);
      const holidays = year.daysOff.filter((d) => d.kind === 'holiday');
      const compensatory = year.daysOff.filter((d) => d.kind === 'compensatory');
      expect(holidays).toHaveLength(12);
      expect(compensatory).toHaveLength(holidays.filter((d) => isWeekend(d.date)).length);
      expect(compensatory.every((d) => !isWeekend(d.date) && !d.confirmed)).toBe(true);
      expect(new Set(year.daysOff.map((d) => d.date)).size).toBe(year.daysOff.length);
      expect(holidays.map((d) => d.date)).toContain(tetDate(number));
    }
    // 2027: Tết on Saturday 6 February; mùng 1 and mùng 2 are compensated on Wednesday 10 and Thursday 11.
    expect(
      calendar
        .holidays(2027)
        .daysOff.filter((d) => d.kind === 'compensatory')
        .map((d) => d.date),
    ).toEqual(expect.arrayContaining(['2027-02-10', '2027-02-11']));
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true);
  });

  it('gives the same answers whatever the server time zone', () => {
    const saved = process.env.TZ;
    const answers = () => [
      calendar.addWorkingDays('2026-02-12', 3),
      calendar.isWorkingDay('2026-01-10'),
      calendar.beforeTet(2030),
      new WorkingCalendar(table).addWorkingDays('2024-12-31', 20),
    ];
    try {
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const expected = answers();
      for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        expect(answers()).toEqual(expected);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses a negative count or a date that does not exist', () => {
    expect(() => calendar.addWorkingDays('2024-01-01', -1)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2024-13-01')).toThrow(RangeError);
  });
});
