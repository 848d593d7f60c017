import { BadRequestException, ConflictException } from '@nestjs/common';

/**
 * A 400 in the shape the validation pipe gives, for rules checked by a service
 * (a department that does not exist, two deadlines at once...).
 */
export function fieldError(...fields: Array<[field: string, message: string]>): BadRequestException {
  return new BadRequestException({
    message: fields.map(([field, message]) => `${field}: ${message}`),
    errors: fields.map(([field, message]) => ({ field, message })),
  });
}

/**
 * A 409 for a value another record already holds (an e-mail, a unit's code): named as a field error, so that a form
 * puts it beside its field, with a message for people.
 */
export function takenValue(field: string, message: string): ConflictException {
  return new ConflictException({ message: `${field}: ${message}`, errors: [{ field, message }] });
}
