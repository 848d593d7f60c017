import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsPositive, IsString, Max, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { IsOmittable, MAX_ID, Trim } from '../../common/validation/field-rules';
import { Attendance, ATTENDANCE_VALUES, ATTENDEE_ROLES, AttendeeRole } from '../entities/session-attendee.entity';

export class CreateAttendeeDto {
  @ApiProperty({ example: 'Nguyễn Đăng Bình', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Chủ tịch UBND tỉnh' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255, example: 'UBND tỉnh Bắc Kạn' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  organization?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'The department the attendee represents' })
  @IsOptional()
  @IsInt()
  @IsPositive()
  @Max(MAX_ID)
  departmentId?: number | null;

  @ApiProperty({ enum: ATTENDEE_ROLES, example: 'member' })
  @IsIn(ATTENDEE_ROLES)
  role!: AttendeeRole;

  @ApiPropertyOptional({ enum: ATTENDANCE_VALUES, default: 'present' })
  @IsOptional()
  @IsIn(ATTENDANCE_VALUES)
  attendance?: Attendance;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 200,
    description: 'Required when attendance is "delegated"; cleared otherwise',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  delegateName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class UpdateAttendeeDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  organization?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @IsPositive()
  @Max(MAX_ID)
  departmentId?: number | null;

  @ApiPropertyOptional({ enum: ATTENDEE_ROLES })
  @IsOmittable()
  @IsIn(ATTENDEE_ROLES)
  role?: AttendeeRole;

  @ApiPropertyOptional({ enum: ATTENDANCE_VALUES })
  @IsOmittable()
  @IsIn(ATTENDANCE_VALUES)
  attendance?: Attendance;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  delegateName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class ListAttendeesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ATTENDEE_ROLES })
  @IsOptional()
  @IsIn(ATTENDEE_ROLES)
  role?: AttendeeRole;

  @ApiPropertyOptional({ enum: ATTENDANCE_VALUES })
  @IsOptional()
  @IsIn(ATTENDANCE_VALUES)
  attendance?: Attendance;
}

export class AttendeeResponse {
  @ApiProperty()
  id!: number;

  @ApiProperty()
  sessionId!: number;

  @ApiProperty()
  fullName!: string;

  @ApiProperty({ type: String, nullable: true })
  position!: string | null;

  @ApiProperty({ type: String, nullable: true })
  organization!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  departmentId!: number | null;

  @ApiProperty({ enum: ATTENDEE_ROLES })
  role!: AttendeeRole;

  @ApiProperty({ enum: ATTENDANCE_VALUES })
  attendance!: Attendance;

  @ApiProperty({ type: String, nullable: true })
  delegateName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

export class AttendeePage {
  @ApiProperty({ type: [AttendeeResponse] })
  items!: AttendeeResponse[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  limit!: number;
}
