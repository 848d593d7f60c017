import { BadRequestException } from '@nestjs/common';

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
