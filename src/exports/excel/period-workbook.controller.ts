import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { PassThrough } from 'node:stream';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { AnyRole } from '../../common/auth/roles.decorator';
import { AppConfig } from '../../config/app-config';
import { PeriodQuery } from '../../periods/dto/period.dto';
import { ownUnitOf } from '../../periods/periods.policy';
import { PeriodsService } from '../../periods/periods.service';
import { download, MEDIA_TYPES } from '../download';
import { periodFileName, writePeriodWorkbook } from './period-workbook';
import type { PeriodReportData } from './period-report.shape';

const XLSX_FILE = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('exports')
@ApiBearerAuth()
@AnyRole()
@Controller('reports')
export class PeriodWorkbookController {
  constructor(
    private readonly periods: PeriodsService,
    private readonly config: AppConfig,
  ) {}

  @Get('period.xlsx')
  @ApiOperation({
    summary: 'The period report as Excel: Phụ lục I (tasks by group) and Phụ lục II (units, with the total)',
    description: 'Same parameters and scoping as GET /api/reports/period (a department gets its own rows).',
  })
  @ApiProduces(MEDIA_TYPES.xlsx)
  @ApiOkResponse(XLSX_FILE)
  @ApiBadRequestResponse({ description: 'A bad or missing parameter; the message names it' })
  async period(@Query() query: PeriodQuery, @CurrentActor() actor: Actor) {
    return this.workbook(await this.periods.reportWithRows(query, actor), actor, periodFileName);
  }

  @Get('frozen/:code/report.xlsx')
  @ApiOperation({ summary: 'A frozen period report as Excel, the same cell values every time' })
  @ApiProduces(MEDIA_TYPES.xlsx)
  @ApiOkResponse(XLSX_FILE)
  @ApiBadRequestResponse({ description: 'A malformed code' })
  @ApiNotFoundResponse({ description: 'No report frozen under that code' })
  async frozen(@Param('code') code: string, @CurrentActor() actor: Actor) {
    const report = await this.periods.frozen(code, actor);
    return this.workbook(report, actor, (r) =>
      periodFileName(r).replace(/\.xlsx$/, report.revision > 1 ? `-r${report.revision}.xlsx` : '.xlsx'),
    );
  }

  private workbook(report: PeriodReportData, actor: Actor, name: (r: PeriodReportData) => string) {
    const out = new PassThrough();
    const options = { province: this.config.provinceName, allUnits: ownUnitOf(actor) === null };
    writePeriodWorkbook(report, out, options).catch((error: Error) => out.destroy(error));
    return download(out, 'xlsx', name(report));
  }
}
