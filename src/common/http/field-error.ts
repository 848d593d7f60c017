import { BadRequestException } from '@nestjs/common';

/** A 400 in the validation pipe's shape, for rules checked in a service (e.g. an id that does not exist). */
export function badField(field: string, message: string): BadRequestException {
  return new BadRequestException({ message: [`${field}: ${message}`], errors: [{ field, message }] });
}
