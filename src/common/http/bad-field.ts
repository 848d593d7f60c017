import { BadRequestException } from '@nestjs/common';

/** A 400 in the validation pipe's shape, for a rule that only the service can check. */
export function badField(field: string, message: string): BadRequestException {
  return new BadRequestException({ message: [`${field}: ${message}`], errors: [{ field, message }] });
}
