import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../common/pagination/page';
import { PageQuery } from '../../common/pagination/page';
import { IsCalendarDate } from '../../common/time/date-validators';
import { MAX_ID } from '../../common/validation/field-rules';

const PERIOD =
  'Tasks created (assigned) in the period: from and to are calendar dates in APP_TIMEZONE, both inclusive. ' +
  'Each task is classified by its status now.';

export class StatsFilterQuery {
  @ApiPropertyOptional({ description: 'Only tasks from this session.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId?: number;

  @ApiPropertyOptional({ description: PERIOD, example: '2024-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: PERIOD, example: '2024-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

/** Statistics filters plus paging; a page holds up to 200 departments and defaults to all of them. */
export class DepartmentStatsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only tasks from this session.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId?: number;

  @ApiPropertyOptional({ description: PERIOD, example: '2024-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: PERIOD, example: '2024-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  override limit: number = MAX_PAGE_SIZE;
}

const RATE =
  'doneOnTime / (doneOnTime + doneLate + overdue), a fraction from 0 to 1; null when that denominator is 0. ' +
  'Tasks in progress, due soon, without deadline or cancelled do not count either way.';

export class StatusCounts {
  @ApiProperty({ description: 'All tasks counted, whatever their status.' }) total!: number;
  @ApiProperty({ description: 'Open, deadline more than DUE_SOON_DAYS away.' }) inProgress!: number;
  @ApiProperty({ description: 'Open, deadline within DUE_SOON_DAYS.' }) dueSoon!: number;
  @ApiProperty({ description: 'Open, deadline passed.' }) overdue!: number;
  @ApiProperty({ description: 'Open, no deadline (continuing task).' }) noDeadline!: number;
  @ApiProperty({ description: 'Completed by the unit, waiting for the office to confirm it.' })
  awaitingConfirmation!: number;
  @ApiProperty({ description: 'Completed by the deadline, or completed without deadline.' }) doneOnTime!: number;
  @ApiProperty({ description: 'Completed after the deadline.' }) doneLate!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1, description: RATE, example: 0.8 })
  onTimeRate!: number | null;
}

export class DepartmentStats extends StatusCounts {
  @ApiProperty() departmentId!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class DepartmentStatsPage {
  @ApiProperty({
    type: [DepartmentStats],
    description: 'One row per department, counting the tasks it leads; ordered by code.',
  })
  items!: DepartmentStats[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}
