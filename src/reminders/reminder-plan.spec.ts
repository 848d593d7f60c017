import { HOLIDAY_FILE } from '../calendar/calendar.module';
import { loadHolidayFile } from '../calendar/holiday-table';
import { WorkingCalendar } from '../calendar/working-calendar';
import { resolveProjectPath } from '../config/app-config';
import { endOfLocalDay } from '../common/time/zoned-time';
import {
  deliveryKeys,
  digestPeriodOf,
  OVERDUE_DELAY_MS,
  parseReminderOffsets,
  planTaskNotifications,
  reminderInstant,
  ReminderPolicy,
} from './reminder-plan';

const ZONE = 'Asia/Ho_Chi_Minh';
const policy = (offsets: string, reminderTime = '08:00'): ReminderPolicy => ({
  offsets: parseReminderOffsets(offsets.split(',')),
  reminderTime,
  timeZone: ZONE,
});

/** Runs `body` with the process in each of these time zones: the results must not depend on it. */
function underServerZones(body: () => void): void {
  const original = process.env.TZ;
  try {
    for (const zone of ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
      process.env.TZ = zone;
      body();
    }
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}

describe('parseReminderOffsets', () => {
  it('reads days, hours, minutes and seconds and drops duplicates', () => {
    expect(parseReminderOffsets(['7d', ' 3d', '07d', '2h', '30m', '10s', '0d'])).toEqual([
      { key: '7d', amount: 7, unit: 'd' },
      { key: '3d', amount: 3, unit: 'd' },
      { key: '2h', amount: 2, unit: 'h' },
      { key: '30m', amount: 30, unit: 'm' },
      { key: '10s', amount: 10, unit: 's' },
      { key: '0d', amount: 0, unit: 'd' },
    ]);
  });

  it('rejects anything else', () => {
    expect(() => parseReminderOffsets(['3w'])).toThrow('Not a reminder offset: "3w"');
    expect(() => parseReminderOffsets(['-1d'])).toThrow(RangeError);
  });
});

describe('reminderInstant', () => {
  it('sends whole-day reminders at REMINDER_TIME local time, that many calendar days before the local due date', () => {
    underServerZones(() => {
      // Due by the end of 31/01/2024 in Viet Nam = 2024-01-31T16:59:59.999Z.
      const dueAt = endOfLocalDay('2024-01-31', ZONE);
      const at = (offset: string) =>
        reminderInstant(dueAt, parseReminderOffsets([offset])[0], {
          reminderTime: '08:00',
          timeZone: ZONE,
        }).toISOString();
      expect(at('7d')).toBe('2024-01-24T01:00:00.000Z');
      expect(at('1d')).toBe('2024-01-30T01:00:00.000Z');
      expect(at('0d')).toBe('2024-01-31T01:00:00.000Z');
    });
  });

  it('uses the local due date of an exact deadline, not its UTC date', () => {
    underServerZones(() => {
      // 06:30 on 01/02 in Viet Nam is still 31/01 in UTC.
      const dueAt = new Date('2024-01-31T23:30:00.000Z');
      const oneDay = reminderInstant(dueAt, parseReminderOffsets(['1d'])[0], { reminderTime: '08:00', timeZone: ZONE });
      expect(oneDay.toISOString()).toBe('2024-01-31T01:00:00.000Z');
    });
  });

  it('measures hour, minute and second offsets exactly back from the deadline instant', () => {
    const dueAt = new Date('2024-02-08T10:15:30.250Z');
    const at = (offset: string) =>
      reminderInstant(dueAt, parseReminderOffsets([offset])[0], {
        reminderTime: '08:00',
        timeZone: ZONE,
      }).toISOString();
    expect(at('2h')).toBe('2024-02-08T08:15:30.250Z');
    expect(at('30m')).toBe('2024-02-08T09:45:30.250Z');
    expect(at('10s')).toBe('2024-02-08T10:15:20.250Z');
    expect(at('0s')).toBe('2024-02-08T10:15:30.250Z');
  });
});

describe('planTaskNotifications', () => {
  const task = { id: 42, deadlineVersion: 3, dueAt: endOfLocalDay('2024-02-08', ZONE) };

  it('plans every offset for the lead and each cooperating department, and the overdue notice for the lead only', () => {
    const planned = planTaskNotifications(
      task,
      [
        { departmentId: 7, role: 'lead' },
        { departmentId: 9, role: 'cooperating' },
      ],
      policy('3d,0d'),
    );
    expect(
      planned.map((p) => [
        p.kind,
        p.departmentId,
        p.role,
        p.reminderOffset,
        p.deliveryKey,
        p.scheduledAt.toISOString(),
      ]),
    ).toEqual([
      ['reminder', 7, 'lead', '3d', 'reminder.t42.v3.3d.d7', '2024-02-05T01:00:00.000Z'],
      ['reminder', 7, 'lead', '0d', 'reminder.t42.v3.0d.d7', '2024-02-08T01:00:00.000Z'],
      [
        'overdue',
        7,
        'lead',
        null,
        'overdue.t42.v3.d7',
        new Date(task.dueAt.getTime() + OVERDUE_DELAY_MS).toISOString(),
      ],
      ['reminder', 9, 'cooperating', '3d', 'reminder.t42.v3.3d.d9', '2024-02-05T01:00:00.000Z'],
      ['reminder', 9, 'cooperating', '0d', 'reminder.t42.v3.0d.d9', '2024-02-08T01:00:00.000Z'],
    ]);
  });

  it('sends the overdue notice at the first instant after the deadline: midnight local for a date deadline', () => {
    const [overdue] = planTaskNotifications(task, [{ departmentId: 7, role: 'lead' }], policy('1d')).filter(
      (p) => p.kind === 'overdue',
    );
    expect(overdue.scheduledAt.toISOString()).toBe('2024-02-08T17:00:00.000Z');
  });

  it('leaves out a same-day reminder that would come after an early deadline', () => {
    const early = { ...task, dueAt: new Date('2024-02-08T00:00:00.000Z') }; // 07:00 local
    const planned = planTaskNotifications(early, [{ departmentId: 7, role: 'lead' }], policy('1d,0d'));
    expect(planned.map((p) => p.reminderOffset)).toEqual(['1d', null]);
  });

  it('puts the deadline version in every reminder key so that a new deadline gets new jobs', () => {
    const v1 = planTaskNotifications(
      { ...task, deadlineVersion: 1 },
      [{ departmentId: 7, role: 'lead' }],
      policy('1d'),
    );
    const v2 = planTaskNotifications(
      { ...task, deadlineVersion: 2 },
      [{ departmentId: 7, role: 'lead' }],
      policy('1d'),
    );
    expect(v1.map((p) => p.deliveryKey)).toEqual(['reminder.t42.v1.1d.d7', 'overdue.t42.v1.d7']);
    expect(v2.map((p) => p.deliveryKey)).toEqual(['reminder.t42.v2.1d.d7', 'overdue.t42.v2.d7']);
  });
});

describe('digest periods', () => {
  it('are local dates in APP_TIMEZONE whatever the server zone', () => {
    underServerZones(() => {
      // 07:30 on Monday 22/01/2024 in Viet Nam is still Sunday in UTC and New York.
      expect(digestPeriodOf(new Date('2024-01-22T00:30:00.000Z'), ZONE)).toBe('2024-01-22');
      expect(digestPeriodOf(new Date('2024-01-21T16:59:59.999Z'), ZONE)).toBe('2024-01-21');
      expect(digestPeriodOf(new Date('2024-01-21T17:00:00.000Z'), ZONE)).toBe('2024-01-22');
    });
    expect(deliveryKeys.digest('2024-01-22', 5)).toBe('digest.2024-01-22.d5');
    expect(deliveryKeys.summary('2024-01-22')).toBe('summary.2024-01-22.office');
  });
});

describe('whole-day reminders on working days', () => {
  const calendar = new WorkingCalendar(loadHolidayFile(resolveProjectPath(HOLIDAY_FILE)));
  const policy: ReminderPolicy = {
    offsets: parseReminderOffsets(['7d', '3d', '1d', '0d', '2h']),
    reminderTime: '08:00',
    timeZone: ZONE,
    workingDay: (date) => calendar.previousWorkingDay(date),
  };
  const local = (instant: Date) => instant.toISOString();

  it('moves a reminder that falls on a day off to the previous working day, and keeps one per day', () => {
    // Due Monday 23 February 2026, the first working day after the Tết break and its weekend.
    const dueAt = endOfLocalDay('2026-02-23', ZONE);
    const plan = planTaskNotifications(
      { id: 1, deadlineVersion: 1, dueAt },
      [{ departmentId: 5, role: 'lead' }],
      policy,
    );
    const reminders = plan.filter((p) => p.kind === 'reminder').map((p) => [p.reminderOffset, local(p.scheduledAt)]);
    // 7d (16/02, Tết), 3d (20/02, Tết) and 1d (22/02, Sunday) all fall in the break: one reminder on Friday 13/02, the latest (1d).
    expect(reminders).toEqual([
      ['1d', '2026-02-13T01:00:00.000Z'],
      ['0d', '2026-02-23T01:00:00.000Z'],
      ['2h', '2026-02-23T14:59:59.999Z'],
    ]);
  });

  it('sends on a make-up Saturday, which is a working day', () => {
    // Saturday 10 January 2026 is worked in exchange for Friday 2 January.
    const dueAt = endOfLocalDay('2026-01-11', ZONE);
    const oneDay = { ...policy, offsets: parseReminderOffsets(['1d']) };
    const [reminder] = planTaskNotifications(
      { id: 2, deadlineVersion: 1, dueAt },
      [{ departmentId: 5, role: 'lead' }],
      oneDay,
    );
    expect(local(reminder.scheduledAt)).toBe('2026-01-10T01:00:00.000Z');
  });
});
