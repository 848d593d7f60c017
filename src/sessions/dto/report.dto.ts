import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { PastedText } from '../../common/http/control-characters';
import { IsOmittable, MAX_ID, Trim } from '../../common/validation/field-rules';
import { CHANGE_KINDS, type ChangeKind } from '../entities/department-report.entity';

export const MAX_INDICATORS = 100;
export const MAX_REPORT_BODY = 200_000;
const FINITE = { allowNaN: false, allowInfinity: false } as const;

export class IndicatorDto {
  @ApiProperty({ example: 'Giá trị sản xuất công nghiệp', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 194970 })
  @IsNumber(FINITE)
  value!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50, example: 'triệu đồng' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  unit?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 1.8,
    description: 'Change from the previous period, in %',
  })
  @IsOptional()
  @IsNumber(FINITE)
  changeFromPreviousPct?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 35,
    description: 'Change from the same period last year, in %',
  })
  @IsOptional()
  @IsNumber(FINITE)
  changeFromLastYearPct?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 58.9,
    description: 'The share of the plan or estimate reached, in % ("đạt 58,9% kế hoạch")',
  })
  @IsOptional()
  @IsNumber(FINITE)
  @Min(0)
  planPct?: number | null;

  @ApiPropertyOptional({
    enum: CHANGE_KINDS,
    default: 'percent',
    description: 'Whether the changes are in percent or in percentage points ("giảm 2,5 điểm %")',
  })
  @IsOptional()
  @IsIn(CHANGE_KINDS)
  changeKind?: ChangeKind;

  @ApiPropertyOptional({ default: false, description: 'An estimate (ước, dự ước) rather than a count' })
  @IsOptional()
  @IsBoolean()
  estimate?: boolean;
}

export class CreateReportDto {
  @ApiProperty({ description: 'The reporting department' })
  @IsInt()
  @IsPositive()
  @Max(MAX_ID)
  departmentId!: number;

  @ApiProperty({ maxLength: 500, example: 'Báo cáo tình hình kinh tế - xã hội tháng 01/2024' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ maxLength: MAX_REPORT_BODY })
  @IsString()
  @MaxLength(MAX_REPORT_BODY)
  @PastedText()
  body!: string;

  @ApiPropertyOptional({ type: [IndicatorDto], maxItems: MAX_INDICATORS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INDICATORS)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  indicators?: IndicatorDto[];
}

export class UpdateReportDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsInt()
  @IsPositive()
  @Max(MAX_ID)
  departmentId?: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ maxLength: MAX_REPORT_BODY })
  @IsOmittable()
  @IsString()
  @MaxLength(MAX_REPORT_BODY)
  @PastedText()
  body?: string;

  @ApiPropertyOptional({ type: [IndicatorDto], maxItems: MAX_INDICATORS, description: 'Replaces the whole list' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_INDICATORS)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  indicators?: IndicatorDto[];
}

export class ListReportsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @IsPositive()
  @Max(MAX_ID)
  departmentId?: number;
}

export class IndicatorResponse {
  @ApiProperty()
  name!: string;

  @ApiProperty()
  value!: number;

  @ApiProperty({ type: String, nullable: true })
  unit!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  changeFromPreviousPct!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  changeFromLastYearPct!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The share of the plan reached, in %' })
  planPct!: number | null;

  @ApiProperty({ enum: CHANGE_KINDS, description: 'Whether the changes are in percent or in percentage points' })
  changeKind!: ChangeKind;

  @ApiProperty({ description: 'An estimate (ước, dự ước) rather than a count' })
  estimate!: boolean;
}

export class ReportResponse {
  @ApiProperty()
  id!: number;

  @ApiProperty()
  sessionId!: number;

  @ApiProperty()
  departmentId!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ type: [IndicatorResponse] })
  indicators!: IndicatorResponse[];
}

export class ReportPage {
  @ApiProperty({ type: [ReportResponse] })
  items!: ReportResponse[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
