import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
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
import {
  FreezePeriodDto,
  FreezeResponseDto,
  FrozenReportDto,
  FrozenReportPage,
  FrozenReportsQuery,
  PeriodQuery,
  PeriodReportDto,
} from './dto/period.dto';
import { PeriodsService } from './periods.service';

const SCOPE =
  'A department user gets the province totals and its own unit row (without rank) only; other roles get every unit.';

@ApiTags('periods')
@ApiBearerAuth()
@AnyRole()
@Controller('reports')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Get('period')
  @ApiOperation({
    summary: 'Figures of a reporting period, classified at its cut-off, for the province and per unit',
    description:
      'Give kind, year and number (a year needs no number), or from and to. Tasks in scope: assigned (the ' +
      "document's issuedOn) on or before the cut-off date, and either assigned in the period or still open at its " +
      'start (completedOn not before it, not cancelled before it). Each is classified as of the cut-off instant ' +
      '(cutoffAt: the end of the last day in APP_TIMEZONE, or now for a period not ended): completed when its ' +
      'completedOn is on or before the cut-off date (awaiting confirmation until the office confirms it; on time ' +
      'when completedOn ≤ the deadline date in force at the cut-off, after extensions recorded by then), else ' +
      'overdue when the deadline in force ended before the cut-off, else within deadline; standing tasks apart; ' +
      'cancelled if cancelled by the cut-off. A unit counts the tasks it leads. ' +
      SCOPE +
      ' `previous` is the previous period of the same kind: its latest frozen report when one exists.',
  })
  @ApiOkResponse({ type: PeriodReportDto })
  @ApiBadRequestResponse({ description: 'A bad or missing parameter; the message names it' })
  period(@Query() query: PeriodQuery, @CurrentActor() actor: Actor) {
    return this.periods.report(query, actor);
  }

  @Post('period/freeze')
  @HttpCode(201)
  @Roles('office')
  @ApiOperation({
    summary: 'Freezes an ended period: stores its figures and task rows under a code (admin, office)',
    description:
      'Codes: BC-2024-01 (month), BC-2024-Q1, BC-2024-H1, BC-2024 (year). Freezing a period again needs a reason ' +
      'and gives -r2, -r3…; the bare code names the latest. Later changes to tasks never alter a frozen report.',
  })
  @ApiCreatedResponse({ type: FreezeResponseDto })
  @ApiBadRequestResponse({ description: 'A bad field, or a re-freeze without reason; the message names it' })
  @ApiConflictResponse({ description: 'The period has not ended yet' })
  @ApiForbiddenResponse()
  freeze(@Body() dto: FreezePeriodDto, @CurrentActor() actor: Actor) {
    return this.periods.freeze(dto, actor);
  }

  @Get('frozen')
  @ApiOperation({ summary: 'Frozen period reports, newest first' })
  @ApiOkResponse({ type: FrozenReportPage })
  listFrozen(@Query() query: FrozenReportsQuery) {
    return this.periods.listFrozen(query);
  }

  @Get('frozen/:code')
  @ApiOperation({
    summary: 'A frozen period report with its task rows, as it was frozen',
    description: `The bare code (BC-2024-01) names the latest revision; BC-2024-01-r2 a given one. ${SCOPE}`,
  })
  @ApiOkResponse({ type: FrozenReportDto })
  @ApiBadRequestResponse({ description: 'A malformed code' })
  @ApiNotFoundResponse({ description: 'No report frozen under that code' })
  frozen(@Param('code') code: string, @CurrentActor() actor: Actor) {
    return this.periods.frozen(code, actor);
  }
}
