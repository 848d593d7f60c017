import { registerDecorator, ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';
import { isCalendarDate } from './zoned-time';

/**
 * An ISO 8601 date and time with an explicit offset (Z or ±HH:MM). Without one
 * the instant would depend on the server's time zone, so it is refused.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isInstantString(value: string): boolean {
  if (!INSTANT.test(value)) return false;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid && parsed.year >= 1900;
}

/** Parses a string accepted by isInstantString. */
export function parseInstant(value: string): Date {
  return DateTime.fromISO(value, { setZone: true }).toJSDate();
}

/** A calendar date written YYYY-MM-DD that exists (2024-02-30 does not). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be an existing date written YYYY-MM-DD', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isCalendarDate(value) && Number(value.slice(0, 4)) >= 1900,
      },
    });
}

/** An ISO 8601 instant with an explicit offset, e.g. 2024-01-31T17:00:00+07:00. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be an ISO 8601 date and time with an offset, e.g. 2024-01-31T17:00:00+07:00',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isInstantString(value) },
    });
}
