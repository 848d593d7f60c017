import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkingCalendar } from '../calendar/working-calendar';
import { Actor } from '../common/auth/actor';
import { localDateOf } from '../common/time/zoned-time';
import { AppConfig } from '../config/app-config';
import { Department } from '../departments/department.entity';
import { AssigningDocument } from '../documents/assigning-document.entity';
import { DocumentsService } from '../documents/documents.service';
import { fieldError } from '../common/http/field-error';
import { DepartmentReport } from '../sessions/entities/department-report.entity';
import { MeetingSession } from '../sessions/entities/meeting-session.entity';
import { mayEditReportOf } from '../sessions/sessions.policy';
import { SessionsService } from '../sessions/sessions.service';
import { TaskResponse } from '../tasks/dto/task.response';
import { TaskService } from '../tasks/tasks.service';
import { calendarOf, ExtractionCalendar } from './calendar-adapter';
import { DraftTask, extractDirectives } from './directive-extractor';
import {
  DocumentBulkTasksRequest,
  DraftTasksResponse,
  IndicatorNamesResponse,
  IndicatorSeriesResponse,
  ProposedIndicatorsResponse,
  SessionBulkTasksRequest,
} from './dto/extraction.dto';
import { extractIndicators } from './indicator-extractor';
import { indicatorKey } from './indicator-names';
import { baseValueOf } from './units';
import { DepartmentRef, UnitMatcher } from './unit-matcher';

/**
 * Drafts from the text of a session (saving nothing), the creation of the
 * reviewed drafts, and the reported figures as series across sessions.
 */
@Injectable()
export class ExtractionService {
  private readonly calendar: ExtractionCalendar;
  /** The unit table changes rarely; it is rebuilt when the departments' names do. */
  private matcher: { signature: string; departments: DepartmentRef[]; matcher: UnitMatcher } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly tasks: TaskService,
    private readonly documents: DocumentsService,
    private readonly config: AppConfig,
    working: WorkingCalendar,
  ) {
    this.calendar = calendarOf(working);
  }

  async draftForSession(sessionId: number, text: string, actor: Actor): Promise<DraftTasksResponse> {
    const session = await this.sessions.get(sessionId, actor);
    const referenceDate = session.noticeDate ?? localDateOf(new Date(session.heldAt), this.config.timeZone);
    return { referenceDate, items: await this.draft(text, referenceDate) };
  }

  /** Creates the reviewed drafts of a session as tasks, all or none. */
  async draftForDocument(documentId: number, text: string): Promise<DraftTasksResponse> {
    const document = await this.documents.find(this.dataSource.manager, documentId);
    return { referenceDate: document.issuedOn, items: await this.draft(text, document.issuedOn) };
  }

  /** Creates the reviewed drafts of a session as tasks under their assigning document, all or none. */
  async createForSession(
    sessionId: number,
    dto: SessionBulkTasksRequest,
    actor: Actor,
  ): Promise<{ items: TaskResponse[] }> {
    await this.sessions.find(sessionId);
    const document = await this.dataSource.manager.findOneBy(AssigningDocument, { id: dto.documentId });
    if (!document) throw fieldError(['documentId', `document ${dto.documentId} does not exist`]);
    if (document.sessionId !== null && document.sessionId !== sessionId) {
      throw fieldError(['documentId', `document ${dto.documentId} belongs to session ${document.sessionId}`]);
    }
    const tasks = dto.tasks.map((task) => ({ ...task, sessionId, documentId: document.id }));
    return { items: await this.tasks.createMany(tasks, actor) };
  }

  /** Creates the reviewed drafts of a document as its tasks (and its session's, if it has one), all or none. */
  async createForDocument(
    documentId: number,
    dto: DocumentBulkTasksRequest,
    actor: Actor,
  ): Promise<{ items: TaskResponse[] }> {
    const document = await this.documents.find(this.dataSource.manager, documentId);
    const tasks = dto.tasks.map((task) => ({ ...task, sessionId: document.sessionId, documentId }));
    return { items: await this.tasks.createMany(tasks, actor) };
  }

  async indicatorsOfReport(
    reportId: number,
    text: string | undefined,
    actor: Actor,
  ): Promise<ProposedIndicatorsResponse> {
    const report = await this.dataSource.manager.findOneBy(DepartmentReport, { id: reportId });
    // As for editing: another department's report is not revealed to a department user.
    if (!report || !mayEditReportOf(actor, report.departmentId)) {
      throw new NotFoundException(`Report ${reportId} not found`);
    }
    return { items: extractIndicators(text ?? report.body) };
  }

  async indicatorNames(): Promise<IndicatorNamesResponse> {
    const groups = new Map<string, { names: Map<string, number>; sessions: Set<number>; units: Set<string> }>();
    for (const { report, indicator } of await this.reportedIndicators()) {
      const key = indicatorKey(indicator.name);
      if (!key) continue;
      const group = groups.get(key) ?? { names: new Map(), sessions: new Set(), units: new Set() };
      group.names.set(indicator.name, (group.names.get(indicator.name) ?? 0) + 1);
      group.sessions.add(report.sessionId);
      if (indicator.unit) group.units.add(indicator.unit);
      groups.set(key, group);
    }
    const items = [...groups.entries()]
      .map(([key, g]) => ({
        key,
        name: [...g.names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))[0][0],
        sessions: g.sessions.size,
        units: [...g.units].sort(),
      }))
      .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name, 'vi'));
    return { items };
  }

  async series(name: string): Promise<IndicatorSeriesResponse> {
    const key = indicatorKey(name);
    const rows = (await this.reportedIndicators()).filter(({ indicator }) => indicatorKey(indicator.name) === key);
    const sessionIds = [...new Set(rows.map((r) => r.report.sessionId))];
    const sessions = sessionIds.length
      ? await this.dataSource.manager.getRepository(MeetingSession).findBy(sessionIds.map((id) => ({ id })))
      : [];
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const items = rows
      .map(({ report, indicator }) => {
        const session = byId.get(report.sessionId)!;
        return {
          sessionId: report.sessionId,
          sessionTitle: session.title,
          heldAt: new Date(session.heldAt).toISOString(),
          reportId: report.id,
          name: indicator.name,
          value: indicator.value,
          unit: indicator.unit,
          ...baseValueOf(indicator.value, indicator.unit),
          changeFromPreviousPct: indicator.changeFromPreviousPct,
          changeFromLastYearPct: indicator.changeFromLastYearPct,
          planPct: indicator.planPct ?? null,
          changeKind: indicator.changeKind ?? 'percent',
          estimate: indicator.estimate ?? false,
        };
      })
      .sort((a, b) => a.heldAt.localeCompare(b.heldAt) || a.reportId - b.reportId);
    return { key, items };
  }

  private async reportedIndicators() {
    const reports = await this.dataSource.manager.find(DepartmentReport, {
      select: { id: true, sessionId: true, indicators: true },
      order: { id: 'ASC' },
    });
    return reports.flatMap((report) => (report.indicators ?? []).map((indicator) => ({ report, indicator })));
  }

  private async draft(text: string, date: string): Promise<DraftTask[]> {
    const all = await this.dataSource.manager.find(Department, {
      select: { id: true, name: true, active: true, successorId: true },
      order: { id: 'ASC' },
    });
    const rows = all.filter((d) => d.active);
    // A text may still name a unit merged into another: the name stands for the unit now in force.
    const successorOf = new Map(all.map((d) => [d.id, d.successorId]));
    const current = (id: number) => {
      const seen = new Set<number>();
      let at = id;
      while (successorOf.get(at) && !seen.has(at)) {
        seen.add(at);
        at = successorOf.get(at)!;
      }
      return at;
    };
    const formerNames = all
      .filter((d) => d.successorId !== null)
      .map((d) => ({ id: current(d.id), name: d.name }))
      .filter((d) => rows.some((r) => r.id === d.id));
    const signature = [...rows, ...formerNames].map((d) => `${d.id}:${d.name}`).join('|');
    if (this.matcher?.signature !== signature) {
      const departments = rows.map((d) => ({ id: d.id, name: d.name }));
      this.matcher = { signature, departments, matcher: new UnitMatcher([...departments, ...formerNames]) };
    }
    const { departments, matcher } = this.matcher;
    return extractDirectives(text, { departments, date, calendar: this.calendar, matcher });
  }
}
