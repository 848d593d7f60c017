import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import {
  CreateSessionDto,
  ListSessionsQuery,
  SessionDetailResponse,
  SessionPage,
  UpdateSessionDto,
} from './dto/session.dto';
import { CarriedOverService } from './carried-over.service';
import { CarriedOverResponse } from './dto/carried-over.dto';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@ApiBearerAuth()
@AnyRole()
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly carried: CarriedOverService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Sessions of the People’s Committee, latest first unless sorted otherwise' })
  @ApiOkResponse({ type: SessionPage })
  @ApiBadRequestResponse({ description: 'A bad filter; the message names it' })
  list(@Query() query: ListSessionsQuery) {
    return this.sessions.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One session with its attendee, report and task counts' })
  @ApiOkResponse({ type: SessionDetailResponse })
  @ApiNotFoundResponse()
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.sessions.get(id, actor);
  }

  @Get(':id/carried-over')
  @ApiOperation({
    summary:
      'Tasks of earlier sessions still open or completed since the previous session, by lead unit (a department: its own unit)',
  })
  @ApiOkResponse({ type: CarriedOverResponse })
  @ApiBadRequestResponse({ description: 'A malformed id' })
  @ApiNotFoundResponse()
  carriedOver(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number) {
    return this.carried.carriedOver(id, actor);
  }

  @Post()
  @Roles('office')
  @ApiOperation({ summary: 'Records a session (admin, office)' })
  @ApiCreatedResponse({ type: SessionDetailResponse })
  @ApiBadRequestResponse({ description: 'A bad field; the message names it' })
  @ApiForbiddenResponse()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSessionDto) {
    return this.sessions.create(actor, dto);
  }

  @Patch(':id')
  @Roles('office')
  @ApiOperation({ summary: 'Edits a session (admin, office); the status moves only forward' })
  @ApiOkResponse({ type: SessionDetailResponse })
  @ApiBadRequestResponse({ description: 'A bad field; the message names it' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The status would move backwards' })
  @ApiForbiddenResponse()
  update(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateSessionDto) {
    return this.sessions.update(actor, id, dto);
  }
}
