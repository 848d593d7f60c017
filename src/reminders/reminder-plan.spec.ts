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
