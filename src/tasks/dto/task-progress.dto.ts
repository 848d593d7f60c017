import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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
import { IsCalendarDate } from '../../common/time/date-validators';
import { trim } from './create-task.dto';
import { OccurrenceRefDto } from './occurrence-ref.dto';

export const MAX_RESULT_LENGTH = 10_000;

/** The unit's report on the completed task (văn bản báo cáo kết quả). */
export class ResultDocumentDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 64, example: '56/BC-SKHĐT' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(64)
  number?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-02-05' })
  @IsOptional()
  @IsCalendarDate()
  issuedOn?: string | null;
}

export const MAX_NOTE_LENGTH = 4000;

export class AddProgressDto extends OccurrenceRefDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    description:
      'The task’s percent after this update. Omitted, or sent by a cooperating department, the note leaves the percent as it is.',
  })
  @ValidateIf((o: AddProgressDto) => o.percent !== undefined)
  @IsInt()
  @Min(0)
  @Max(100)
  percent?: number;

  @ApiPropertyOptional({
    maxLength: MAX_NOTE_LENGTH,
    example: 'Đã giải ngân 35% kế hoạch vốn.',
    description: 'Required, except on a completion that gives its result.',
  })
  @ValidateIf((o: AddProgressDto) => o.note !== undefined || !(o.completed === true && o.result !== undefined))
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string;

  @ApiPropertyOptional({ default: false, description: 'true completes the task (percent becomes 100).' })
  @ValidateIf((o: AddProgressDto) => o.completed !== undefined)
  @IsBoolean()
  completed?: boolean;

  @ApiPropertyOptional({
    example: '2024-02-05',
    description:
      'With completed: the actual completion date (ngày hoàn thành thực tế), which decides on time or late: not in ' +
      'the future, not before the assignment date, at most COMPLETION_BACKDATE_DAYS before today. Default: today.',
  })
  @IsOptional()
  @IsCalendarDate()
  completedOn?: string;

  @ApiPropertyOptional({
    maxLength: MAX_RESULT_LENGTH,
    description: 'With completed: the result (kết quả thực hiện). Without it the note is the result.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_RESULT_LENGTH)
  result?: string;

  @ApiPropertyOptional({ type: ResultDocumentDto, description: 'With completed: the unit’s report document.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ResultDocumentDto)
  resultDocument?: ResultDocumentDto;

  @ApiPropertyOptional({
    maxLength: MAX_RESULT_LENGTH,
    description: 'With completed: difficulties and proposals (khó khăn, vướng mắc, đề xuất).',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_RESULT_LENGTH)
  difficulties?: string;

  @ApiPropertyOptional({
    type: [Number],
    maxItems: 20,
    description:
      'Files uploaded beforehand (POST /api/tasks/{id}/attachments) that this entry carries, typically the ' +
      'completion’s evidence; each must belong to the task and not to another entry yet.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(1, { each: true })
  attachmentIds?: number[];
}
