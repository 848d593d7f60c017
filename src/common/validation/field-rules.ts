import { Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isInstantString } from '../time/date-validators';
import { isCalendarDate } from '../time/zoned-time';

/**
 * For PATCH bodies: the field may be left out, but when it is present it is
 * validated, so `null` is rejected for a field that cannot be empty.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/** Trims surrounding white space from strings; other values are left for the validators to reject. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** Reads `true`/`false` (and 1/0) from a query string; anything else is left for IsBoolean to reject. */
export function QueryBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    return value;
  });
}

/** A day (YYYY-MM-DD) or an ISO 8601 instant with its offset; used by date-range filters. */
export function IsCalendarDateOrInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDateOrInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be a date (YYYY-MM-DD) or an ISO 8601 date-time with an offset',
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && (isCalendarDate(value) || isInstantString(value)),
      },
    });
}

/** Largest id a 32-bit integer column holds; larger numbers in a body are rejected before any query. */
export const MAX_ID = 2_147_483_647;
