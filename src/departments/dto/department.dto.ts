import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { IsOmittable, QueryBoolean, Trim } from '../../common/validation/field-rules';
import { DEPARTMENT_GROUP_KEYS, DepartmentGroupKey } from '../department-groups';
import { DEPARTMENT_KINDS, DepartmentKind } from '../department.entity';

export const MAX_DEPARTMENT_EMAILS = 20;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** Addresses are compared case-insensitively, so they are stored lower-cased and once each. */
const NormalizeEmails = () =>
  Transform(({ value }: { value: unknown }) => {
    if (!Array.isArray(value)) return value;
    const normalized = value.map((item: unknown) => (typeof item === 'string' ? item.trim().toLowerCase() : item));
    return [...new Set(normalized)];
  });

export class CreateDepartmentDto {
  @ApiProperty({ example: 'SCT', maxLength: 32, description: 'Short unique code: letters, digits, ".", "_" or "-"' })
  @Trim()
  @IsString()
  @Matches(CODE, { message: 'code must be 1-32 letters, digits, ".", "_" or "-", starting with a letter or digit' })
  code!: string;

  @ApiProperty({ example: 'Sở Công Thương', maxLength: 255 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty({ enum: DEPARTMENT_KINDS, example: 'department' })
  @IsIn(DEPARTMENT_KINDS)
  kind!: DepartmentKind;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_DEPARTMENT_EMAILS,
    example: ['sct@backan.example.vn'],
    description: 'Notification addresses; stored lower-cased without duplicates',
  })
  @IsOptional()
  @NormalizeEmails()
  @IsArray()
  @ArrayMaxSize(MAX_DEPARTMENT_EMAILS)
  @IsEmail({}, { each: true, message: 'each value in emails must be an e-mail address' })
  @MaxLength(254, { each: true })
  emails?: string[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateDepartmentDto {
  @ApiPropertyOptional({ example: 'SCT', maxLength: 32 })
  @IsOmittable()
  @Trim()
  @IsString()
  @Matches(CODE, { message: 'code must be 1-32 letters, digits, ".", "_" or "-", starting with a letter or digit' })
  code?: string;

  @ApiPropertyOptional({ example: 'Sở Công Thương', maxLength: 255 })
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name?: string;

  @ApiPropertyOptional({ enum: DEPARTMENT_KINDS })
  @IsOmittable()
  @IsIn(DEPARTMENT_KINDS)
  kind?: DepartmentKind;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_DEPARTMENT_EMAILS })
  @IsOmittable()
  @NormalizeEmails()
  @IsArray()
  @ArrayMaxSize(MAX_DEPARTMENT_EMAILS)
  @IsEmail({}, { each: true, message: 'each value in emails must be an e-mail address' })
  @MaxLength(254, { each: true })
  emails?: string[];

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class ListDepartmentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DEPARTMENT_KINDS })
  @IsOptional()
  @IsIn(DEPARTMENT_KINDS)
  kind?: DepartmentKind;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Matches code and name, with or without diacritics', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class DepartmentResponse {
  @ApiProperty()
  id!: number;

  @ApiProperty({ example: 'SCT' })
  code!: string;

  @ApiProperty({ example: 'Sở Công Thương' })
  name!: string;

  @ApiProperty({ enum: DEPARTMENT_KINDS })
  kind!: DepartmentKind;

  @ApiProperty({ type: [String] })
  emails!: string[];

  @ApiProperty()
  active!: boolean;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The unit this one was merged into (POST /api/departments/:id/succession); null otherwise',
  })
  successorId!: number | null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'The date the succession took effect' })
  succeededOn!: string | null;
}

export class DepartmentPage {
  @ApiProperty({ type: [DepartmentResponse] })
  items!: DepartmentResponse[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}

export class DepartmentGroupMember {
  @ApiProperty()
  id!: number;

  @ApiProperty({ example: 'UBND-BB' })
  code!: string;

  @ApiProperty({ example: 'UBND huyện Ba Bể' })
  name!: string;

  @ApiProperty({ enum: DEPARTMENT_KINDS })
  kind!: DepartmentKind;
}

export class DepartmentGroupResponse {
  @ApiProperty({ enum: DEPARTMENT_GROUP_KEYS })
  key!: DepartmentGroupKey;

  @ApiProperty({ example: 'UBND các huyện, thành phố' })
  name!: string;

  @ApiProperty({ enum: DEPARTMENT_KINDS, isArray: true })
  kinds!: DepartmentKind[];

  @ApiProperty({ type: [DepartmentGroupMember], description: 'Active units of these kinds, by code' })
  members!: DepartmentGroupMember[];
}
