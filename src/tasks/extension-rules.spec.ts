import { ConflictException } from '@nestjs/common';
import { endOfLocalDay } from '../common/time/zoned-time';
import {
  assertExtensionMayBeRequested,
  assertLaterDeadline,
  ExtensionRuleSettings,
  lastRequestInstant,
} from './extension-rules';

const zone = 'Asia/Ho_Chi_Minh';
const settings = (graceDays: number, maxExtensions = 2): ExtensionRuleSettings => ({ graceDays, maxExtensions, zone });
/** The body a refusal answers with: its message and rule. */
const refusal = (work: () => void): { message: string; rule: string } | null => {
  try {
    work();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ConflictException);
    return (error as ConflictException).getResponse() as { message: string; rule: string };
  }
};
const ms = (instant: Date, offset: number) => new Date(instant.getTime() + offset);

describe('extension rules', () => {
  // 31/01/2024 ends at 2024-01-31T16:59:59.999Z (UTC+7), whatever the server's zone.
  const dueAt = endOfLocalDay('2024-01-31', zone);

  it('accepts a request up to the last millisecond of the deadline day in Asia/Ho_Chi_Minh, not after', () => {
    expect(dueAt.toISOString()).toBe('2024-01-31T16:59:59.999Z');
    const deadline = { dueAt, extensionCount: 0 };
    expect(refusal(() => assertExtensionMayBeRequested(deadline, dueAt, settings(0)))).toBeNull();
    // 00:00 on 01/02 in Hanoi is still 31/01 in UTC: the local day decides.
    const midnight = new Date('2024-01-31T17:00:00.000Z');
    expect(refusal(() => assertExtensionMayBeRequested(deadline, midnight, settings(0)))).toEqual({
      rule: 'deadline_passed',
      message: 'Đề nghị gia hạn phải gửi trước thời hạn (EXTENSION_GRACE_DAYS = 0)',
    });
  });

  it('accepts requests during EXTENSION_GRACE_DAYS whole local days after the deadline', () => {
    const deadline = { dueAt, extensionCount: 0 };
    expect(lastRequestInstant(dueAt, settings(2)).toISOString()).toBe('2024-02-02T16:59:59.999Z');
    expect(refusal(() => assertExtensionMayBeRequested(deadline, ms(dueAt, 1), settings(2)))).toBeNull();
    expect(
      refusal(() => assertExtensionMayBeRequested(deadline, new Date('2024-02-02T16:59:59.999Z'), settings(2))),
    ).toBeNull();
    const late = refusal(() =>
      assertExtensionMayBeRequested(deadline, new Date('2024-02-02T17:00:00.000Z'), settings(2)),
    );
    expect(late).toEqual({
      rule: 'deadline_passed',
      message:
        'Đề nghị gia hạn phải gửi trước thời hạn hoặc chậm nhất 2 ngày sau thời hạn (đến hết ngày 02/02/2024) ' +
        '(EXTENSION_GRACE_DAYS = 2)',
    });
  });

  it('counts grace days from the local day of a deadline given as an instant', () => {
    // 03:00 on 01/02 in Hanoi (20:00 UTC the day before): one grace day runs to the end of 02/02.
    const instant = new Date('2024-01-31T20:00:00.000Z');
    expect(lastRequestInstant(instant, settings(1)).toISOString()).toBe('2024-02-02T16:59:59.999Z');
    expect(lastRequestInstant(instant, settings(0))).toBe(instant);
  });

  it('allows EXTENSION_MAX approved extensions, then refuses naming the rule', () => {
    const now = ms(dueAt, -1000);
    expect(refusal(() => assertExtensionMayBeRequested({ dueAt, extensionCount: 1 }, now, settings(0)))).toBeNull();
    expect(refusal(() => assertExtensionMayBeRequested({ dueAt, extensionCount: 2 }, now, settings(0)))).toEqual({
      rule: 'max_extensions',
      message: 'Đã gia hạn 2 lần, không được gia hạn thêm (EXTENSION_MAX = 2)',
    });
    expect(refusal(() => assertExtensionMayBeRequested({ dueAt, extensionCount: 0 }, now, settings(0, 0)))?.rule).toBe(
      'max_extensions',
    );
    expect(refusal(() => assertExtensionMayBeRequested({ dueAt, extensionCount: 4 }, now, settings(0, 5)))).toBeNull();
  });

  it('refuses a requested deadline that is not later than the current one', () => {
    expect(refusal(() => assertLaterDeadline(dueAt, dueAt, settings(0)))).toEqual({
      rule: 'date_not_later',
      message: 'Thời hạn đề nghị gia hạn phải sau thời hạn hiện tại (31/01/2024)',
    });
    expect(refusal(() => assertLaterDeadline(dueAt, ms(dueAt, -1), settings(0)))?.rule).toBe('date_not_later');
    expect(refusal(() => assertLaterDeadline(dueAt, ms(dueAt, 1), settings(0)))).toBeNull();
  });
});
