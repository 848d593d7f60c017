import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { fieldError } from '../common/http/field-error';
import { Page, pageOf } from '../common/pagination/page';
import { TransactionRunner } from '../database/transaction-runner';
import { DepartmentsService } from '../departments/departments.service';
import { AttendeeResponse, CreateAttendeeDto, ListAttendeesQuery, UpdateAttendeeDto } from './dto/attendee.dto';
import { SessionAttendee } from './entities/session-attendee.entity';
import { blankToNull, SessionsService } from './sessions.service';

@Injectable()
export class AttendeesService {
  constructor(
    @InjectRepository(SessionAttendee) private readonly attendees: Repository<SessionAttendee>,
    private readonly sessions: SessionsService,
    private readonly departments: DepartmentsService,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(sessionId: number, query: ListAttendeesQuery): Promise<Page<AttendeeResponse>> {
    await this.sessions.find(sessionId);
    const builder = this.attendees.createQueryBuilder('a').where('a.sessionId = :sessionId', { sessionId });
    if (query.role) builder.andWhere('a.role = :role', { role: query.role });
    if (query.attendance) builder.andWhere('a.attendance = :attendance', { attendance: query.attendance });
    const [rows, total] = await builder.orderBy('a.id', 'ASC').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(rows.map(toAttendeeResponse), total, query);
  }

  async create(sessionId: number, dto: CreateAttendeeDto): Promise<AttendeeResponse> {
    return this.transactions.run(async (manager) => {
      await this.sessions.find(sessionId, manager);
      if (dto.departmentId != null) await this.departments.assertExists(dto.departmentId, 'departmentId', manager);
      const attendance = dto.attendance ?? 'present';
      const attendee = manager.create(SessionAttendee, {
        sessionId,
        fullName: dto.fullName,
        position: blankToNull(dto.position),
        organization: blankToNull(dto.organization),
        departmentId: dto.departmentId ?? null,
        role: dto.role,
        attendance,
        delegateName: delegateFor(attendance, dto.delegateName),
        note: blankToNull(dto.note),
      });
      return toAttendeeResponse(await manager.save(attendee));
    });
  }

  async update(sessionId: number, attendeeId: number, dto: UpdateAttendeeDto): Promise<AttendeeResponse> {
    return this.transactions.run(async (manager) => {
      const attendee = await this.find(manager, sessionId, attendeeId);
      if (dto.departmentId != null) await this.departments.assertExists(dto.departmentId, 'departmentId', manager);
      if (dto.fullName !== undefined) attendee.fullName = dto.fullName;
      if (dto.position !== undefined) attendee.position = blankToNull(dto.position);
      if (dto.organization !== undefined) attendee.organization = blankToNull(dto.organization);
      if (dto.departmentId !== undefined) attendee.departmentId = dto.departmentId;
      if (dto.role !== undefined) attendee.role = dto.role;
      if (dto.attendance !== undefined) attendee.attendance = dto.attendance;
      if (dto.note !== undefined) attendee.note = blankToNull(dto.note);
      attendee.delegateName = delegateFor(
        attendee.attendance,
        dto.delegateName !== undefined ? dto.delegateName : attendee.delegateName,
      );
      return toAttendeeResponse(await manager.save(attendee));
    });
  }

  async remove(sessionId: number, attendeeId: number): Promise<void> {
    await this.transactions.run(async (manager) => {
      const attendee = await this.find(manager, sessionId, attendeeId);
      // Removed as a loaded entity so that entity listeners (the audit trail) see what was deleted.
      await manager.remove(attendee);
    });
  }

  /** An attendee is addressed through its session; one of another session is not found. */
  private async find(manager: EntityManager, sessionId: number, attendeeId: number): Promise<SessionAttendee> {
    await this.sessions.find(sessionId, manager);
    const attendee = await manager.findOneBy(SessionAttendee, { id: attendeeId, sessionId });
    if (!attendee) throw new NotFoundException(`Attendee ${attendeeId} not found in session ${sessionId}`);
    return attendee;
  }
}

/** A delegate's name belongs only to a delegated attendance, where it is required. */
function delegateFor(
  attendance: SessionAttendee['attendance'],
  delegateName: string | null | undefined,
): string | null {
  if (attendance !== 'delegated') return null;
  const name = blankToNull(delegateName);
  if (!name) {
    throw fieldError(['delegateName', 'delegateName is required when attendance is "delegated"']);
  }
  return name;
}

export function toAttendeeResponse(attendee: SessionAttendee): AttendeeResponse {
  return {
    id: attendee.id,
    sessionId: attendee.sessionId,
    fullName: attendee.fullName,
    position: attendee.position,
    organization: attendee.organization,
    departmentId: attendee.departmentId,
    role: attendee.role,
    attendance: attendee.attendance,
    delegateName: attendee.delegateName,
    note: attendee.note,
  };
}
