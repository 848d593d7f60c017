import { dueDateOf, generationEnd, occurrenceHorizon, occurrenceSlots, periodLabel } from './recurrence';
import { occurrenceTitle } from './task-occurrences';

describe('recurrence', () => {
  it('names the periods as the office does', () => {
    expect(periodLabel('month', 2024, 1)).toBe('Tháng 1/2024');
    expect(periodLabel('quarter', 2024, 1)).toBe('Quý I/2024');
    expect(periodLabel('quarter', 2025, 4)).toBe('Quý IV/2025');
    expect(periodLabel('year', 2024, 1)).toBe('Năm 2024');
    expect(periodLabel('week', 2024, 5)).toBe('Tuần 5/2024 (29/01–04/02)');
    expect(periodLabel('week', 2020, 53)).toBe('Tuần 53/2020 (28/12–03/01)');
  });

  it("follows a task's title with its period, a week's days without parentheses within parentheses", () => {
    const title = 'Báo cáo tiến độ giải ngân vốn đầu tư công';
    expect(occurrenceTitle(title, { periodKind: 'week', periodYear: 2024, periodNumber: 5 })).toBe(
      'Báo cáo tiến độ giải ngân vốn đầu tư công (Tuần 5/2024, 29/01–04/02)',
    );
    expect(occurrenceTitle(title, { periodKind: 'month', periodYear: 2024, periodNumber: 1 })).toBe(
      'Báo cáo tiến độ giải ngân vốn đầu tư công (Tháng 1/2024)',
    );
  });

  it('dates a week on its weekday, weeks running Monday to Sunday across the turn of the year', () => {
    expect(dueDateOf('week', 2024, 1, 1)).toBe('2024-01-01');
    expect(dueDateOf('week', 2024, 1, 5)).toBe('2024-01-05');
    expect(dueDateOf('week', 2025, 1, 1)).toBe('2024-12-30');
    expect(dueDateOf('week', 2020, 53, 7)).toBe('2021-01-03');
  });

  it('lists weekly occurrences through a 53-week year into the next', () => {
    const friday = { every: 'week' as const, day: 5, until: null };
    // Assigned on Saturday 26/12/2020: the first Friday due is 1/1/2021, still week 53 of 2020.
    const slots = occurrenceSlots(friday, '2020-12-26', '2021-01-15');
    expect(slots.map((s) => [s.dueDate, s.periodYear, s.periodNumber])).toEqual([
      ['2021-01-01', 2020, 53],
      ['2021-01-08', 2021, 1],
      ['2021-01-15', 2021, 2],
    ]);
    // A 52-week year goes straight on to week 1; a Friday assignment has its own week's occurrence.
    expect(occurrenceSlots(friday, '2024-12-27', '2025-01-03').map((s) => [s.periodYear, s.periodNumber])).toEqual([
      [2024, 52],
      [2025, 1],
    ]);
    expect(occurrenceSlots(friday, '2024-01-06', '2024-01-11')).toEqual([]);
  });

  it('dates a period: the day of the month, of the quarter’s last month, of December; clamped to the month', () => {
    expect(dueDateOf('month', 2024, 2, 31)).toBe('2024-02-29');
    expect(dueDateOf('month', 2025, 2, 29)).toBe('2025-02-28');
    expect(dueDateOf('month', 2024, 4, 31)).toBe('2024-04-30');
    expect(dueDateOf('quarter', 2024, 1, 20)).toBe('2024-03-20');
    expect(dueDateOf('quarter', 2024, 2, 31)).toBe('2024-06-30');
    expect(dueDateOf('year', 2024, 1, 15)).toBe('2024-12-15');
  });

  it('lists the occurrences due from the assignment date to the end, both included, across years', () => {
    const rule = { every: 'month' as const, day: 20, until: null };
    expect(occurrenceSlots(rule, '2024-11-20', '2025-01-20').map((s) => s.dueDate)).toEqual([
      '2024-11-20',
      '2024-12-20',
      '2025-01-20',
    ]);
    // Assigned after this month's day: the first occurrence is next month's.
    expect(occurrenceSlots(rule, '2024-11-21', '2025-01-19').map((s) => [s.periodYear, s.periodNumber])).toEqual([
      [2024, 12],
    ]);
    expect(occurrenceSlots({ ...rule, every: 'quarter' }, '2024-12-21', '2025-12-31').map((s) => s.dueDate)).toEqual([
      '2025-03-20',
      '2025-06-20',
      '2025-09-20',
      '2025-12-20',
    ]);
    expect(occurrenceSlots(rule, '2024-01-21', '2024-02-19')).toEqual([]);
  });

  it('generates to 31 December of the year after today in APP_TIMEZONE, or to until when sooner', () => {
    // 31/12/2024 17:30 UTC is already 01/01/2025 in Hanoi.
    const now = new Date('2024-12-31T17:30:00Z');
    expect(occurrenceHorizon(now, 'Asia/Ho_Chi_Minh')).toBe('2026-12-31');
    expect(occurrenceHorizon(now, 'UTC')).toBe('2025-12-31');
    const rule = { every: 'month' as const, day: 5, until: '2025-06-30' };
    expect(generationEnd(rule, now, 'Asia/Ho_Chi_Minh')).toBe('2025-06-30');
    expect(generationEnd({ ...rule, until: '2030-01-01' }, now, 'Asia/Ho_Chi_Minh')).toBe('2026-12-31');
    expect(generationEnd({ ...rule, until: null }, now, 'Asia/Ho_Chi_Minh')).toBe('2026-12-31');
  });
});
