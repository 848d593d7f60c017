import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** Parses a positive integer id from the path; the 400 names the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'id';
    if (!/^[1-9]\d{0,14}$/.test(value)) {
      throw new BadRequestException({
        message: [`${name}: ${name} must be a positive integer`],
        errors: [{ field: name, message: `${name} must be a positive integer` }],
      });
    }
    return Number(value);
  }
}
