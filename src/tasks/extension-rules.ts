import { ruleConflict } from '../common/http/rule-conflict';
import { addCalendarDays, endOfLocalDay, formatCalendarDate, localDateOf } from '../common/time/zoned-time';

/** The rules an extension request (xin gia hạn) must keep, as `rule` names them in a 409. */
export const EXTENSION_RULES = ['deadline_passed', 'max_extensions', 'date_not_later'] as const;
export type ExtensionRule = (typeof EXTENSION_RULES)[number];

export interface ExtensionRuleSettings {
  /** EXTENSION_GRACE_DAYS: whole days after the deadline's day in which a request is still accepted. */
  graceDays: number;
  /** EXTENSION_MAX: approved extensions allowed per task or occurrence. */
  maxExtensions: number;
  zone: string;
}

/** The deadline being extended: a task's or one occurrence's. */
export interface ExtendedDeadline {
  dueAt: Date;
  extensionCount: number;
}

/**
 * The last instant a request may be made: the deadline itself, or with grace
 * days the end of the grace period's last day in APP_TIMEZONE (a deadline
 * ending 31/01 with 2 grace days accepts requests up to 02/02 23:59:59.999).
 */
export function lastRequestInstant(dueAt: Date, settings: ExtensionRuleSettings): Date {
  if (settings.graceDays === 0) return dueAt;
  return endOfLocalDay(addCalendarDays(localDateOf(dueAt, settings.zone), settings.graceDays), settings.zone);
}

/** Refuses (409 naming the rule) a request made too late or once the extensions allowed are used up. */
export function assertExtensionMayBeRequested(
  deadline: ExtendedDeadline,
  now: Date,
  settings: ExtensionRuleSettings,
): void {
  const last = lastRequestInstant(deadline.dueAt, settings);
  if (now.getTime() > last.getTime()) {
    const within =
      settings.graceDays === 0
        ? 'trước thời hạn'
        : `trước thời hạn hoặc chậm nhất ${settings.graceDays} ngày sau thời hạn (đến hết ngày ${formatCalendarDate(localDateOf(last, settings.zone))})`;
    throw ruleConflict(
      'deadline_passed',
      `Đề nghị gia hạn phải gửi ${within} (EXTENSION_GRACE_DAYS = ${settings.graceDays})`,
    );
  }
  assertExtensionsLeft(deadline, settings);
}

/** Refuses (409, max_extensions) once EXTENSION_MAX extensions have been approved. */
export function assertExtensionsLeft(
  deadline: Pick<ExtendedDeadline, 'extensionCount'>,
  settings: Pick<ExtensionRuleSettings, 'maxExtensions'>,
): void {
  if (deadline.extensionCount >= settings.maxExtensions) {
    throw ruleConflict(
      'max_extensions',
      `Đã gia hạn ${deadline.extensionCount} lần, không được gia hạn thêm (EXTENSION_MAX = ${settings.maxExtensions})`,
    );
  }
}

/** Refuses (409, date_not_later) a requested deadline that is not later than the current one. */
export function assertLaterDeadline(current: Date, requested: Date, settings: ExtensionRuleSettings): void {
  if (requested.getTime() <= current.getTime()) {
    throw ruleConflict(
      'date_not_later',
      `Thời hạn đề nghị gia hạn phải sau thời hạn hiện tại (${formatCalendarDate(localDateOf(current, settings.zone))})`,
    );
  }
}
