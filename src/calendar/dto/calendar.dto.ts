import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/time/date-validators';
import { QueryBoolean } from '../../common/validation/field-rules';
import { DAY_OFF_KINDS, type DayOffKind } from '../holiday-table';

export const FIRST_YEAR = 1968;
export const LAST_YEAR = 2100;
const RANGE = `between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31`;
/** Years 1968–2100 at the start of a YYYY-MM-DD string; IsCalendarDate checks the rest. */
const IN_RANGE = /^(19(6[89]|[7-9]\d)|20\d\d|2100)-/;

const Year = (description: string) =>
  applyDecorators(
    ApiProperty({ minimum: FIRST_YEAR, maximum: LAST_YEAR, description, example: 2024 }),
    Type(() => Number),
    IsInt(),
    Min(FIRST_YEAR),
    Max(LAST_YEAR),
  );

export class LunarQuery {
  @ApiProperty({ description: `A calendar date ${RANGE}.`, example: '2024-02-10' })
  @IsCalendarDate()
  @Matches(IN_RANGE, { message: `date must be ${RANGE}` })
  date!: string;
}

export class SolarQuery {
  @ApiProperty({ minimum: 1, maximum: 30, example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  lunarDay!: number;

  @ApiProperty({ minimum: 1, maximum: 12, example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  lunarMonth!: number;

  @Year('Lunar year: the one whose first month (tháng Giêng) begins in this solar year.')
  lunarYear!: number;

  @ApiPropertyOptional({ default: false, description: 'The leap month (tháng nhuận) of that number.' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  leapMonth: boolean = false;
}

export class AddWorkingDaysQuery {
  @ApiProperty({ description: `Start date ${RANGE}; it does not count itself.`, example: '2024-02-07' })
  @IsCalendarDate()
  @Matches(IN_RANGE, { message: `from must be ${RANGE}` })
  from!: string;

  @ApiProperty({ minimum: 0, maximum: 1000, example: 5, description: 'Working days to add (0 answers from).' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  days!: number;
}

export class HolidaysQuery {
  @Year('Solar year.')
  year!: number;
}

export class LunarDateDto {
  @ApiProperty({ example: 1 }) day!: number;
  @ApiProperty({ example: 1 }) month!: number;
  @ApiProperty({ example: 2024, description: 'Lunar year (Giáp Thìn began on 2024-02-10).' }) year!: number;
  @ApiProperty({ example: false }) leapMonth!: boolean;
  @ApiProperty({ example: 'Giáp Thìn', description: 'Can Chi name of the lunar year.' }) yearName!: string;
}

export class CalendarDateDto {
  @ApiProperty({ example: '2024-02-15', description: 'YYYY-MM-DD' }) date!: string;
}

export class DayOffDto {
  @ApiProperty({ example: '2024-02-10' }) date!: string;
  @ApiProperty({ example: 'Tết Nguyên đán (mùng 1 tháng Giêng)' }) name!: string;
  @ApiProperty({
    enum: DAY_OFF_KINDS,
    description: 'holiday: public holiday or Tết day; compensatory: nghỉ bù; swapped: nghỉ hoán đổi for a make-up day',
  })
  kind!: DayOffKind;
  @ApiProperty({ description: 'False when computed from the rules or still awaiting its legal basis.' })
  confirmed!: boolean;
}

export class WorkingWeekendDayDto {
  @ApiProperty({ example: '2024-05-04' }) date!: string;
  @ApiProperty({ example: 'Làm bù cho thứ Hai 29/4/2024' }) name!: string;
  @ApiProperty() confirmed!: boolean;
}

export class HolidayYearDto {
  @ApiProperty({ example: 2024 }) year!: number;
  @ApiProperty({ description: "True when the year's schedule comes from the government's announcements." })
  confirmed!: boolean;
  @ApiProperty({ type: [String], description: 'Where the schedule comes from.' }) sources!: string[];
  @ApiProperty({ type: [DayOffDto], description: 'Days off besides ordinary weekends, in date order.' })
  daysOff!: DayOffDto[];
  @ApiProperty({
    type: [WorkingWeekendDayDto],
    description: 'Saturdays or Sundays worked to make up for swapped days.',
  })
  workingWeekendDays!: WorkingWeekendDayDto[];
}
