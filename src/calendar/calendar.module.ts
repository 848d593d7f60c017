import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { resolveProjectPath } from '../config/app-config';
import { loadHolidayFile } from './holiday-table';
import { HOLIDAY_TABLE, WorkingCalendar } from './working-calendar';

/** The holiday file, read and validated once at boot: a bad file stops the app naming the field. */
export const HOLIDAY_FILE = 'config/holidays.json';

/** Working days, holidays and the lunar calendar. */
@Module({
  controllers: [CalendarController],
  providers: [
    { provide: HOLIDAY_TABLE, useFactory: () => loadHolidayFile(resolveProjectPath(HOLIDAY_FILE)) },
    WorkingCalendar,
  ],
  exports: [WorkingCalendar],
})
export class CalendarModule {}
