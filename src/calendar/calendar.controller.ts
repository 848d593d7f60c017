import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../common/auth/roles.decorator';
import { fieldError } from '../common/http/field-error';
import {
  AddWorkingDaysQuery,
  CalendarDateDto,
  HolidaysQuery,
  HolidayYearDto,
  LunarDateDto,
  LunarQuery,
  SolarQuery,
} from './dto/calendar.dto';
import { lunarToSolar, solarToLunar } from './lunar';
import { WorkingCalendar } from './working-calendar';

@ApiTags('calendar')
@AnyRole()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: WorkingCalendar) {}

  @Get('lunar')
  @ApiOperation({ summary: 'The Vietnamese lunar date (UTC+7) of a calendar date, with the Can Chi name of its year' })
  @ApiOkResponse({ type: LunarDateDto })
  lunar(@Query() query: LunarQuery): LunarDateDto {
    return solarToLunar(query.date);
  }

  @Get('solar')
  @ApiOperation({ summary: 'The calendar date of a Vietnamese lunar date' })
  @ApiOkResponse({ type: CalendarDateDto })
  @ApiBadRequestResponse({
    description: 'The lunar date does not exist: a leap month the year lacks, or day 30 of a 29-day month.',
  })
  solar(@Query() query: SolarQuery): CalendarDateDto {
    const { lunarDay, lunarMonth, lunarYear, leapMonth } = query;
    const date = lunarToSolar(lunarDay, lunarMonth, lunarYear, leapMonth);
    if (date !== null) return { date };
    if (leapMonth && lunarToSolar(1, lunarMonth, lunarYear, true) === null) {
      throw fieldError(['leapMonth', `lunar year ${lunarYear} has no leap month ${lunarMonth}`]);
    }
    throw fieldError([
      'lunarDay',
      `lunarDay must be at most 29: month ${lunarMonth} of lunar year ${lunarYear} has 29 days`,
    ]);
  }

  @Get('add-working-days')
  @ApiOperation({
    summary: 'The date N working days after a date, counting from the next day',
    description:
      'Weekends, holidays, Tết, compensatory and swapped days off are skipped and make-up Saturdays count, ' +
      'from config/holidays.json; years it does not list follow the Labour Code rules (unconfirmed).',
  })
  @ApiOkResponse({ type: CalendarDateDto })
  addWorkingDays(@Query() query: AddWorkingDaysQuery): CalendarDateDto {
    return { date: this.calendar.addWorkingDays(query.from, query.days) };
  }

  @Get('holidays')
  @ApiOperation({
    summary: 'The days off of a year with their names, and its make-up working weekend days',
    description:
      'Years not announced by the government are computed from the Labour Code rules and marked unconfirmed.',
  })
  @ApiOkResponse({ type: HolidayYearDto })
  holidays(@Query() query: HolidaysQuery): HolidayYearDto {
    return this.calendar.holidays(query.year);
  }
}
