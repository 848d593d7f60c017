import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trim } from './create-task.dto';
import { ConfirmCompletionDto } from './occurrence-ref.dto';
import { MAX_REASON_LENGTH } from './update-task.dto';

export class CancelTaskDto {
  @ApiProperty({ maxLength: MAX_REASON_LENGTH, example: 'Nhiệm vụ đã được lồng ghép vào Kế hoạch số 12/KH-UBND.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}

export class ReturnCompletionDto extends ConfirmCompletionDto {
  @ApiProperty({
    maxLength: MAX_REASON_LENGTH,
    example: 'Chưa có văn bản báo cáo kết quả; đề nghị bổ sung.',
    description: 'Why the office does not accept the completion; the unit is told.',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}
