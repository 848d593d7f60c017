import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { TaskResponse } from '../tasks/dto/task.response';
import {
  DocumentBulkTasksRequest,
  DraftTasksRequest,
  DraftTasksResponse,
  ExtractIndicatorsRequest,
  IndicatorNamesResponse,
  IndicatorSeriesQuery,
  IndicatorSeriesResponse,
  ProposedIndicatorsResponse,
  SessionBulkTasksRequest,
} from './dto/extraction.dto';
import { ExtractionService } from './extraction.service';

class CreatedTasksResponse {
  @ApiProperty({ type: [TaskResponse] }) items!: TaskResponse[];
}

@ApiTags('extraction')
@ApiBearerAuth()
@Controller()
export class ExtractionController {
  constructor(private readonly extraction: ExtractionService) {}

  @Post('sessions/:id/draft-tasks')
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Draft tasks from the text of a conclusion (office); saves nothing',
    description:
      'Deadlines count from the notice date of the session, else the day it was held. Spans are UTF-16 indices into the text as received.',
  })
  @ApiOkResponse({ type: DraftTasksResponse })
  @ApiNotFoundResponse({ description: 'No such session.' })
  @ApiForbiddenResponse()
  draftTasks(@Param('id', ParseIdPipe) id: number, @Body() dto: DraftTasksRequest, @CurrentActor() actor: Actor) {
    return this.extraction.draftForSession(id, dto.text, actor);
  }

  @Post('documents/:id/draft-tasks')
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Draft tasks from the text of an assigning document (office); saves nothing',
    description: 'Deadlines count from the date the document was issued.',
  })
  @ApiOkResponse({ type: DraftTasksResponse })
  @ApiNotFoundResponse({ description: 'No such document.' })
  @ApiForbiddenResponse()
  draftDocumentTasks(@Param('id', ParseIdPipe) id: number, @Body() dto: DraftTasksRequest) {
    return this.extraction.draftForDocument(id, dto.text);
  }

  @Post('documents/:id/tasks/bulk')
  @Roles('office')
  @ApiOperation({ summary: 'Create the reviewed drafts as tasks of an assigning document, all or none (office)' })
  @ApiCreatedResponse({ type: CreatedTasksResponse })
  @ApiBadRequestResponse({ description: 'A task is invalid; the field names its index, e.g. tasks[2].dueDate.' })
  @ApiNotFoundResponse({ description: 'No such document.' })
  @ApiForbiddenResponse()
  createDocumentTasks(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: DocumentBulkTasksRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.extraction.createForDocument(id, dto, actor);
  }

  @Post('sessions/:id/tasks/bulk')
  @Roles('office')
  @ApiOperation({ summary: 'Create the reviewed drafts of a session as tasks, all or none (office)' })
  @ApiCreatedResponse({ type: CreatedTasksResponse })
  @ApiBadRequestResponse({ description: 'A task is invalid; the field names its index, e.g. tasks[2].dueDate.' })
  @ApiNotFoundResponse({ description: 'No such session.' })
  @ApiForbiddenResponse()
  createTasks(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: SessionBulkTasksRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.extraction.createForSession(id, dto, actor);
  }

  @Post('reports/:id/extract-indicators')
  @Roles('office', 'department')
  @HttpCode(200)
  @ApiOperation({
    summary: "Proposed indicators from a report's text (its body when no text is sent); saves nothing",
    description: 'A department user may read only its own reports this way.',
  })
  @ApiOkResponse({ type: ProposedIndicatorsResponse })
  @ApiNotFoundResponse({ description: 'No such report, or one of another department.' })
  @ApiForbiddenResponse()
  extractIndicators(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ExtractIndicatorsRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.extraction.indicatorsOfReport(id, dto.text, actor);
  }

  @Get('indicators')
  @AnyRole()
  @ApiOperation({
    summary: 'Indicator names reported across sessions, one per series (small wording differences folded)',
  })
  @ApiOkResponse({ type: IndicatorNamesResponse })
  indicators() {
    return this.extraction.indicatorNames();
  }

  @Get('indicators/series')
  @AnyRole()
  @ApiOperation({ summary: 'The values of one indicator per session, oldest first, with units and canonical values' })
  @ApiOkResponse({ type: IndicatorSeriesResponse })
  series(@Query() query: IndicatorSeriesQuery) {
    return this.extraction.series(query.name);
  }
}
