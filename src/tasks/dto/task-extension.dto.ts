import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsInstant } from '../../common/time/date-validators';
import { trim } from './create-task.dto';
import { OccurrenceRefDto } from './occurrence-ref.dto';
import { MAX_REASON_LENGTH } from './update-task.dto';

export class RequestExtensionDto extends OccurrenceRefDto {
  @ApiPropertyOptional({ example: '2024-02-29', description: 'The new deadline as a date. Give dueDate or dueAt.' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  @ApiPropertyOptional({ example: '2024-02-29T17:00:00+07:00', description: 'The new deadline as an instant.' })
  @IsOptional()
  @IsInstant()
  dueAt?: string;

  @ApiProperty({ maxLength: MAX_REASON_LENGTH, example: 'Chờ Trung ương phân bổ vốn.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}

export class ApproveExtensionDto {
  @ApiPropertyOptional({ maxLength: MAX_REASON_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_REASON_LENGTH)
  note?: string;
}

export class ForwardExtensionDto {
  @ApiProperty({ maxLength: MAX_REASON_LENGTH, example: 'Văn phòng đề nghị đồng ý gia hạn đến ngày 31/3/2024.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REASON_LENGTH)
  opinion!: string;
}

export class RejectExtensionDto {
  @ApiProperty({ maxLength: MAX_REASON_LENGTH, example: 'Đề nghị hoàn thành đúng hạn đã giao.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REASON_LENGTH)
  note!: string;
}
