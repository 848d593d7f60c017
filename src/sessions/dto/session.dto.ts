import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { IsCalendarDate, IsInstant } from '../../common/time/date-validators';
import { IsCalendarDateOrInstant, IsOmittable, Trim } from '../../common/validation/field-rules';
import { PastedText } from '../../common/http/control-characters';
import { SESSION_KINDS, SESSION_STATUSES, SessionKind, SessionStatus } from '../entities/meeting-session.entity';

export const MAX_SESSION_TEXT = 200_000;

export class CreateSessionDto {
  @ApiProperty({ example: 'Phiên họp thường kỳ UBND tỉnh tháng 01/2024', maxLength: 500 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ enum: SESSION_KINDS, example: 'regular' })
  @IsIn(SESSION_KINDS)
  kind!: SessionKind;

  @ApiProperty({ example: '2024-01-25T08:00:00+07:00', description: 'ISO 8601 instant with its offset' })
  @IsInstant()
  heldAt!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255, example: 'Hội trường UBND tỉnh' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  chairedBy?: string | null;

  @ApiPropertyOptional({
    enum: SESSION_STATUSES,
    default: 'scheduled',
    description: 'Moves only forward: scheduled → held → concluded',
  })
  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_SESSION_TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SESSION_TEXT)
  @PastedText()
  minutes?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_SESSION_TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SESSION_TEXT)
  @PastedText()
  conclusion?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 64, example: '25/TB-UBND' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  noticeNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-01-29', description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  noticeDate?: string | null;
}

export class UpdateSessionDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ enum: SESSION_KINDS })
  @IsOmittable()
  @IsIn(SESSION_KINDS)
  kind?: SessionKind;

  @ApiPropertyOptional({ example: '2024-01-25T08:00:00+07:00' })
  @IsOmittable()
  @IsInstant()
  heldAt?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  chairedBy?: string | null;

  @ApiPropertyOptional({ enum: SESSION_STATUSES, description: 'Moves only forward: scheduled → held → concluded' })
  @IsOmittable()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_SESSION_TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SESSION_TEXT)
  @PastedText()
  minutes?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_SESSION_TEXT })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SESSION_TEXT)
  @PastedText()
  conclusion?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 64 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  noticeNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  noticeDate?: string | null;
}

export const SESSION_SORTS = ['heldAt', '-heldAt'] as const;
export type SessionSort = (typeof SESSION_SORTS)[number];

export class ListSessionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SESSION_STATUSES })
  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus;

  @ApiPropertyOptional({ enum: SESSION_KINDS })
  @IsOptional()
  @IsIn(SESSION_KINDS)
  kind?: SessionKind;

  @ApiPropertyOptional({
    description:
      'Sessions held on or after: a date (YYYY-MM-DD, from the start of that day in APP_TIMEZONE) or an instant',
  })
  @IsOptional()
  @IsCalendarDateOrInstant()
  from?: string;

  @ApiPropertyOptional({
    description:
      'Sessions held on or before: a date (YYYY-MM-DD, to the end of that day in APP_TIMEZONE) or an instant',
  })
  @IsOptional()
  @IsCalendarDateOrInstant()
  to?: string;

  @ApiPropertyOptional({ description: 'Matches the title, with or without diacritics', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SESSION_SORTS, default: '-heldAt' })
  @IsOptional()
  @IsIn(SESSION_SORTS)
  sort?: SessionSort;
}

export class SessionResponse {
  @ApiProperty()
  id!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: SESSION_KINDS })
  kind!: SessionKind;

  @ApiProperty({ example: '2024-01-25T01:00:00.000Z' })
  heldAt!: string;

  @ApiProperty({ type: String, nullable: true })
  location!: string | null;

  @ApiProperty({ type: String, nullable: true })
  chairedBy!: string | null;

  @ApiProperty({ enum: SESSION_STATUSES })
  status!: SessionStatus;

  @ApiProperty({ type: String, nullable: true })
  minutes!: string | null;

  @ApiProperty({ type: String, nullable: true })
  conclusion!: string | null;

  @ApiProperty({ type: String, nullable: true })
  noticeNumber!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2024-01-29' })
  noticeDate!: string | null;
}

export class SessionDetailResponse extends SessionResponse {
  @ApiProperty()
  attendeeCount!: number;

  @ApiProperty()
  reportCount!: number;

  @ApiProperty({ description: 'Tasks whose source is this session' })
  taskCount!: number;
}

export class SessionPage {
  @ApiProperty({ type: [SessionResponse] })
  items!: SessionResponse[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
