import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { IsCalendarDate } from '../../common/time/date-validators';
import { PERIOD_GROUPS, PeriodGroup } from '../period-figures';
import { PERIOD_KINDS, PeriodKind } from '../period-range';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const KIND =
  'month, quarter, half or year. With PERIOD_CUTOFF_DAY = 14 (the default, Nghị định 09/2019/NĐ-CP Art. 12) ' +
  'month n runs from the 15th of month n − 1 to the 14th of month n; a quarter from the 15th of the month before ' +
  'it to the 14th of its last month; a half-year likewise; the year from 15 December of the year before to ' +
  '14 December. PERIOD_CUTOFF_DAY = 0 gives calendar periods.';

export class PeriodQuery {
  @ApiPropertyOptional({ enum: PERIOD_KINDS, description: KIND })
  @IsOptional()
  @IsIn(PERIOD_KINDS)
  kind?: PeriodKind;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100, example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 12,
    example: 1,
    description: 'Month 1–12, quarter 1–4, half 1–2; not needed for a year.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  number?: number;

  @ApiPropertyOptional({
    example: '2024-01-01',
    description: 'Instead of kind/year/number: the first day of a free period (YYYY-MM-DD, APP_TIMEZONE).',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2024-01-31', description: 'The last day of a free period, inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class FreezePeriodDto {
  @ApiProperty({ enum: PERIOD_KINDS, description: KIND })
  @IsIn(PERIOD_KINDS)
  kind!: PeriodKind;

  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12, example: 1, description: 'Not needed for a year.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  number?: number;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required when the period was frozen before.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class FrozenReportsQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'BC-2024-Q1',
    description: 'Only the revisions of one period, by its bare code (BC-2024-01, BC-2024-Q1, BC-2024-H1, BC-2024).',
  })
  @IsOptional()
  @Matches(/^BC-\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, {
    message: 'periodCode must look like BC-2024-01, BC-2024-Q1, BC-2024-H1 or BC-2024',
  })
  periodCode?: string;
}

const RATE_NOTE = 'An unrounded fraction 0–1; null when due is 0.';
const SHARE_NOTE =
  'An unrounded fraction 0–1 of the total less standing and cancelled tasks (the three shares add up to 1); ' +
  'null when that is 0.';

export class OverdueAgeDto {
  @ApiProperty({ description: 'Open overdue tasks 1–7 days past their deadline at the cut-off.' }) days1to7!: number;
  @ApiProperty({ description: '8–30 days past.' }) days8to30!: number;
  @ApiProperty({ description: '31–90 days past.' }) days31to90!: number;
  @ApiProperty({ description: 'More than 90 days past.' }) over90!: number;
}

/**
 * The figures of a period, as the Government Office's reports name them. Every
 * task in scope falls in exactly one of doneOnTime, doneLate,
 * awaitingConfirmation, openWithinDeadline, openOverdue, standing, cancelled.
 */
export class PeriodFiguresDto {
  @ApiProperty({
    description:
      'Tasks in scope: assigned (their document issued) on or before the cut-off date, and either assigned in ' +
      'the period or still open at its start (not completed before it, not cancelled before it).',
  })
  total!: number;
  @ApiProperty({ description: 'Of the total, tasks assigned before the period (carried over).' })
  carriedOver!: number;
  @ApiProperty({ description: 'Of the total, tasks assigned in the period; carriedOver + assignedInPeriod = total.' })
  assignedInPeriod!: number;
  @ApiProperty({
    description:
      'Deadline tasks completed on or before the cut-off date (completedOn), confirmed by the office, with ' +
      'completedOn on or before the deadline date in force at the cut-off.',
  })
  doneOnTime!: number;
  @ApiProperty({ description: 'As doneOnTime, with completedOn after the deadline date in force.' })
  doneLate!: number;
  @ApiProperty({
    description:
      'Deadline tasks whose completion (completedOn on or before the cut-off date) the office has not confirmed ' +
      'when the report is computed. Never overdue: the actual date decides.',
  })
  awaitingConfirmation!: number;
  @ApiProperty({ description: 'Open deadline tasks whose deadline in force had not passed at the cut-off instant.' })
  openWithinDeadline!: number;
  @ApiProperty({ description: 'Open deadline tasks whose deadline in force ended before the cut-off instant.' })
  openOverdue!: number;
  @ApiProperty({ description: 'Standing tasks (thường xuyên) and tasks without a deadline, completed or not.' })
  standing!: number;
  @ApiProperty({ description: 'Tasks cancelled in the period, on or before the cut-off instant.' })
  cancelled!: number;
  @ApiProperty({
    description:
      'Deadline tasks whose deadline in force is on or before the cut-off date, or whose completion was reported ' +
      'by then: doneOnTime + doneLate + awaitingConfirmation + openOverdue + open tasks due on the cut-off date.',
  })
  due!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: `(doneOnTime + doneLate) / due: late completions count as completed. ${RATE_NOTE}`,
  })
  completionRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: `doneOnTime / due. ${RATE_NOTE}` })
  onTimeRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: `openOverdue / due. ${RATE_NOTE}` })
  overdueRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: `(doneOnTime + doneLate) / tracked. ${SHARE_NOTE}` })
  shareDone!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: `(openWithinDeadline + awaitingConfirmation) / tracked. ${SHARE_NOTE}`,
  })
  shareOpenWithinDeadline!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: `openOverdue / tracked. ${SHARE_NOTE}` })
  shareOverdue!: number | null;
  @ApiProperty({ type: OverdueAgeDto, description: 'openOverdue split by days past the deadline at the cut-off.' })
  overdueByAge!: OverdueAgeDto;
}

export class UnitFiguresDto extends PeriodFiguresDto {
  @ApiProperty({ description: 'The unit leading the tasks counted (a unit counts the tasks it leads).' })
  departmentId!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'completionRate × w1 + onTimeRate × w2 + (1 − overdueRate) × w3 with the weights of config/period-score.json ' +
      '(default 30, 50, 20: 0–100), rounded to 2 decimals; null when nothing is due.',
  })
  score!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Rank by score, highest first, ties sharing a rank (1, 1, 3); null without a score or for a department caller.',
  })
  rank!: number | null;
}

export class FiguresChangeDto {
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: Number, nullable: true }) due!: number | null;
  @ApiProperty({ type: Number, nullable: true }) doneOnTime!: number | null;
  @ApiProperty({ type: Number, nullable: true }) openOverdue!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Difference of fractions (0.05 = 5 points).' })
  completionRate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) onTimeRate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) overdueRate!: number | null;
}

export class PeriodTaskDocumentDto {
  @ApiProperty() id!: number;
  @ApiProperty() kind!: string;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ example: '2024-01-29' }) issuedOn!: string;
  @ApiProperty() summary!: string;
}

export class PeriodTaskLeaderDto {
  @ApiProperty() id!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) leaderTitle!: string | null;
}

/** One task of the period as classified at the cut-off. */
export class PeriodTaskRowDto {
  @ApiProperty() taskId!: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The occurrence of a recurring task this row counts (its title names the period); null otherwise.',
  })
  occurrenceId?: number | null;
  @ApiProperty({ enum: PERIOD_GROUPS, description: 'Where the task stands at the cut-off.' }) group!: PeriodGroup;
  @ApiProperty({ description: 'The Vietnamese label of the group.' }) statusLabel!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['deadline', 'standing', 'recurring'] }) kind!: string;
  @ApiProperty({ type: PeriodTaskDocumentDto }) document!: PeriodTaskDocumentDto;
  @ApiProperty({ type: PeriodTaskLeaderDto, nullable: true }) leader!: PeriodTaskLeaderDto | null;
  @ApiProperty({ type: String, nullable: true }) leaderName!: string | null;
  @ApiProperty() leadDepartmentId!: number;
  @ApiProperty({ description: 'Name of the lead unit (chủ trì).' }) leadDepartment!: string;
  @ApiProperty({ type: [Number] }) supportDepartmentIds!: number[];
  @ApiProperty({ type: [String], description: 'Names of the cooperating units (phối hợp).' })
  supportDepartments!: string[];
  @ApiProperty({ description: 'Assigned before the period.' }) carriedOver!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The first deadline; null for a standing task.' })
  originalDueDate!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The deadline date in force at the cut-off.' })
  dueDate!: string | null;
  @ApiProperty({ description: 'Extensions approved by the cut-off (gia hạn N lần).' }) extensionCount!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Completion date reported, if on or before the cut-off.' })
  completedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The report document of the completion.' })
  resultDocument!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Days past the deadline: at completion for a late task, at the cut-off for an open overdue one.',
  })
  daysOverdue!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Difficulties and proposals of the latest report.' })
  difficulties!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The latest progress note by the cut-off.' })
  note!: string | null;
}

export class PeriodReportDto {
  @ApiProperty({ enum: [...PERIOD_KINDS, 'custom'], description: 'custom for a from/to period.' }) kind!: string;
  @ApiProperty({ description: 'The year of the period (of its last day for a from/to period).' }) year!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Null for a year and a from/to period.' })
  number!: number | null;
  @ApiProperty({ example: '2023-12-15' }) from!: string;
  @ApiProperty({ example: '2024-01-14' }) to!: string;
  @ApiProperty({
    description:
      'The instant tasks are classified at: the end of the last day in APP_TIMEZONE (Asia/Ho_Chi_Minh), or the ' +
      'time of the request for a period not yet ended.',
  })
  cutoffAt!: string;
  @ApiProperty({ type: PeriodFiguresDto, description: 'The whole province.' }) province!: PeriodFiguresDto;
  @ApiProperty({
    type: [UnitFiguresDto],
    description:
      'One row per unit leading tasks in scope, best score first. A department caller gets its own row only.',
  })
  units!: UnitFiguresDto[];
  @ApiProperty({
    type: PeriodFiguresDto,
    nullable: true,
    description:
      "The previous period's province figures: from its latest frozen report when there is one, computed otherwise; " +
      'null for a from/to period.',
  })
  previous!: PeriodFiguresDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The frozen report `previous` comes from, or null when computed.',
  })
  previousCode!: string | null;
  @ApiProperty({ type: FiguresChangeDto, nullable: true, description: 'province − previous.' })
  change!: FiguresChangeDto | null;
}

export class PeriodReportWithTasksDto extends PeriodReportDto {
  @ApiProperty({ type: [PeriodTaskRowDto], description: 'The tasks in scope; a department caller gets its own.' })
  tasks!: PeriodTaskRowDto[];
}

export class FrozenByDto {
  @ApiProperty() id!: number;
  @ApiProperty() fullName!: string;
}

export class FrozenReportDto extends PeriodReportWithTasksDto {
  @ApiProperty({ example: 'BC-2024-01' }) code!: string;
  @ApiProperty({ description: '1 for the first freeze, 2 for -r2…' }) revision!: number;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() frozenAt!: string;
  @ApiProperty({ type: FrozenByDto, nullable: true }) frozenBy!: FrozenByDto | null;
}

export class FrozenReportSummaryDto {
  @ApiProperty({ example: 'BC-2024-01-r2' }) code!: string;
  @ApiProperty({ example: 'BC-2024-01' }) periodCode!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'True for the latest revision of its period, which the bare code names.' })
  latest!: boolean;
  @ApiProperty({ enum: PERIOD_KINDS }) kind!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ type: Number, nullable: true }) number!: number | null;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() cutoffAt!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() frozenAt!: string;
  @ApiProperty({ type: FrozenByDto, nullable: true }) frozenBy!: FrozenByDto | null;
}

export class FrozenReportPage {
  @ApiProperty({ type: [FrozenReportSummaryDto], description: 'Newest first.' }) items!: FrozenReportSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class FreezeResponseDto {
  @ApiProperty({ example: 'BC-2024-01' }) code!: string;
}
