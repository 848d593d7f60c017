import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { LEADER_TITLES, LeaderTitle } from '../user.entity';
import { MAX_ID } from '../../common/validation/field-rules';
import { ROLES, Role } from '../../common/auth/actor';
import { PageQuery } from '../../common/pagination/page';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy';

const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A leader account's title and sectors, in both account bodies. */
class LeaderFieldsDto {
  @ApiPropertyOptional({
    enum: LEADER_TITLES,
    nullable: true,
    description: 'For role "leader": chairman (Chủ tịch) or vice_chairman (Phó Chủ tịch); empty for other roles.',
  })
  @IsOptional()
  @IsIn(LEADER_TITLES)
  leaderTitle?: LeaderTitle | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 30,
    description: 'For role "leader": the sectors (lĩnh vực) overseen, e.g. "Kinh tế", "Nông nghiệp".',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  sectors?: string[];
}

export class CreateUserDto extends LeaderFieldsDto {
  @ApiProperty({ example: 'chuyenvien.syt@backan.gov.vn', maxLength: 254 })
  @Transform(normalizeEmail)
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @ApiProperty({ example: 'Nguyễn Thị Hoa', maxLength: 200 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Required for role "department", null otherwise.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  departmentId?: number | null;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, writeOnly: true })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateUserDto extends LeaderFieldsDto {
  @ApiPropertyOptional({ maxLength: 254 })
  @IsOptional()
  @Transform(normalizeEmail)
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  departmentId?: number | null;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, writeOnly: true })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  departmentId?: number;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export class UserResponse {
  @ApiProperty()
  id!: number;
  @ApiProperty()
  email!: string;
  @ApiProperty()
  fullName!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  @ApiProperty({ type: Number, nullable: true })
  departmentId!: number | null;
  @ApiProperty({ enum: LEADER_TITLES, nullable: true })
  leaderTitle!: LeaderTitle | null;
  @ApiProperty({ type: [String] })
  sectors!: string[];
  @ApiProperty()
  active!: boolean;
}

/** A leader as GET /api/leaders lists them, for picking the leader in charge of a task. */
export class LeaderResponse {
  @ApiProperty() id!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: LEADER_TITLES, nullable: true }) leaderTitle!: LeaderTitle | null;
  @ApiProperty({ type: [String] }) sectors!: string[];
}
