import { fromJulianDay, julianDay, lunarToSolar, solarToLunar, tetDate, yearName } from './lunar';

describe('the Vietnamese lunar calendar (UTC+7)', () => {
  it.each([
    [2024, '2024-02-10', 'Giáp Thìn'],
    [2025, '2025-01-29', 'Ất Tỵ'],
    [2026, '2026-02-17', 'Bính Ngọ'],
    [2027, '2027-02-06', 'Đinh Mùi'],
    [2028, '2028-01-26', 'Mậu Thân'],
    [2029, '2029-02-13', 'Kỷ Dậu'],
    // The years where the Chinese (UTC+8) calendar has another Tết: 2030-02-03, 1985-02-20, 2007-02-18, 2053-02-19.
    [2030, '2030-02-02', 'Canh Tuất'],
    [1985, '1985-01-21', 'Ất Sửu'],
    [2007, '2007-02-17', 'Đinh Hợi'],
    [2053, '2053-02-18', 'Quý Dậu'],
  ])('Tết %i is %s (%s)', (year, date, name) => {
    expect(tetDate(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year, leapMonth: false, yearName: name });
    expect(yearName(year)).toBe(name);
  });

  it('names the day before Tết as the last day of the previous lunar year', () => {
    expect(solarToLunar('2024-02-09')).toEqual({
      day: 30,
      month: 12,
      year: 2023,
      leapMonth: false,
      yearName: 'Quý Mão',
    });
    // Tháng Chạp of Giáp Thìn had 29 days: there was no "30 Tết" in 2025.
    expect(solarToLunar('2025-01-28')).toMatchObject({ day: 29, month: 12, year: 2024 });
    expect(lunarToSolar(30, 12, 2024)).toBeNull();
  });

  it('knows the leap months (2 in 2023, 6 in 2025, 11 in 2033) and refuses a leap month a year does not have', () => {
    expect(solarToLunar('2023-03-22')).toMatchObject({ day: 1, month: 2, year: 2023, leapMonth: true });
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 6, 2025, false)).toBe('2025-06-25');
    expect(solarToLunar('2033-12-22')).toMatchObject({ month: 11, year: 2033, leapMonth: true });
    expect(lunarToSolar(1, 5, 2025, true)).toBeNull();
    expect(lunarToSolar(1, 1, 2024, true)).toBeNull();
    expect(lunarToSolar(0, 1, 2024)).toBeNull();
    expect(lunarToSolar(1, 13, 2024)).toBeNull();
  });

  it('converts every day of 1968–2100 to the lunar calendar and back', () => {
    const first = julianDay('1968-01-01');
    const last = julianDay('2100-12-31');
    let previous = solarToLunar(fromJulianDay(first - 1));
    let leapMonths = 0;
    const wrong: string[] = [];
    const started = Date.now();
    for (let jd = first; jd <= last; jd++) {
      const date = fromJulianDay(jd);
      const lunar = solarToLunar(date);
      const back = lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leapMonth);
      if (back !== date) wrong.push(`${date} → ${JSON.stringify(lunar)} → ${back}`);
      // Each day follows the one before: the next day of the month, or day 1 after day 29 or 30.
      const follows =
        lunar.day === 1
          ? previous.day === 29 || previous.day === 30
          : lunar.day === previous.day + 1 && lunar.month === previous.month && lunar.year === previous.year;
      if (!follows) wrong.push(`${date}: ${JSON.stringify(lunar)} after ${JSON.stringify(previous)}`);
      if (lunar.day === 1 && lunar.leapMonth) leapMonths++;
      previous = lunar;
    }
    expect(wrong).toEqual([]);
    // 7 leap months in every 19 years.
    expect(leapMonths).toBe(49);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('does not depend on the server time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = zone;
        expect(tetDate(2030)).toBe('2030-02-02');
        expect(solarToLunar('2024-02-10').day).toBe(1);
        expect(fromJulianDay(julianDay('2024-03-31'))).toBe('2024-03-31');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses a date that does not exist', () => {
    expect(() => solarToLunar('2024-02-30')).toThrow(RangeError);
    expect(() => solarToLunar('10/02/2024')).toThrow(RangeError);
  });
});
