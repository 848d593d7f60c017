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
import { AdminOnly, AnyRole } from '../common/auth/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { DepartmentsService } from './departments.service';
import {
  CreateDepartmentDto,
  DepartmentPage,
  DepartmentResponse,
  ListDepartmentsQuery,
  UpdateDepartmentDto,
} from './dto/department.dto';

@ApiTags('departments')
@ApiBearerAuth()
@AnyRole()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Departments, districts and other bodies that lead or cooperate on tasks' })
  @ApiOkResponse({ type: DepartmentPage })
  @ApiBadRequestResponse({ description: 'A bad filter; the message names it' })
  list(@Query() query: ListDepartmentsQuery) {
    return this.departments.list(query);
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
  create(@CurrentActor() actor: Actor | undefined, @Body() dto: CreateDepartmentDto) {
    return this.departments.create(actor, dto);
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOperation({ summary: 'Edits a department (admin)' })
  @ApiOkResponse({ type: DepartmentResponse })
  @ApiBadRequestResponse({ description: 'A bad field; the message names it' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The code is taken' })
  @ApiForbiddenResponse()
  update(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateDepartmentDto,
  ) {
    return this.departments.update(actor, id, dto);
  }
}
