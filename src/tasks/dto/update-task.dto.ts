import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsCalendarDate, IsInstant } from '../../common/time/date-validators';
import { MAX_ID } from '../../common/validation/field-rules';
import { TaskKind } from '../entities/task.entity';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_SUPPORT_DEPARTMENTS,
  MAX_TITLE_LENGTH,
  MAX_WORKING_DAYS,
  trim,
} from './create-task.dto';

export const MAX_REASON_LENGTH = 2000;

/** The kinds an edit may switch between; a recurring task keeps its rule and its occurrences' deadlines. */
export const EDITABLE_TASK_KINDS = ['deadline', 'standing'] as const;

/**
 * An edit of an open task. Only the fields present change. Sending dueDate or
 * dueAt (null for none) changes the deadline; the previous one is kept in the
 * deadline history.
 */
export class UpdateTaskDto {
  @ApiProperty({ description: 'The version the edit is based on; a stale version answers 409.' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version!: number;

  @ApiPropertyOptional({ maxLength: MAX_TITLE_LENGTH })
  @ValidateIf((o: UpdateTaskDto) => o.title !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TITLE_LENGTH)
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_DESCRIPTION_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId?: number | null;

  @ApiPropertyOptional({ description: 'Another assigning document; the assignment date follows it.' })
  @ValidateIf((o: UpdateTaskDto) => o.documentId !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  documentId?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'The leader in charge; null for none.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  leaderId?: number | null;

  @ApiPropertyOptional({
    enum: EDITABLE_TASK_KINDS,
    description:
      'Must agree with the deadline after the edit: deadline with one, standing without. A recurring task ' +
      'cannot change kind or deadline: its occurrences carry the deadlines.',
  })
  @ValidateIf((o: UpdateTaskDto) => o.kind !== undefined)
  @IsIn(EDITABLE_TASK_KINDS)
  kind?: TaskKind;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_WORKING_DAYS,
    description: 'A new deadline as N working days after the document’s date. Not with dueDate or dueAt.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  workingDays?: number | null;

  @ApiPropertyOptional()
  @ValidateIf((o: UpdateTaskDto) => o.leadDepartmentId !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  leadDepartmentId?: number;

  @ApiPropertyOptional({ type: [Number], maxItems: MAX_SUPPORT_DEPARTMENTS })
  @ValidateIf((o: UpdateTaskDto) => o.supportDepartmentIds !== undefined)
  @IsArray()
  @ArrayMaxSize(MAX_SUPPORT_DEPARTMENTS)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_ID, { each: true })
  supportDepartmentIds?: number[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-02-29' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-02-29T17:00:00+07:00' })
  @IsOptional()
  @IsInstant()
  dueAt?: string | null;

  @ApiPropertyOptional({
    maxLength: MAX_REASON_LENGTH,
    description: 'Why the deadline is changed; kept in its history.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REASON_LENGTH)
  deadlineReason?: string;

  @ApiPropertyOptional()
  @ValidateIf((o: UpdateTaskDto) => o.isKey !== undefined)
  @IsBoolean()
  isKey?: boolean;
}
