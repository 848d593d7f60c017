import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { AnyRole } from '../../common/auth/roles.decorator';
import { ListTasksQuery } from '../../tasks/dto/list-tasks.query';
import { download } from '../download';
import { TasksCsvService } from './tasks-csv.service';

@ApiTags('exports')
@ApiBearerAuth()
@AnyRole()
@Controller()
export class TasksCsvController {
  constructor(private readonly csv: TasksCsvService) {}

  @Get('tasks.csv')
  @ApiOperation({
    summary: 'The task list as CSV (UTF-8 with BOM): every row GET /api/tasks matches for the same filters and caller',
    description: 'page and limit are ignored; the rows come in the list order (sort).',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: 'A filter is invalid; the message names it.' })
  async export(@Query() query: ListTasksQuery, @CurrentActor() actor: Actor) {
    const { stream, fileName } = await this.csv.export(query, actor);
    return download(stream, 'csv', fileName);
  }
}
