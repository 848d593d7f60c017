import { fieldError } from '../common/http/field-error';
import { parseInstant } from '../common/time/date-validators';
import { endOfLocalDay } from '../common/time/zoned-time';
import { addWorkingDays } from './working-days';

/** A task's deadline as stored: the date when given as one, and always the instant it ends. */
export interface Deadline {
  dueDate: string | null;
  dueAt: Date | null;
}

export const NO_DEADLINE: Deadline = { dueDate: null, dueAt: null };

export interface DeadlineInput {
  dueDate?: string | null;
  dueAt?: string | null;
  workingDays?: number | null;
}

/**
 * Like resolveDeadline, with a third form: `workingDays` working days after
 * `documentDate` (the assigning document's date), stored as the date it gives.
 */
export function resolveTaskDeadline(
  input: DeadlineInput,
  zone: string,
  documentDate: string,
): Deadline & { workingDays: number | null } {
  if (input.workingDays != null) {
    const others = (['dueDate', 'dueAt'] as const).filter((f) => input[f] != null);
    if (others.length > 0) {
      throw fieldError(...others.map((f) => [f, 'give one of dueDate, dueAt or workingDays'] as [string, string]), [
        'workingDays',
        'give one of dueDate, dueAt or workingDays',
      ]);
    }
    const dueDate = addWorkingDays(documentDate, input.workingDays);
    return { dueDate, dueAt: endOfLocalDay(dueDate, zone), workingDays: input.workingDays };
  }
  return { ...resolveDeadline(input, zone), workingDays: null };
}

/**
 * Turns the validated `dueDate` / `dueAt` of a request into a deadline. A date
 * ends at 23:59:59.999 of that day in `zone` (APP_TIMEZONE), whatever the
 * server's own time zone.
 */
export function resolveDeadline(input: { dueDate?: string | null; dueAt?: string | null }, zone: string): Deadline {
  if (input.dueDate != null && input.dueAt != null) {
    throw fieldError(
      ['dueDate', 'give either dueDate or dueAt, not both'],
      ['dueAt', 'give either dueDate or dueAt, not both'],
    );
  }
  if (input.dueDate != null) return { dueDate: input.dueDate, dueAt: endOfLocalDay(input.dueDate, zone) };
  if (input.dueAt != null) return { dueDate: null, dueAt: parseInstant(input.dueAt) };
  return NO_DEADLINE;
}

export function sameDeadline(a: Deadline, b: Deadline): boolean {
  return a.dueDate === b.dueDate && (a.dueAt?.getTime() ?? null) === (b.dueAt?.getTime() ?? null);
}
