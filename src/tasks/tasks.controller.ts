import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiBearerAuth,
  ApiTags,
} from '@nestjs/swagger';
import { RouteSchema } from '@nestjs/platform-fastify';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole, Roles } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { PageQuery } from '../common/pagination/page';
import { CancelTaskDto, ReturnCompletionDto } from './dto/cancel-task.dto';
import { ConfirmCompletionDto } from './dto/occurrence-ref.dto';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TASK_PAGE_SCHEMA } from './dto/task-page.schema';
import {
  ApproveExtensionDto,
  ForwardExtensionDto,
  RejectExtensionDto,
  RequestExtensionDto,
} from './dto/task-extension.dto';
import { AddProgressDto } from './dto/task-progress.dto';
import {
  DeadlineChangePage,
  TaskExtensionPage,
  TaskExtensionResponse,
  TaskOccurrenceResponse,
  TaskPage,
  TaskProgressPage,
  TaskProgressResponse,
  TaskResponse,
} from './dto/task.response';
import { UpdateTaskDto } from './dto/update-task.dto';
import { TaskExtensionService } from './task-extensions.service';
import { TaskService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@AnyRole()
@ApiNotFoundResponse({ description: 'No such task, or one the department may not see.' })
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TaskService,
    private readonly extensions: TaskExtensionService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Tasks, filtered and sorted; a department sees the tasks it leads or cooperates on' })
  @ApiOkResponse({ type: TaskPage })
  @ApiBadRequestResponse({ description: 'A filter is invalid; the message names it.' })
  @RouteSchema({ response: { 200: TASK_PAGE_SCHEMA } })
  list(@Query() query: ListTasksQuery, @CurrentActor() actor: Actor) {
    return this.tasks.list(query, actor);
  }

  @Post()
  @Roles('office')
  @ApiOperation({ summary: 'Create a task (office)' })
  @ApiCreatedResponse({ type: TaskResponse })
  @ApiBadRequestResponse({ description: 'A field is invalid; the message names it.' })
  @ApiForbiddenResponse()
  create(@Body() dto: CreateTaskDto, @CurrentActor() actor: Actor) {
    return this.tasks.create(dto, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: TaskResponse })
  get(@Param('id', ParseIdPipe) id: number, @CurrentActor() actor: Actor) {
    return this.tasks.get(id, actor);
  }

  @Patch(':id')
  @Roles('office')
  @ApiOperation({ summary: 'Edit an open task (office); a deadline change is kept in its history' })
  @ApiOkResponse({ type: TaskResponse })
  @ApiConflictResponse({ description: 'Stale version, or the task is completed or cancelled.' })
  @ApiForbiddenResponse()
  update(@Param('id', ParseIdPipe) id: number, @Body() dto: UpdateTaskDto, @CurrentActor() actor: Actor) {
    return this.tasks.update(id, dto, actor);
  }

  @Post(':id/progress')
  @Roles('office', 'department')
  @ApiOperation({
    summary:
      'Post progress; completed: true reports the completion with its actual date and result. With ' +
      'CONFIRM_COMPLETION=on a lead unit’s completion awaits the office’s confirmation; the office’s own counts at once',
  })
  @ApiCreatedResponse({ type: TaskProgressResponse })
  @ApiConflictResponse({ description: 'The task is completed or cancelled.' })
  @ApiForbiddenResponse()
  addProgress(@Param('id', ParseIdPipe) id: number, @Body() dto: AddProgressDto, @CurrentActor() actor: Actor) {
    return this.tasks.addProgress(id, dto, actor);
  }

  @Get(':id/progress')
  @ApiOperation({ summary: 'Progress updates, newest first' })
  @ApiOkResponse({ type: TaskProgressPage })
  listProgress(@Param('id', ParseIdPipe) id: number, @Query() query: PageQuery, @CurrentActor() actor: Actor) {
    return this.tasks.listProgress(id, query, actor);
  }

  @Post(':id/cancel')
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an open task (office)' })
  @ApiOkResponse({ type: TaskResponse })
  @ApiConflictResponse({ description: 'The task is already completed or cancelled.' })
  @ApiForbiddenResponse()
  cancel(@Param('id', ParseIdPipe) id: number, @Body() dto: CancelTaskDto, @CurrentActor() actor: Actor) {
    return this.tasks.cancel(id, dto.reason, actor);
  }

  @Post(':id/confirm')
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm a completion the lead unit reported (office): it counts as done, on time or late by completedOn',
  })
  @ApiOkResponse({ type: TaskResponse })
  @ApiConflictResponse({
    description: 'No completion awaits confirmation (none reported, already confirmed, cancelled).',
  })
  @ApiForbiddenResponse()
  confirm(@Param('id', ParseIdPipe) id: number, @Body() dto: ConfirmCompletionDto, @CurrentActor() actor: Actor) {
    return this.tasks.confirm(id, actor, dto?.occurrenceId);
  }

  @Post(':id/return')
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Return a reported completion with a reason (office): the task reopens and its reminders are planned again',
  })
  @ApiOkResponse({ type: TaskResponse })
  @ApiConflictResponse({
    description: 'No completion awaits confirmation (none reported, already confirmed, cancelled).',
  })
  @ApiForbiddenResponse()
  returnCompletion(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ReturnCompletionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.tasks.returnCompletion(id, dto.reason, actor, dto.occurrenceId);
  }

  @Get(':id/occurrences')
  @ApiOperation({
    summary:
      'Occurrences of a recurring task in deadline order, each with its own deadline, status, completion and ' +
      'allowedActions (empty for other kinds)',
  })
  @ApiOkResponse({ type: TaskOccurrenceResponse, isArray: true })
  listOccurrences(@Param('id', ParseIdPipe) id: number, @CurrentActor() actor: Actor) {
    return this.tasks.listOccurrences(id, actor);
  }

  @Get(':id/deadlines')
  @ApiOperation({ summary: 'Earlier deadlines of the task, newest change first' })
  @ApiOkResponse({ type: DeadlineChangePage })
  listDeadlines(@Param('id', ParseIdPipe) id: number, @Query() query: PageQuery, @CurrentActor() actor: Actor) {
    return this.tasks.listDeadlineChanges(id, query, actor);
  }

  @Post(':id/extensions')
  @Roles('office', 'department')
  @ApiOperation({ summary: 'Request a later deadline (lead department or office)' })
  @ApiCreatedResponse({ type: TaskExtensionResponse })
  @ApiConflictResponse({ description: 'The task is closed, has no deadline, or already has a pending request.' })
  @ApiForbiddenResponse()
  requestExtension(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: RequestExtensionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.extensions.request(id, dto, actor);
  }

  @Get(':id/extensions')
  @ApiOperation({ summary: 'Extension requests and their decisions, newest first' })
  @ApiOkResponse({ type: TaskExtensionPage })
  listExtensions(@Param('id', ParseIdPipe) id: number, @Query() query: PageQuery, @CurrentActor() actor: Actor) {
    return this.extensions.list(id, query, actor);
  }

  @Get(':id/extensions/:extensionId')
  @ApiOkResponse({ type: TaskExtensionResponse })
  getExtension(
    @Param('id', ParseIdPipe) id: number,
    @Param('extensionId', ParseIdPipe) extensionId: number,
    @CurrentActor() actor: Actor,
  ) {
    return this.extensions.get(id, extensionId, actor);
  }

  @Post(':id/extensions/:extensionId/forward')
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({ summary: 'Forward a pending request to the deciding leader with the office’s opinion (office)' })
  @ApiOkResponse({ type: TaskExtensionResponse })
  @ApiConflictResponse({ description: 'Already decided or already forwarded.' })
  @ApiForbiddenResponse()
  forward(
    @Param('id', ParseIdPipe) id: number,
    @Param('extensionId', ParseIdPipe) extensionId: number,
    @Body() dto: ForwardExtensionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.extensions.forward(id, extensionId, dto.opinion, actor);
  }

  @Post(':id/extensions/:extensionId/approve')
  @Roles('office', 'leader')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Approve a pending request: the requested deadline applies (the leader in charge or the chairman; the office ' +
      'only where EXTENSION_DECIDERS includes office)',
  })
  @ApiOkResponse({ type: TaskExtensionResponse })
  @ApiConflictResponse({ description: 'Already decided, or the task is closed.' })
  @ApiForbiddenResponse()
  approve(
    @Param('id', ParseIdPipe) id: number,
    @Param('extensionId', ParseIdPipe) extensionId: number,
    @Body() dto: ApproveExtensionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.extensions.approve(id, extensionId, dto.note, actor);
  }

  @Post(':id/extensions/:extensionId/reject')
  @Roles('office', 'leader')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Reject a pending request with a note (the leader in charge or the chairman; the office only where ' +
      'EXTENSION_DECIDERS includes office)',
  })
  @ApiOkResponse({ type: TaskExtensionResponse })
  @ApiConflictResponse({ description: 'Already decided.' })
  @ApiForbiddenResponse()
  reject(
    @Param('id', ParseIdPipe) id: number,
    @Param('extensionId', ParseIdPipe) extensionId: number,
    @Body() dto: RejectExtensionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.extensions.reject(id, extensionId, dto.note, actor);
  }
}
