import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_ID } from '../../common/validation/field-rules';
import { ROLES, Role } from '../../common/auth/actor';
import { PageQuery } from '../../common/pagination/page';
import { AUDIT_ACTIONS, AuditAction } from '../audit-entry.entity';

const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'task',
    description:
      'task, task_progress, task_extension, task_deadline_change, session, attendee, report, department, user…',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]{1,64}$/, { message: 'entity must be a record kind such as task or session' })
  entity?: string;

  @ApiPropertyOptional({
    description: 'With entity=task, also returns the changes to the task’s progress, extensions and deadlines.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9:_-]+$/, { message: 'entityId must be an id' })
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  actorId?: number;

  @ApiPropertyOptional({
    example: '2024-01-22',
    description: 'Inclusive. A date (from its first moment in APP_TIMEZONE) or an ISO 8601 instant.',
  })
  @IsOptional()
  @IsString()
  @Matches(DATE_OR_INSTANT, { message: 'from must be a date (YYYY-MM-DD) or an ISO 8601 instant' })
  from?: string;

  @ApiPropertyOptional({
    example: '2024-01-31',
    description: 'Inclusive. A date (to its last moment in APP_TIMEZONE) or an ISO 8601 instant.',
  })
  @IsOptional()
  @IsString()
  @Matches(DATE_OR_INSTANT, { message: 'to must be a date (YYYY-MM-DD) or an ISO 8601 instant' })
  to?: string;
}

export class AuditEntryResponse {
  @ApiProperty()
  id!: number;
  @ApiProperty()
  occurredAt!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Null for changes made by the system' })
  actorId!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The full name of the actor; null for the system' })
  actorName!: string | null;
  @ApiProperty({ enum: ROLES, nullable: true })
  actorRole!: Role | null;
  @ApiProperty()
  entity!: string;
  @ApiProperty({ type: String, nullable: true })
  entityId!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS })
  action!: AuditAction;
  @ApiProperty({ type: Number, nullable: true })
  taskId!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The record before the change, by field (secrets redacted); null for a creation',
  })
  before!: Record<string, unknown> | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The record after the change, by field (secrets redacted); null for a deletion',
  })
  after!: Record<string, unknown> | null;
}

export class AuditEntryPage {
  @ApiProperty({ type: [AuditEntryResponse], description: 'Newest first.' })
  items!: AuditEntryResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}
