import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { Brackets, Repository } from 'typeorm';
import { fieldError } from '../common/http/field-error';
import { Page, pageOf } from '../common/pagination/page';
import { AppConfig } from '../config/app-config';
import { actorNamesOf } from './actor-names';
import { AuditEntry } from './audit-entry.entity';
import { assertMayReadEntriesOf, readsAccountEntries } from './audit.policy';
import { AuditEntryResponse, AuditQuery } from './dto/audit.dto';

function toResponse(entry: AuditEntry, names: ReadonlyMap<number, string>): AuditEntryResponse {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorId: entry.actorId,
    actorName: entry.actorId === null ? null : (names.get(entry.actorId) ?? null),
    actorRole: entry.actorRole,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    taskId: entry.taskId,
    before: entry.before,
    after: entry.after,
  };
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    private readonly config: AppConfig,
  ) {}

  /** Newest first. `entity=task&entityId=N` is the task's whole history, its progress, extensions and deadlines included. */
  async list(query: AuditQuery, actor: Actor): Promise<Page<AuditEntryResponse>> {
    assertMayReadEntriesOf(actor, query.entity);
    const accountsHidden = !readsAccountEntries(actor);
    if (query.entityId !== undefined && query.entity === undefined) {
      throw fieldError(['entityId', 'entityId needs entity, e.g. entity=task&entityId=12']);
    }
    const from = query.from !== undefined ? this.bound('from', query.from, 'start') : undefined;
    const to = query.to !== undefined ? this.bound('to', query.to, 'end') : undefined;
    const qb = this.entries.createQueryBuilder('a').orderBy('a.id', 'DESC').skip(query.offset).take(query.limit);
    if (query.entity === 'task' && query.entityId !== undefined) {
      const taskId = /^[1-9]\d{0,14}$/.test(query.entityId) ? Number(query.entityId) : -1;
      qb.andWhere(
        new Brackets((where) =>
          where
            .where('a.entity = :entity AND a.entityId = :entityId', { entity: query.entity, entityId: query.entityId })
            .orWhere('a.taskId = :taskId', { taskId }),
        ),
      );
    } else {
      if (query.entity !== undefined) qb.andWhere('a.entity = :entity', { entity: query.entity });
      if (query.entityId !== undefined) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    }
    if (accountsHidden) qb.andWhere('a.entity <> :account', { account: 'user' });
    if (query.actorId !== undefined) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (from) qb.andWhere('a.occurredAt >= :from', { from });
    if (to) qb.andWhere('a.occurredAt <= :to', { to });
    const [rows, total] = await qb.getManyAndCount();
    const names = await actorNamesOf(this.entries.manager, rows);
    return pageOf(
      rows.map((row) => toResponse(row, names)),
      total,
      query,
    );
  }

  /** A date means its first or last moment in APP_TIMEZONE; an instant without offset is local time there too. */
  private bound(field: 'from' | 'to', value: string, edge: 'start' | 'end'): Date {
    const parsed = DateTime.fromISO(value, { zone: this.config.timeZone, setZone: true });
    if (!parsed.isValid) throw fieldError([field, `${field} is not a valid date or instant`]);
    const isDate = value.length === 10;
    return (isDate ? (edge === 'start' ? parsed.startOf('day') : parsed.endOf('day')) : parsed).toJSDate();
  }
}
