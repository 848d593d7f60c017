import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { EntityManager, Repository } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { ruleConflict } from '../common/http/rule-conflict';
import { Page, pageOf } from '../common/pagination/page';
import { escapeLike, foldVietnamese } from '../common/text/fold-vietnamese';
import { parseInstant } from '../common/time/date-validators';
import { endOfLocalDay, isCalendarDate } from '../common/time/zoned-time';
import { AppConfig } from '../config/app-config';
import { SqlDialect } from '../database/sql-dialect';
import { TransactionRunner } from '../database/transaction-runner';
import {
  CreateSessionDto,
  ListSessionsQuery,
  SessionDetailResponse,
  SessionResponse,
  UpdateSessionDto,
} from './dto/session.dto';
import { DepartmentReport } from './entities/department-report.entity';
import { MeetingSession, SESSION_STATUS_LABELS, SessionStatus } from './entities/meeting-session.entity';
import { SessionAttendee } from './entities/session-attendee.entity';
import { conclusionNoticesOf, NO_NOTICE, noticeOf, SessionNotice, writeConclusionNotice } from './session-notice';
import { AssigningDocument } from '../documents/assigning-document.entity';
import { TaskRepository } from '../tasks/task.repository';

const STATUS_ORDER: Record<SessionStatus, number> = { scheduled: 0, held: 1, concluded: 2 };

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(MeetingSession) private readonly sessions: Repository<MeetingSession>,
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
    private readonly dialect: SqlDialect,
    private readonly tasks: TaskRepository,
  ) {}

  async list(query: ListSessionsQuery): Promise<Page<SessionResponse>> {
    const builder = this.sessions.createQueryBuilder('s');
    if (query.status) builder.andWhere('s.status = :status', { status: query.status });
    if (query.kind) builder.andWhere('s.kind = :kind', { kind: query.kind });
    const from = query.from ? this.lowerBound(query.from) : undefined;
    const to = query.to ? this.upperBound(query.to) : undefined;
    if (from && to && from.getTime() > to.getTime()) throw fieldError(['to', 'must not be before from']);
    if (from) builder.andWhere('s.heldAt >= :from', { from });
    if (to) builder.andWhere('s.heldAt <= :to', { to });
    const folded = query.q ? foldVietnamese(query.q) : '';
    if (folded) builder.andWhere(`s.searchText LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(folded)}%` });
    const direction = query.sort === 'heldAt' ? 'ASC' : 'DESC';
    const [rows, total] = await builder
      .orderBy('s.heldAt', direction)
      .addOrderBy('s.id', direction)
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    const notices = await conclusionNoticesOf(
      this.sessions.manager,
      rows.map((r) => r.id),
    );
    return pageOf(
      rows.map((r) => toSessionResponse(r, noticeOf(notices.get(r.id)))),
      total,
      query,
    );
  }

  async get(id: number, actor: Actor): Promise<SessionDetailResponse> {
    const session = await this.find(id);
    return this.withCounts(this.sessions.manager, session, actor);
  }

  /** The session with this notice number, or else with this title: how the demo data finds itself again. */
  async findByNoticeOrTitle(
    noticeNumber: string | null,
    title: string,
    actor: Actor,
  ): Promise<SessionDetailResponse | null> {
    const notice = noticeNumber
      ? await this.sessions.manager
          .getRepository(AssigningDocument)
          .createQueryBuilder('d')
          .where('d.kind = :kind AND d.number = :number AND d.sessionId IS NOT NULL', {
            kind: 'conclusion_notice',
            number: noticeNumber,
          })
          .orderBy('d.id', 'ASC')
          .getOne()
      : null;
    const session =
      (notice?.sessionId ? await this.sessions.findOneBy({ id: notice.sessionId }) : null) ??
      (await this.sessions.findOneBy({ title }));
    return session ? this.withCounts(this.sessions.manager, session, actor) : null;
  }

  async create(actor: Actor, dto: CreateSessionDto): Promise<SessionDetailResponse> {
    return this.transactions.run(async (manager) => {
      const session = manager.create(MeetingSession, {
        title: dto.title,
        searchText: foldVietnamese(dto.title),
        kind: dto.kind,
        heldAt: parseInstant(dto.heldAt),
        location: blankToNull(dto.location),
        chairedBy: blankToNull(dto.chairedBy),
        status: dto.status ?? 'scheduled',
        minutes: blankToNull(dto.minutes),
        conclusion: blankToNull(dto.conclusion),
      });
      const saved = await manager.save(session);
      await writeConclusionNotice(
        manager,
        saved,
        { number: blankToNull(dto.noticeNumber), date: dto.noticeDate ?? null },
        this.config.timeZone,
      );
      return this.withCounts(manager, saved, actor);
    });
  }

  async update(actor: Actor, id: number, dto: UpdateSessionDto): Promise<SessionDetailResponse> {
    return this.transactions.run(async (manager) => {
      const session = await manager.findOne(MeetingSession, { where: { id }, ...this.dialect.lockForUpdate() });
      if (!session) throw new NotFoundException(`Session ${id} not found`);
      if (dto.status !== undefined && STATUS_ORDER[dto.status] < STATUS_ORDER[session.status]) {
        throw ruleConflict(
          'session_status_backwards',
          `Phiên họp đang ở trạng thái "${SESSION_STATUS_LABELS[session.status]}", không chuyển ngược về ` +
            `"${SESSION_STATUS_LABELS[dto.status]}" (thứ tự: Dự kiến → Đã họp → Đã kết luận)`,
        );
      }
      if (dto.title !== undefined) {
        session.title = dto.title;
      }
      session.searchText = foldVietnamese(session.title);
      if (dto.kind !== undefined) session.kind = dto.kind;
      if (dto.heldAt !== undefined) session.heldAt = parseInstant(dto.heldAt);
      if (dto.location !== undefined) session.location = blankToNull(dto.location);
      if (dto.chairedBy !== undefined) session.chairedBy = blankToNull(dto.chairedBy);
      if (dto.status !== undefined) session.status = dto.status;
      if (dto.minutes !== undefined) session.minutes = blankToNull(dto.minutes);
      if (dto.conclusion !== undefined) session.conclusion = blankToNull(dto.conclusion);
      const saved = await manager.save(session);
      await writeConclusionNotice(
        manager,
        saved,
        {
          ...(dto.noticeNumber !== undefined ? { number: blankToNull(dto.noticeNumber) } : {}),
          ...(dto.noticeDate !== undefined ? { date: dto.noticeDate } : {}),
        },
        this.config.timeZone,
      );
      return this.withCounts(manager, saved, actor);
    });
  }

  /** Loads a session named in a path; an unknown one is 404. */
  async find(id: number, manager: EntityManager = this.sessions.manager): Promise<MeetingSession> {
    const session = await manager.findOneBy(MeetingSession, { id });
    if (!session) throw new NotFoundException(`Session ${id} not found`);
    return session;
  }

  private async withCounts(
    manager: EntityManager,
    session: MeetingSession,
    actor: Actor,
  ): Promise<SessionDetailResponse> {
    // One after another: inside a transaction all three share one connection.
    const attendeeCount = await manager.countBy(SessionAttendee, { sessionId: session.id });
    const reportCount = await manager.countBy(DepartmentReport, { sessionId: session.id });
    // A department is told only how many of the tasks it leads or cooperates on there are.
    const taskCount = (await this.tasks.countBy(manager, 'sessionId', [session.id], actor)).get(session.id) ?? 0;
    const notice = noticeOf((await conclusionNoticesOf(manager, [session.id])).get(session.id));
    return { ...toSessionResponse(session, notice), attendeeCount, reportCount, taskCount };
  }

  private lowerBound(value: string): Date {
    return isCalendarDate(value)
      ? DateTime.fromISO(value, { zone: this.config.timeZone }).startOf('day').toUTC().toJSDate()
      : parseInstant(value);
  }

  private upperBound(value: string): Date {
    return isCalendarDate(value) ? endOfLocalDay(value, this.config.timeZone) : parseInstant(value);
  }
}

export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

export function toSessionResponse(session: MeetingSession, notice: SessionNotice = NO_NOTICE): SessionResponse {
  return {
    id: session.id,
    title: session.title,
    kind: session.kind,
    heldAt: session.heldAt.toISOString(),
    location: session.location,
    chairedBy: session.chairedBy,
    status: session.status,
    minutes: session.minutes,
    conclusion: session.conclusion,
    noticeNumber: notice.noticeNumber,
    noticeDate: notice.noticeDate,
  };
}
