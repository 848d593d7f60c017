import { DEPARTMENT_GROUP_KEYS, DepartmentGroupKey } from '../../departments/department-groups';
import { RECURRENCE_EVERY, type RecurrenceEvery } from '../../tasks/entities/task.entity';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_ID } from '../../common/validation/field-rules';
import { CreateTaskDto } from '../../tasks/dto/create-task.dto';
import { CHANGE_KINDS, type ChangeKind } from '../../sessions/entities/department-report.entity';

export const MAX_EXTRACTION_TEXT = 200_000;
export const MAX_BULK_TASKS = 200;

export class DraftTasksRequest {
  @ApiProperty({ maxLength: MAX_EXTRACTION_TEXT, description: 'The text of the conclusion, as pasted.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_EXTRACTION_TEXT)
  text!: string;
}

export class ExtractIndicatorsRequest {
  @ApiPropertyOptional({
    maxLength: MAX_EXTRACTION_TEXT,
    description: "The text to read; the report's own body when omitted.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_EXTRACTION_TEXT)
  text?: string;
}

class LeadCandidate {
  @ApiProperty() departmentId!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ description: '1 for a unit the text assigns; below 1 for one proposed by the topic' }) score!: number;
}

class Span {
  @ApiProperty({ description: 'UTF-16 index into the text as received' }) start!: number;
  @ApiProperty({ description: 'UTF-16 index, exclusive' }) end!: number;
}

class RecurrenceResponse {
  @ApiProperty({ enum: RECURRENCE_EVERY }) every!: RecurrenceEvery;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Day of the month, or for a week the weekday (1 Monday … 7 Sunday); null when the text gives none',
  })
  day!: number | null;
  @ApiProperty({ type: String, nullable: true }) until!: string | null;
}

export class DraftTaskResponse {
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: Number, nullable: true }) leadDepartmentId!: number | null;
  @ApiProperty({ type: [LeadCandidate] }) leadCandidates!: LeadCandidate[];
  @ApiProperty({ type: [Number] }) supportDepartmentIds!: number[];
  @ApiProperty({
    type: [String],
    example: ['UBND các huyện, thành phố'],
    description: 'Expanded to units only when the office confirms',
  })
  groupAssignees!: string[];
  @ApiProperty({
    enum: DEPARTMENT_GROUP_KEYS,
    isArray: true,
    example: ['districts'],
    description: 'The groups of units the group assignees stand for, as GET /api/departments/groups lists them',
  })
  groupKeys!: DepartmentGroupKey[];
  @ApiProperty({ enum: ['deadline', 'standing', 'recurring'] }) kind!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2024-03-15',
    description: 'Null when no date is written, and for a recurring directive: its recurrence dates each occurrence',
  })
  dueDate!: string | null;
  @ApiProperty({ type: Number, nullable: true }) workingDays!: number | null;
  @ApiProperty({ type: RecurrenceResponse, nullable: true }) recurrence!: RecurrenceResponse | null;
  @ApiProperty({ type: Number, nullable: true }) leaderId!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'trước ngày 15/3/2024' }) deadlineText!: string | null;
  @ApiProperty() isKey!: boolean;
  @ApiProperty({ type: Span }) sourceSpan!: Span;
  @ApiProperty() confidence!: number;
}

export class DraftTasksResponse {
  @ApiProperty({ description: 'The date relative deadlines were counted from', example: '2024-01-26' })
  referenceDate!: string;
  @ApiProperty({ type: [DraftTaskResponse] }) items!: DraftTaskResponse[];
}

/** A reviewed draft: a task as POST /api/tasks takes it; the session and the document come from the path or the request. */
export class BulkTaskItem extends OmitType(CreateTaskDto, ['sessionId', 'documentId'] as const) {}

export class DocumentBulkTasksRequest {
  @ApiProperty({ type: [BulkTaskItem], minItems: 1, maxItems: MAX_BULK_TASKS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_TASKS)
  @ValidateNested({ each: true })
  @Type(() => BulkTaskItem)
  tasks!: BulkTaskItem[];
}

export class SessionBulkTasksRequest {
  @ApiProperty({
    description: 'The assigning document (the conclusion notice) of the tasks; of this session or of none.',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  documentId!: number;

  @ApiProperty({ type: [BulkTaskItem], minItems: 1, maxItems: MAX_BULK_TASKS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_TASKS)
  @ValidateNested({ each: true })
  @Type(() => BulkTaskItem)
  tasks!: BulkTaskItem[];
}

export class ProposedIndicatorResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: Number, nullable: true }) valueMax!: number | null;
  @ApiProperty({ type: String, nullable: true, enum: ['above', 'below', 'about'] }) qualifier!: string | null;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The value in baseUnit' }) baseValue!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'VND' }) baseUnit!: string | null;
  @ApiProperty({ type: Number, nullable: true }) changeFromPreviousPct!: number | null;
  @ApiProperty({ type: Number, nullable: true }) changeFromLastYearPct!: number | null;
  @ApiProperty({ type: Number, nullable: true }) planPct!: number | null;
  @ApiProperty({ enum: CHANGE_KINDS }) changeKind!: ChangeKind;
  @ApiProperty() estimate!: boolean;
  @ApiProperty({ type: Span }) sourceSpan!: Span;
}

export class ProposedIndicatorsResponse {
  @ApiProperty({ type: [ProposedIndicatorResponse] }) items!: ProposedIndicatorResponse[];
}

export class IndicatorNameResponse {
  @ApiProperty({ description: 'The normalised name a series is asked for by' }) key!: string;
  @ApiProperty({ description: 'The name as most often written' }) name!: string;
  @ApiProperty() sessions!: number;
  @ApiProperty({ type: [String] }) units!: string[];
}

export class IndicatorNamesResponse {
  @ApiProperty({ type: [IndicatorNameResponse] }) items!: IndicatorNameResponse[];
}

export class IndicatorPointResponse {
  @ApiProperty() sessionId!: number;
  @ApiProperty() sessionTitle!: string;
  @ApiProperty() heldAt!: string;
  @ApiProperty() reportId!: number;
  @ApiProperty() name!: string;
  @ApiProperty() value!: number;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ type: Number, nullable: true }) baseValue!: number | null;
  @ApiProperty({ type: String, nullable: true }) baseUnit!: string | null;
  @ApiProperty({ type: Number, nullable: true }) changeFromPreviousPct!: number | null;
  @ApiProperty({ type: Number, nullable: true }) changeFromLastYearPct!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The share of the plan reached, in %' })
  planPct!: number | null;
  @ApiProperty({ enum: CHANGE_KINDS }) changeKind!: ChangeKind;
  @ApiProperty({ description: 'An estimate (ước, dự ước) rather than a count' }) estimate!: boolean;
}

export class IndicatorSeriesResponse {
  @ApiProperty() key!: string;
  @ApiProperty({ type: [IndicatorPointResponse] }) items!: IndicatorPointResponse[];
}

export class IndicatorSeriesQuery {
  @ApiProperty({
    description: 'An indicator name (any wording of it) or its key',
    example: 'Giá trị sản xuất công nghiệp',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}
