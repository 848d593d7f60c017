import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { trim } from './create-task.dto';

export const MAX_NOTE_LENGTH = 4000;

export class AddProgressDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    description:
      'The task’s percent after this update. Omitted, or sent by a cooperating department, the note leaves the percent as it is.',
  })
  @ValidateIf((o: AddProgressDto) => o.percent !== undefined)
  @IsInt()
  @Min(0)
  @Max(100)
  percent?: number;

  @ApiProperty({ maxLength: MAX_NOTE_LENGTH, example: 'Đã giải ngân 35% kế hoạch vốn.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_NOTE_LENGTH)
  note!: string;

  @ApiPropertyOptional({ default: false, description: 'true completes the task (percent becomes 100).' })
  @ValidateIf((o: AddProgressDto) => o.completed !== undefined)
  @IsBoolean()
  completed?: boolean;
}
