import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Public, Roles } from '../../common/auth/roles.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { download } from '../download';
import { DeadlineCalendarService } from './deadline-calendar.service';

export class CalendarAddressResponse {
  @ApiProperty({
    description: 'Secret address of the iCalendar feed; anyone who has it can subscribe without signing in.',
    example: 'https://ubnd.example.vn/api/calendar-feeds/6gQ…/deadlines.ics',
  })
  url!: string;
}

@ApiTags('exports')
@Controller()
export class DeadlineCalendarController {
  constructor(private readonly calendars: DeadlineCalendarService) {}

  @Get('departments/:id/calendar')
  @ApiBearerAuth()
  @Roles('office', 'department')
  @ApiOperation({ summary: "The secret address of a department's deadline calendar (office; the department's users)" })
  @ApiOkResponse({ type: CalendarAddressResponse })
  @ApiForbiddenResponse()
  @ApiNotFoundResponse()
  address(@Param('id', ParseIdPipe) id: number, @CurrentActor() actor: Actor) {
    return this.calendars.address(id, actor);
  }

  @Post('departments/:id/calendar/rotate')
  @ApiBearerAuth()
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replaces the secret calendar address; the old one answers 404 (office)' })
  @ApiOkResponse({ type: CalendarAddressResponse })
  @ApiForbiddenResponse()
  @ApiNotFoundResponse()
  rotate(@Param('id', ParseIdPipe) id: number) {
    return this.calendars.rotate(id);
  }

  @Get('calendar-feeds/:token/deadlines.ics')
  @Public()
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: "A department's open task deadlines as iCalendar (all-day events); no sign-in, the token is the key",
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'Unknown or replaced address.' })
  async feed(@Param('token') token: string) {
    const { text, fileName } = await this.calendars.feed(token);
    return download(Buffer.from(text, 'utf8'), 'ics', fileName, 'inline');
  }
}
