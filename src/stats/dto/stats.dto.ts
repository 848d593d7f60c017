import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../common/pagination/page';
import { IsCalendarDate } from '../../common/time/date-validators';
import { MAX_ID } from '../../common/validation/field-rules';

const PERIOD =
  'Tasks assigned in the period: their assigning document issued (issuedOn) from `from` to `to`, calendar dates ' +
  'both inclusive. Each task is classified by its status now.';

const REPORTING_PERIOD =
  'Tasks assigned in a reporting period: 2024-01 (month), 2024-Q1, 2024-H1 or 2024, with the cut-off of ' +
  'PERIOD_CUTOFF_DAY (default 14: January = 15/12/2023–14/01/2024); not with from/to. Classified by status now: ' +
  'for the figures as of the cut-off use /api/reports/period.';

/** Filters every statistics route takes besides sessionId and from/to. */
class StatsExtraFilters {
  @ApiPropertyOptional({ description: 'Only tasks assigned by this document.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  documentId?: number;

  @ApiPropertyOptional({ description: 'Only tasks directed by this leader (leaderId).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  leaderId?: number;

  @ApiPropertyOptional({ description: REPORTING_PERIOD, example: '2024-Q1' })
  @IsOptional()
  @Matches(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, {
    message: 'period must look like 2024-01, 2024-Q1, 2024-H1 or 2024',
  })
  period?: string;
}

export class StatsFilterQuery extends StatsExtraFilters {
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
export class DepartmentStatsQuery extends StatsFilterQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = MAX_PAGE_SIZE;

  get offset(): number {
    return (this.page - 1) * this.limit;
  }
}

const DUE = 'due = doneOnTime + doneLate + overdue: tasks whose deadline has passed or that are completed.';
const RATE_NOTE = 'An unrounded fraction 0–1, null when due is 0 (same computation as the period report).';

export class StatusCounts {
  @ApiProperty({
    description:
      'All tasks counted, whatever their status: inProgress + dueSoon + overdue + standing + doneOnTime + doneLate + cancelled.',
  })
  total!: number;
  @ApiProperty({
    description:
      'Of total, the periods of recurring tasks: a recurring task counts once per period (each classified as a task is), ' +
      'so total can exceed the number of tasks listed.',
  })
  recurringPeriods!: number;
  @ApiProperty({ description: 'Open, deadline more than DUE_SOON_DAYS away.' }) inProgress!: number;
  @ApiProperty({ description: 'Open, deadline not passed and at most DUE_SOON_DAYS away.' }) dueSoon!: number;
  @ApiProperty({ description: 'Open, deadline passed.' }) overdue!: number;
  @ApiProperty({ description: 'Open standing tasks (thường xuyên, no deadline).' }) standing!: number;
  @ApiProperty({ description: 'The same as standing; the former name, kept for existing clients.', deprecated: true })
  noDeadline!: number;
  @ApiProperty({ description: 'Completed by the unit, waiting for the office to confirm it.' })
  awaitingConfirmation!: number;
  @ApiProperty({ description: 'Completed by the deadline, or completed without deadline.' }) doneOnTime!: number;
  @ApiProperty({ description: 'Completed after the deadline.' }) doneLate!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty({ description: DUE }) due!: number;
  @ApiProperty({ type: Number, nullable: true, description: `(doneOnTime + doneLate) / due. ${RATE_NOTE}` })
  completionRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: `doneOnTime / due. ${RATE_NOTE}`, example: 0.8 })
  onTimeRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: `overdue / due. ${RATE_NOTE}` })
  overdueRate!: number | null;
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
