import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
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
import { CreateReportDto, ListReportsQuery, ReportPage, ReportResponse, UpdateReportDto } from './dto/report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@AnyRole()
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('sessions/:id/reports')
  @ApiOperation({ summary: 'Department reports presented at the session' })
  @ApiOkResponse({ type: ReportPage })
  @ApiNotFoundResponse({ description: 'Unknown session' })
  list(@Param('id', ParseIdPipe) sessionId: number, @Query() query: ListReportsQuery) {
    return this.reports.list(sessionId, query);
  }

  @Post('sessions/:id/reports')
  @Roles('office', 'department')
  @ApiOperation({ summary: 'Submits a report (admin, office, or the reporting department itself)' })
  @ApiCreatedResponse({ type: ReportResponse })
  @ApiBadRequestResponse({ description: 'A bad field or an unknown departmentId; the message names it' })
  @ApiNotFoundResponse({ description: 'Unknown session' })
  @ApiForbiddenResponse({ description: 'A department submitting for another department' })
  create(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) sessionId: number, @Body() dto: CreateReportDto) {
    return this.reports.create(actor, sessionId, dto);
  }

  @Get('reports/:id')
  @ApiOkResponse({ type: ReportResponse })
  @ApiNotFoundResponse()
  get(@Param('id', ParseIdPipe) id: number) {
    return this.reports.get(id);
  }

  @Patch('reports/:id')
  @Roles('office', 'department')
  @ApiOperation({ summary: 'Edits a report (admin, office, or the reporting department itself)' })
  @ApiOkResponse({ type: ReportResponse })
  @ApiBadRequestResponse({ description: 'A bad field or an unknown departmentId; the message names it' })
  @ApiNotFoundResponse({ description: 'Unknown report, or another department’s report for a department user' })
  @ApiForbiddenResponse()
  update(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateReportDto) {
    return this.reports.update(actor, id, dto);
  }
}
