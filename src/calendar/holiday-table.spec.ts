import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HolidayFileError, loadHolidayFile, parseHolidayTable } from './holiday-table';

const year = (overrides: Record<string, unknown>) => ({
  years: [{ year: 2024, daysOff: [{ date: '2024-01-01', name: 'Tết Dương lịch', kind: 'holiday' }], ...overrides }],
});

describe('the holiday file', () => {
  it('reads a valid file; a year is confirmed unless it says otherwise', () => {
    const table = parseHolidayTable(year({ workingWeekendDays: [{ date: '2024-05-04', name: 'Làm bù' }] }));
    expect(table.get(2024)).toMatchObject({
      confirmed: true,
      daysOff: [{ date: '2024-01-01', kind: 'holiday', confirmed: true }],
      workingWeekendDays: [{ date: '2024-05-04', confirmed: true }],
    });
    expect(parseHolidayTable(year({ confirmed: false })).get(2024)!.daysOff[0].confirmed).toBe(false);
  });

  it.each([
    [
      { daysOff: [{ date: '2024-02-30', name: 'x', kind: 'holiday' }] },
      'years[0].daysOff[0].date: expected an existing date',
    ],
    [
      { daysOff: [{ date: '2025-01-01', name: 'x', kind: 'holiday' }] },
      'years[0].daysOff[0].date: 2025-01-01 is not in 2024',
    ],
    [
      { daysOff: [{ date: '2024-01-01', name: '', kind: 'holiday' }] },
      'years[0].daysOff[0].name: expected a non-empty name',
    ],
    [
      { daysOff: [{ date: '2024-01-01', name: 'x', kind: 'vacation' }] },
      'years[0].daysOff[0].kind: expected one of holiday, compensatory, swapped',
    ],
    [
      { daysOff: [], workingWeekendDays: [{ date: '2024-05-03', name: 'x' }] },
      'years[0].workingWeekendDays[0].date: 2024-05-03 is not a Saturday or Sunday',
    ],
    [
      {
        daysOff: [
          { date: '2024-01-01', name: 'a', kind: 'holiday' },
          { date: '2024-01-01', name: 'b', kind: 'holiday' },
        ],
      },
      'years[0].daysOff[1].date: 2024-01-01 is listed twice',
    ],
    [{ year: 24 }, 'years[0].year: expected a year between 1900 and 2199'],
    [{ daysOff: 'none' }, 'years[0].daysOff: expected a list'],
  ])('names the bad field: %j', (overrides, message) => {
    expect(() => parseHolidayTable(year(overrides), 'holidays.json')).toThrow(
      new RegExp(`^holidays\\.json: .*${escape(message)}`),
    );
  });

  it('stops on a file that is missing, not JSON, or not shaped as expected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'holidays-'));
    try {
      expect(() => loadHolidayFile(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot be read \(ENOENT\)/);
      writeFileSync(join(dir, 'broken.json'), '{ "years": [ ');
      expect(() => loadHolidayFile(join(dir, 'broken.json'))).toThrow(/broken\.json: not valid JSON/);
      writeFileSync(join(dir, 'empty.json'), '[]');
      expect(() => loadHolidayFile(join(dir, 'empty.json'))).toThrow(HolidayFileError);
      expect(() => loadHolidayFile(join(dir, 'empty.json'))).toThrow(
        /empty\.json: expected an object with a "years" array/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
