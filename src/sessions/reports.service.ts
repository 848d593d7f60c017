import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Page, pageOf } from '../common/pagination/page';
import { SqlDialect } from '../database/sql-dialect';
import { TransactionRunner } from '../database/transaction-runner';
import { DepartmentsService } from '../departments/departments.service';
import { CreateReportDto, IndicatorDto, ListReportsQuery, ReportResponse, UpdateReportDto } from './dto/report.dto';
import { DepartmentReport, ReportIndicator } from './entities/department-report.entity';
import { assertMayReportFor, mayEditReportOf } from './sessions.policy';
import { blankToNull, SessionsService } from './sessions.service';

@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(DepartmentReport) private readonly reports: Repository<DepartmentReport>,
    private readonly sessions: SessionsService,
    private readonly departments: DepartmentsService,
    private readonly transactions: TransactionRunner,
    private readonly dialect: SqlDialect,
  ) {}

  async list(sessionId: number, query: ListReportsQuery): Promise<Page<ReportResponse>> {
    await this.sessions.find(sessionId);
    const builder = this.reports.createQueryBuilder('r').where('r.sessionId = :sessionId', { sessionId });
    if (query.departmentId) builder.andWhere('r.departmentId = :departmentId', { departmentId: query.departmentId });
    const [rows, total] = await builder.orderBy('r.id', 'ASC').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(rows.map(toReportResponse), total, query);
  }

  async get(id: number): Promise<ReportResponse> {
    const report = await this.reports.findOneBy({ id });
    if (!report) throw new NotFoundException(`Report ${id} not found`);
    return toReportResponse(report);
  }

  async create(actor: Actor, sessionId: number, dto: CreateReportDto): Promise<ReportResponse> {
    assertMayReportFor(actor, dto.departmentId);
    return this.transactions.run(async (manager) => {
      await this.sessions.find(sessionId, manager);
      await this.departments.assertExists(dto.departmentId, 'departmentId', manager);
      const report = manager.create(DepartmentReport, {
        sessionId,
        departmentId: dto.departmentId,
        title: dto.title,
        body: dto.body,
        indicators: (dto.indicators ?? []).map(toIndicator),
      });
      return toReportResponse(await manager.save(report));
    });
  }

  async update(actor: Actor, id: number, dto: UpdateReportDto): Promise<ReportResponse> {
    return this.transactions.run(async (manager) => {
      const report = await manager.findOne(DepartmentReport, { where: { id }, ...this.dialect.lockForUpdate() });
      if (!report || !mayEditReportOf(actor, report.departmentId)) {
        throw new NotFoundException(`Report ${id} not found`);
      }
      if (dto.departmentId !== undefined && dto.departmentId !== report.departmentId) {
        assertMayReportFor(actor, dto.departmentId);
        await this.departments.assertExists(dto.departmentId, 'departmentId', manager);
        report.departmentId = dto.departmentId;
      }
      if (dto.title !== undefined) report.title = dto.title;
      if (dto.body !== undefined) report.body = dto.body;
      if (dto.indicators !== undefined) report.indicators = dto.indicators.map(toIndicator);
      return toReportResponse(await manager.save(report));
    });
  }
}

function toIndicator(dto: IndicatorDto): ReportIndicator {
  return {
    name: dto.name,
    value: dto.value,
    unit: blankToNull(dto.unit),
    changeFromPreviousPct: dto.changeFromPreviousPct ?? null,
    changeFromLastYearPct: dto.changeFromLastYearPct ?? null,
    planPct: dto.planPct ?? null,
    changeKind: dto.changeKind ?? 'percent',
    estimate: dto.estimate ?? false,
  };
}

export function toReportResponse(report: DepartmentReport): ReportResponse {
  return {
    id: report.id,
    sessionId: report.sessionId,
    departmentId: report.departmentId,
    title: report.title,
    body: report.body,
    indicators: report.indicators.map((indicator) => ({
      name: indicator.name,
      value: indicator.value,
      unit: indicator.unit ?? null,
      changeFromPreviousPct: indicator.changeFromPreviousPct ?? null,
      changeFromLastYearPct: indicator.changeFromLastYearPct ?? null,
      planPct: indicator.planPct ?? null,
      changeKind: indicator.changeKind ?? 'percent',
      estimate: indicator.estimate ?? false,
    })),
  };
}
