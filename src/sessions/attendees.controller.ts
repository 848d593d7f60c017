import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { AttendeesService } from './attendees.service';
import {
  AttendeePage,
  AttendeeResponse,
  CreateAttendeeDto,
  ListAttendeesQuery,
  UpdateAttendeeDto,
} from './dto/attendee.dto';

@ApiTags('sessions')
@ApiBearerAuth()
@AnyRole()
@Controller('sessions/:id/attendees')
export class AttendeesController {
  constructor(private readonly attendees: AttendeesService) {}

  @Get()
  @ApiOperation({ summary: 'Who attended the session' })
  @ApiOkResponse({ type: AttendeePage })
  @ApiNotFoundResponse({ description: 'Unknown session' })
  list(@Param('id', ParseIdPipe) sessionId: number, @Query() query: ListAttendeesQuery) {
    return this.attendees.list(sessionId, query);
  }

  @Post()
  @Roles('office')
  @ApiOperation({ summary: 'Adds an attendee (admin, office)' })
  @ApiCreatedResponse({ type: AttendeeResponse })
  @ApiBadRequestResponse({ description: 'A bad field, an unknown departmentId, or a delegation without delegateName' })
  @ApiNotFoundResponse({ description: 'Unknown session' })
  @ApiForbiddenResponse()
  create(@Param('id', ParseIdPipe) sessionId: number, @Body() dto: CreateAttendeeDto) {
    return this.attendees.create(sessionId, dto);
  }

  @Patch(':attendeeId')
  @Roles('office')
  @ApiOperation({ summary: 'Edits an attendee (admin, office)' })
  @ApiOkResponse({ type: AttendeeResponse })
  @ApiBadRequestResponse({ description: 'A bad field, an unknown departmentId, or a delegation without delegateName' })
  @ApiNotFoundResponse({ description: 'Unknown session, or an attendee of another session' })
  @ApiForbiddenResponse()
  update(
    @Param('id', ParseIdPipe) sessionId: number,
    @Param('attendeeId', ParseIdPipe) attendeeId: number,
    @Body() dto: UpdateAttendeeDto,
  ) {
    return this.attendees.update(sessionId, attendeeId, dto);
  }

  @Delete(':attendeeId')
  @Roles('office')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Removes an attendee (admin, office)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'Unknown session, or an attendee of another session' })
  @ApiForbiddenResponse()
  async remove(
    @Param('id', ParseIdPipe) sessionId: number,
    @Param('attendeeId', ParseIdPipe) attendeeId: number,
  ): Promise<void> {
    await this.attendees.remove(sessionId, attendeeId);
  }
}
