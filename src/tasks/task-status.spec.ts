import { DAY_MS, deriveTaskStatus, dueSoonLimit, TaskTimes } from './task-status';

const now = new Date('2024-01-25T03:00:00.000Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
const open = (dueAt: Date | null): TaskTimes => ({ dueAt, completedAt: null, cancelledAt: null });

describe('deriveTaskStatus', () => {
  const dueSoonDays = 3;

  it.each([
    ['no deadline', open(null), 'standing'],
    ['deadline passed a millisecond ago', open(at(-1)), 'overdue'],
    ['deadline passed days ago', open(at(-10 * DAY_MS)), 'overdue'],
    ['deadline exactly now', open(now), 'due_soon'],
    ['deadline in one hour', open(at(60 * 60 * 1000)), 'due_soon'],
    ['deadline exactly DUE_SOON_DAYS away', open(at(3 * DAY_MS)), 'due_soon'],
    ['deadline a millisecond beyond DUE_SOON_DAYS', open(at(3 * DAY_MS + 1)), 'in_progress'],
    ['deadline in a month', open(at(30 * DAY_MS)), 'in_progress'],
  ])('an open task with %s is %s', (_label, task, expected) => {
    expect(deriveTaskStatus(task, now, dueSoonDays)).toBe(expected);
  });

  it.each([
    ['before the deadline', at(-DAY_MS), at(DAY_MS), 'done_on_time'],
    ['exactly at the deadline', at(DAY_MS), at(DAY_MS), 'done_on_time'],
    ['a millisecond after the deadline', at(DAY_MS + 1), at(DAY_MS), 'done_late'],
    ['after a deadline that has passed', at(-DAY_MS), at(-2 * DAY_MS), 'done_late'],
  ])('a task completed %s is %s', (_label, completedAt, dueAt, expected) => {
    expect(deriveTaskStatus({ dueAt, completedAt, cancelledAt: null }, now, dueSoonDays)).toBe(expected);
  });

  it('keeps a standing task standing once completed, confirmed or not: never on time or overdue', () => {
    const completed = { dueAt: null, completedAt: at(-DAY_MS), cancelledAt: null };
    expect(deriveTaskStatus({ ...completed, confirmedAt: at(-1) }, now, dueSoonDays)).toBe('standing');
    expect(deriveTaskStatus({ ...completed, confirmedAt: null }, now, dueSoonDays)).toBe('standing');
  });

  it('waits for the office while a completion is not confirmed, never turning overdue', () => {
    const reported = { dueAt: at(-10 * DAY_MS), completedAt: at(-DAY_MS), confirmedAt: null, cancelledAt: null };
    expect(deriveTaskStatus(reported, now, dueSoonDays)).toBe('awaiting_confirmation');
    expect(deriveTaskStatus({ ...reported, cancelledAt: at(-1) }, now, dueSoonDays)).toBe('cancelled');
  });

  it('decides on time or late by the actual completion day, not when it was recorded', () => {
    const dueAt = at(-DAY_MS);
    const recordedLate = { dueAt, completedAt: at(-1), confirmedAt: at(-1), cancelledAt: null };
    expect(deriveTaskStatus({ ...recordedLate, completedDayStartAt: at(-2 * DAY_MS) }, now, 3)).toBe('done_on_time');
    expect(deriveTaskStatus({ ...recordedLate, completedDayStartAt: dueAt }, now, 3)).toBe('done_on_time');
    expect(deriveTaskStatus({ ...recordedLate, completedDayStartAt: at(-DAY_MS + 1) }, now, 3)).toBe('done_late');
    expect(deriveTaskStatus({ ...recordedLate, completedDayStartAt: null }, now, 3)).toBe('done_late');
  });

  it('cancelled wins over everything else', () => {
    expect(deriveTaskStatus({ dueAt: at(-DAY_MS), completedAt: null, cancelledAt: at(-1) }, now, 3)).toBe('cancelled');
    expect(deriveTaskStatus({ dueAt: null, completedAt: at(-5), cancelledAt: at(-1) }, now, 3)).toBe('cancelled');
  });

  it('follows DUE_SOON_DAYS', () => {
    const task = open(at(5 * DAY_MS));
    expect(deriveTaskStatus(task, now, 3)).toBe('in_progress');
    expect(deriveTaskStatus(task, now, 7)).toBe('due_soon');
    expect(deriveTaskStatus(open(at(1)), now, 0)).toBe('in_progress');
    expect(deriveTaskStatus(open(now), now, 0)).toBe('due_soon');
  });

  it('computes the due-soon limit in whole days from now', () => {
    expect(dueSoonLimit(now, 3).toISOString()).toBe('2024-01-28T03:00:00.000Z');
  });
});
