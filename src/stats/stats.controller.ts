import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/auth/actor';
import { AnyRole } from '../common/auth/roles.decorator';
import { DepartmentStatsPage, DepartmentStatsQuery, StatsFilterQuery, StatusCounts } from './dto/stats.dto';
import { StatsService } from './stats.service';

@ApiTags('stats')
@AnyRole()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('departments')
  @ApiOperation({
    summary: 'Task counts by status for each department, counting the tasks it leads',
    description:
      'Filters: sessionId; from/to select tasks created in that period (dates in APP_TIMEZONE, inclusive). ' +
      'onTimeRate = doneOnTime / (doneOnTime + doneLate + overdue), a fraction 0–1, null when the denominator is 0. ' +
      'A department user gets only its own row.',
  })
  @ApiOkResponse({ type: DepartmentStatsPage })
  departments(@Query() query: DepartmentStatsQuery, @CurrentActor() actor?: Actor) {
    return this.stats.departments(query, actor);
  }

  @Get('summary')
  @ApiOperation({
    summary: 'Task counts by status over all tasks (for a department user: the tasks it leads)',
    description: 'Same filters and onTimeRate as /api/stats/departments.',
  })
  @ApiOkResponse({ type: StatusCounts })
  summary(@Query() query: StatsFilterQuery, @CurrentActor() actor?: Actor) {
    return this.stats.summary(query, actor);
  }
}
