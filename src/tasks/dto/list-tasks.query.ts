import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { IsCalendarDate } from '../../common/time/date-validators';
import { MAX_ID } from '../../common/validation/field-rules';
import { DOCUMENT_KINDS, DocumentKind } from '../../documents/assigning-document.entity';
import { TASK_KINDS, TaskKind } from '../entities/task.entity';
import { TASK_STATUS_ALIASES, TASK_STATUSES, TaskStatus } from '../task-status';

export const TASK_SORTS = ['dueAt', '-dueAt', 'createdAt', '-createdAt', 'urgency'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** "overdue,due_soon" or a repeated parameter, as a list. */
const commaList = ({ value }: { value: unknown }) => {
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]));
  return parts.map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => p !== '');
};

/** Replaces the accepted aliases (`no_deadline`) by the statuses they name, once each. */
const withStatusAliases = (values: unknown[]) => [
  ...new Set(values.map((v) => (typeof v === 'string' ? (TASK_STATUS_ALIASES[v] ?? v) : v))),
];

/** Only the literal words true and false; anything else stays as is and fails validation. */
export const booleanFlag = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListTasksQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: TASK_STATUSES,
    isArray: true,
    description:
      'Statuses, comma-separated (status=overdue,due_soon) or repeated (status=overdue&status=due_soon). ' +
      '`no_deadline`, the former name of `standing`, is accepted as an alias of it.',
  })
  @IsOptional()
  @Transform((params) => withStatusAliases(commaList(params)))
  @IsArray()
  @ArrayMaxSize(TASK_STATUSES.length)
  @IsIn(TASK_STATUSES, { each: true, message: `status must be a comma-separated list of: ${TASK_STATUSES.join(', ')}` })
  status?: TaskStatus[];

  @ApiPropertyOptional({ description: 'Tasks this department leads or cooperates on.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  departmentId?: number;

  @ApiPropertyOptional({ description: 'Tasks this department leads.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  leadDepartmentId?: number;

  @ApiPropertyOptional({ description: 'Tasks this department cooperates on (phối hợp).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  supportDepartmentId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  sessionId?: number;

  @ApiPropertyOptional({ description: 'Tasks assigned by this document.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  documentId?: number;

  @ApiPropertyOptional({ enum: DOCUMENT_KINDS, description: 'Tasks assigned by a document of this kind.' })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  documentKind?: DocumentKind;

  @ApiPropertyOptional({ description: 'Tasks directed by this leader.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  leaderId?: number;

  @ApiPropertyOptional({ enum: TASK_KINDS })
  @IsOptional()
  @IsIn(TASK_KINDS)
  kind?: TaskKind;

  @ApiPropertyOptional({ description: 'Deadline on or after this date (APP_TIMEZONE).', example: '2024-01-01' })
  @IsOptional()
  @IsCalendarDate()
  dueFrom?: string;

  @ApiPropertyOptional({
    description: 'Deadline on or before this date (APP_TIMEZONE), inclusive.',
    example: '2024-01-31',
  })
  @IsOptional()
  @IsCalendarDate()
  dueTo?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(booleanFlag)
  @IsBoolean()
  isKey?: boolean;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Words in the title or description, with or without diacritics ("so y te" finds "Sở Y tế").',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: TASK_SORTS,
    default: 'dueAt',
    description:
      'dueAt sorts tasks without a deadline last; urgency puts open tasks first by deadline (overdue, then due ' +
      'soon, then the rest), then open tasks without a deadline, then closed ones; ties go by id.',
  })
  @IsOptional()
  @IsIn(TASK_SORTS)
  sort?: TaskSort;
}
