import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsInstant } from '../../common/time/date-validators';
import { MAX_ID } from '../../common/validation/field-rules';
import { RECURRENCE_EVERY, RecurrenceEvery, TASK_KINDS, TaskKind } from '../entities/task.entity';

/** Longest deadline in working days: about two years. */
export const MAX_WORKING_DAYS = 500;
/** The kinds a task can be created with. */
export const CREATABLE_TASK_KINDS = TASK_KINDS;

export const MAX_TITLE_LENGTH = 500;
export const MAX_DESCRIPTION_LENGTH = 10_000;
export const MAX_SUPPORT_DEPARTMENTS = 50;

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A recurring task's rule (định kỳ): due on `day` of every week, month, quarter or year, until a date. */
export class RecurrenceDto {
  @ApiProperty({
    enum: RECURRENCE_EVERY,
    description:
      'week (Monday to Sunday, as ISO weeks); month; quarter (due in the quarter’s last month); year (due in December).',
  })
  @IsIn(RECURRENCE_EVERY)
  every!: RecurrenceEvery;

  @ApiProperty({
    minimum: 1,
    maximum: 31,
    example: 20,
    description:
      'Day of the month the occurrence is due (beyond the month’s end, its last day); for a weekly rule the ' +
      'weekday, 1 Monday (thứ Hai) to 7 Sunday (Chủ nhật).',
  })
  @IsInt()
  @Min(1)
  @Max(31)
  day!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2025-12-31',
    description:
      'Last date an occurrence may be due; null: no end (occurrences exist to 31 December of the year after ' +
      'the current one, and are added as time passes).',
  })
  @ValidateIf((o: RecurrenceDto) => o.until !== null)
  @IsCalendarDate()
  until!: string | null;
}

export class CreateTaskDto {
  @ApiProperty({ maxLength: MAX_TITLE_LENGTH, example: 'Giải ngân 100% kế hoạch vốn đầu tư công năm 2024' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TITLE_LENGTH)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_DESCRIPTION_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @ApiProperty({
    description: 'The assigning document (văn bản giao nhiệm vụ); its issuedOn is the task’s assignment date.',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  documentId!: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The leader in charge (lãnh đạo chỉ đạo): an active account of role leader (see GET /api/leaders).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  leaderId?: number | null;

  @ApiPropertyOptional({
    enum: CREATABLE_TASK_KINDS,
    description:
      'deadline (có thời hạn) needs dueDate, dueAt or workingDays; standing (thường xuyên) has none; recurring ' +
      '(định kỳ) needs recurrence and no deadline. Omitted: deadline when a deadline is given, recurring with a ' +
      'recurrence, else standing.',
  })
  @IsOptional()
  @IsIn(CREATABLE_TASK_KINDS)
  kind?: TaskKind;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_WORKING_DAYS,
    example: 15,
    description:
      'Deadline as N working days (ngày làm việc) after the document’s date, counted from the next day; ' +
      'the computed date is stored as dueDate. Not with dueDate or dueAt.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  workingDays?: number | null;

  @ApiPropertyOptional({
    type: RecurrenceDto,
    nullable: true,
    description:
      'The rule of a recurring task: one occurrence per period from the assignment date, each with its own ' +
      'deadline (GET /api/tasks/:id/occurrences).',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence?: RecurrenceDto | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'The session the task comes from, if any.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId?: number | null;

  @ApiProperty({ description: 'The lead department (chủ trì); must exist and be active.' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  leadDepartmentId!: number;

  @ApiPropertyOptional({
    type: [Number],
    maxItems: MAX_SUPPORT_DEPARTMENTS,
    description: 'Cooperating departments (phối hợp); unique, existing, not the lead.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SUPPORT_DEPARTMENTS)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_ID, { each: true })
  supportDepartmentIds?: number[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2024-01-31',
    description: 'Deadline as a calendar date; it ends at 23:59:59.999 of that day in APP_TIMEZONE. Not with dueAt.',
  })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2024-01-31T17:00:00+07:00',
    description: 'Deadline as an exact instant with an offset. Not with dueDate.',
  })
  @IsOptional()
  @IsInstant()
  dueAt?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Key task (nhiệm vụ trọng tâm).' })
  @ValidateIf((o: CreateTaskDto) => o.isKey !== undefined)
  @IsBoolean()
  isKey?: boolean;
}
