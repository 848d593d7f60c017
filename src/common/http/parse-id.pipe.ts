import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** Ids are 32-bit integer columns; PostgreSQL fails on a larger number instead of finding nothing. */
const MAX_ID = 2_147_483_647;

/** Parses a positive integer id from the path; the 400 names the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'id';
    if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > MAX_ID) {
      throw new BadRequestException({
        message: [`${name}: ${name} must be a positive integer up to ${MAX_ID}`],
        errors: [{ field: name, message: `${name} must be a positive integer up to ${MAX_ID}` }],
      });
    }
    return Number(value);
  }
}
