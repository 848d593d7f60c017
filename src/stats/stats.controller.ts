import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
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
      'Filters: sessionId, documentId, leaderId; from/to or period select tasks by assignment date (the ' +
      "assigning document's issuedOn, inclusive; never when the row was created). Each task is classified by its " +
      'status now (for the figures as of a period cut-off, see /api/reports/period). due = doneOnTime + doneLate + ' +
      'overdue; completionRate = (doneOnTime + doneLate) / due, onTimeRate = doneOnTime / due, overdueRate = ' +
      'overdue / due: unrounded fractions 0–1, null when due is 0, computed by the same function as the period ' +
      'report. dueSoon counts open tasks whose deadline is at most DUE_SOON_DAYS away. A department user gets only ' +
      'its own row.',
  })
  @ApiOkResponse({ type: DepartmentStatsPage })
  async departments(
    @Query() query: DepartmentStatsQuery,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    // The cached bytes (StatsService.departmentsJson): Fastify sends a Buffer as it is.
    reply.type('application/json; charset=utf-8');
    return this.stats.departmentsJson(query, actor);
  }

  @Get('summary')
  @ApiOperation({
    summary: 'Task counts by status over all tasks (for a department user: the tasks it leads)',
    description: 'Same filters, counts and rates as /api/stats/departments, over all the tasks counted.',
  })
  @ApiOkResponse({ type: StatusCounts })
  summary(@Query() query: StatsFilterQuery, @CurrentActor() actor: Actor) {
    return this.stats.summary(query, actor);
  }
}
