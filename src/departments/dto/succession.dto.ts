import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/time/date-validators';
import { MAX_ID } from '../../common/validation/field-rules';
import { DepartmentResponse } from './department.dto';

export class SuccessionDto {
  @ApiProperty({
    example: 12,
    description: 'The unit that takes over: active, not itself merged into another, not the unit succeeded.',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  successorId!: number;

  @ApiProperty({
    example: '2025-07-01',
    description:
      'The date the succession took effect (YYYY-MM-DD, APP_TIMEZONE): not in the future, and not before a unit was ' +
      'itself merged into the unit succeeded. Reports cut off before this date keep the unit succeeded.',
  })
  @IsCalendarDate()
  effectiveOn!: string;
}

export class SuccessionResponse {
  @ApiProperty({ type: DepartmentResponse, description: 'The unit succeeded, now inactive' })
  department!: DepartmentResponse;

  @ApiProperty({ type: DepartmentResponse })
  successor!: DepartmentResponse;

  @ApiProperty({ description: 'Open tasks the unit led, now led by the successor' })
  leadTasks!: number;

  @ApiProperty({ description: 'Open tasks the unit cooperated on, passed to the successor' })
  cooperatingTasks!: number;

  @ApiProperty({ description: 'Accounts moved to the successor' })
  accounts!: number;
}
