import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
import { AdminOnly, AnyRole, Roles } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { DepartmentsService } from './departments.service';
import {
  CreateDepartmentDto,
  DepartmentPage,
  DepartmentResponse,
  ListDepartmentsQuery,
  DepartmentGroupResponse,
  UpdateDepartmentDto,
} from './dto/department.dto';
import { SuccessionDto, SuccessionResponse } from './dto/succession.dto';
import { SuccessionService } from './succession.service';

@ApiTags('departments')
@ApiBearerAuth()
@AnyRole()
@Controller('departments')
export class DepartmentsController {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly succession: SuccessionService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Departments, districts and other bodies that lead or cooperate on tasks' })
  @ApiOkResponse({ type: DepartmentPage })
  @ApiBadRequestResponse({ description: 'A bad filter; the message names it' })
  list(@Query() query: ListDepartmentsQuery) {
    return this.departments.list(query);
  }

  @Get('groups')
  @ApiOperation({
    summary: 'The groups documents assign to as a whole, with their active member units',
    description:
      'Các sở, ban, ngành (kinds department and agency); UBND các huyện, thành phố (district); các xã, phường ' +
      '(commune). A unit merged into another is no longer a member.',
  })
  @ApiOkResponse({ type: [DepartmentGroupResponse] })
  groups() {
    return this.departments.groups();
  }

  @Get(':id')
  @ApiOkResponse({ type: DepartmentResponse })
  @ApiNotFoundResponse()
  get(@Param('id', ParseIdPipe) id: number) {
    return this.departments.get(id);
  }

  @Post()
  @AdminOnly()
  @ApiOperation({ summary: 'Adds a department (admin)' })
  @ApiCreatedResponse({ type: DepartmentResponse })
  @ApiBadRequestResponse({ description: 'A bad field; the message names it' })
  @ApiConflictResponse({ description: 'The code is taken' })
  @ApiForbiddenResponse()
  create(@Body() dto: CreateDepartmentDto) {
    return this.departments.create(dto);
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOperation({ summary: 'Edits a department (admin)' })
  @ApiOkResponse({ type: DepartmentResponse })
  @ApiBadRequestResponse({ description: 'A bad field; the message names it' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The code is taken' })
  @ApiForbiddenResponse()
  update(@Param('id', ParseIdPipe) id: number, @Body() dto: UpdateDepartmentDto) {
    return this.departments.update(id, dto);
  }

  @Post(':id/succession')
  @HttpCode(200)
  @Roles('office')
  @ApiOperation({
    summary: 'Records that the unit was merged into another (admin, office)',
    description:
      'In one transaction: the open tasks the unit leads or cooperates on (not cancelled, and not completed with ' +
      'the completion confirmed; a recurring task with its open occurrences) pass to the successor in the same ' +
      'role, each change kept in the task history; the accounts of the unit move to the successor; the pending ' +
      'reminders are re-planned for the successor; the unit becomes inactive and names its successor. Closed ' +
      'tasks keep the unit, and reports cut off before `effectiveOn` attribute tasks to it.',
  })
  @ApiOkResponse({ type: SuccessionResponse })
  @ApiBadRequestResponse({
    description:
      'successorId missing, unknown, the unit itself, inactive or itself merged; effectiveOn malformed, in the ' +
      'future or before a merger into this unit. The message names the field.',
  })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The unit was already merged into another' })
  @ApiForbiddenResponse()
  succeed(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number, @Body() dto: SuccessionDto) {
    return this.succession.succeed(actor, id, dto);
  }
}
