import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  EntityMetadata,
  EntitySubscriberInterface,
  InsertEvent,
  ObjectLiteral,
  QueryRunner,
  RemoveEvent,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  UpdateEvent,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { RelationMetadata } from 'typeorm/metadata/RelationMetadata';
import { RequestContext } from '../common/context/request-context';
import { AuditAction, AuditEntry, AuditValues } from './audit-entry.entity';
import { auditEntityName } from './audit-names';

/** Written as a marker when they change, never with their value. */
const REDACTED_COLUMNS = new Set(['passwordHash', 'feedToken']);
export const REDACTED = '[redacted]';

/**
 * Tables whose rows are not changes people make: the trail itself, and the
 * record of e-mails the system plans and sends (it is its own log, with status,
 * attempts and times, at GET /api/notifications), and sign-in sessions.
 */
const UNAUDITED_TABLES = new Set(['audit_entries', 'notifications', 'auth_sessions']);

/**
 * Records every insert, update and delete made through TypeORM entities, in the
 * same transaction as the change (through the event's query runner, just before
 * it commits), so a change and its trail commit or roll back together. The actor comes from the request
 * context; writes outside a request (seed, scheduled jobs) are the system's.
 */
@Injectable()
export class AuditSubscriber implements EntitySubscriberInterface, OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  async afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    if (!audited(event.metadata) || !event.entity) return;
    const after = snapshot(event.metadata, event.entity);
    await record(
      event.manager,
      event.metadata,
      'create',
      primaryKeyOf(event.metadata, event.entity),
      null,
      after,
      event.entity,
    );
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    if (!audited(event.metadata) || !event.entity) return;
    const entity = event.entity;
    const before = event.databaseEntity as ObjectLiteral | undefined;
    if (!before) {
      // A query-builder update: only the values set are known.
      const after = snapshot(event.metadata, entity);
      await record(event.manager, event.metadata, 'update', primaryKeyOf(event.metadata, entity), null, after, entity);
      return;
    }
    const columns = event.updatedColumns.filter(
      (column) => auditedColumn(column) && !column.isUpdateDate && !column.isVersion,
    );
    // TypeORM does not list many-to-many changes as updated relations: compare the id sets directly.
    const relations = event.metadata.manyToManyRelations.filter((relation) =>
      relationChanged(before[relation.propertyName], entity[relation.propertyName]),
    );
    if (columns.length === 0 && relations.length === 0) return;
    const current = { ...before, ...entity };
    await record(
      event.manager,
      event.metadata,
      'update',
      primaryKeyOf(event.metadata, current),
      snapshot(event.metadata, before, columns, relations),
      snapshot(event.metadata, current, columns, relations),
      current,
    );
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const entries = pending.get(event.queryRunner);
    // Savepoints release into their transaction; the entries are written when the outermost one commits.
    if (!entries || depthOf(event.queryRunner) > 1) return;
    pending.delete(event.queryRunner);
    await insertEntries(
      event.manager,
      entries.map(({ depth: _depth, ...entry }) => entry),
    );
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const entries = pending.get(event.queryRunner);
    if (!entries) return;
    const depth = event.queryRunner.isTransactionActive ? depthOf(event.queryRunner) : 0;
    const kept = entries.filter((entry) => entry.depth <= depth);
    if (kept.length > 0) pending.set(event.queryRunner, kept);
    else pending.delete(event.queryRunner);
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    if (!audited(event.metadata)) return;
    const before = (event.databaseEntity ?? event.entity) as ObjectLiteral | undefined;
    const identifier = event.entityId as unknown;
    const id =
      identifier !== null && typeof identifier === 'object'
        ? primaryKeyOf(event.metadata, identifier)
        : typeof identifier === 'number' || typeof identifier === 'string'
          ? String(identifier)
          : before
            ? primaryKeyOf(event.metadata, before)
            : null;
    await record(
      event.manager,
      event.metadata,
      'delete',
      id,
      before ? snapshot(event.metadata, before) : null,
      null,
      before ?? {},
    );
  }
}

function audited(metadata: EntityMetadata): boolean {
  return !UNAUDITED_TABLES.has(metadata.tableName) && metadata.target !== AuditEntry;
}

/** Columns the API does not expose (search text, hashes) are left out; hashes are marked when changed. */
function auditedColumn(column: ColumnMetadata): boolean {
  return column.isSelect || REDACTED_COLUMNS.has(column.propertyName);
}

function primaryKeyOf(metadata: EntityMetadata, entity: ObjectLiteral): string | null {
  const values = metadata.primaryColumns.map((column) => entity[column.propertyName] as unknown);
  if (values.some((value) => value === undefined || value === null)) return null;
  return values.map(String).join(':').slice(0, 64);
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value !== null && typeof value === 'object' && 'id' in value && !Array.isArray(value)) return value.id;
  return value;
}

function relationKey(relation: RelationMetadata): string {
  return `${relation.propertyName.replace(/s$/, '')}Ids`;
}

function relationChanged(before: unknown, after: unknown): boolean {
  if (!Array.isArray(before) || !Array.isArray(after)) return false;
  const ids = (items: unknown[]) =>
    items
      .map((item) => String(plain(item)))
      .sort()
      .join(',');
  return ids(before) !== ids(after);
}

/** The record's values (or only the given columns and relations), ready to store as JSON. */
function snapshot(
  metadata: EntityMetadata,
  entity: ObjectLiteral,
  columns: ColumnMetadata[] = metadata.columns,
  relations: RelationMetadata[] = metadata.manyToManyRelations,
): AuditValues {
  const values: AuditValues = {};
  for (const column of columns) {
    if (!auditedColumn(column)) continue;
    if (REDACTED_COLUMNS.has(column.propertyName)) {
      // Hashes are not loaded with the record, so "before" has no value to hide: the marker stands for both.
      values[column.propertyName] = REDACTED;
      continue;
    }
    const value = entity[column.propertyName] as unknown;
    if (value !== undefined) values[column.propertyName] = plain(value);
  }
  for (const relation of relations) {
    const related = entity[relation.propertyName] as unknown;
    if (Array.isArray(related)) {
      values[relationKey(relation)] = related.map((item) => plain(item)).sort((a, b) => Number(a) - Number(b));
    }
  }
  return values;
}

/** The task a record belongs to: the task itself, or the record's taskId column. */
function taskIdOf(metadata: EntityMetadata, entityId: string | null, record: ObjectLiteral): number | null {
  if (auditEntityName(metadata) === 'task')
    return entityId !== null && /^\d+$/.test(entityId) ? Number(entityId) : null;
  const taskId = record.taskId as unknown;
  return typeof taskId === 'number' && Number.isInteger(taskId) ? taskId : null;
}

type PendingEntry = Omit<AuditEntry, 'id'> & { depth: number };

/**
 * Entries of each open transaction, written together just before it commits:
 * one multi-row insert instead of a round trip per change. Each entry keeps the
 * transaction depth it was made at, so rolling back to a savepoint drops only
 * what that savepoint covered.
 */
const pending = new WeakMap<QueryRunner, PendingEntry[]>();

const depthOf = (queryRunner: QueryRunner) =>
  (queryRunner as unknown as { transactionDepth?: number }).transactionDepth ?? 1;

/** Rows per INSERT, well under SQLite's limit on bound parameters. */
const INSERT_CHUNK = 50;

async function insertEntries(manager: EntityManager, entries: Array<Omit<AuditEntry, 'id'>>): Promise<void> {
  for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEntry)
      .values(entries.slice(i, i + INSERT_CHUNK) as Array<QueryDeepPartialEntity<AuditEntry>>)
      .callListeners(false)
      .updateEntity(false)
      .execute();
  }
}

async function record(
  manager: EntityManager,
  metadata: EntityMetadata,
  action: AuditAction,
  entityId: string | null,
  before: AuditValues | null,
  after: AuditValues | null,
  source: ObjectLiteral,
): Promise<void> {
  const actor = RequestContext.actor();
  const entry: Omit<AuditEntry, 'id'> = {
    occurredAt: new Date(),
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    entity: auditEntityName(metadata),
    entityId,
    action,
    taskId: taskIdOf(metadata, entityId, source),
    before,
    after,
  };
  const queryRunner = manager.queryRunner;
  if (queryRunner?.isTransactionActive) {
    const entries = pending.get(queryRunner) ?? [];
    entries.push({ ...entry, depth: depthOf(queryRunner) });
    pending.set(queryRunner, entries);
    return;
  }
  // A write outside any transaction: there is no commit to wait for.
  await insertEntries(manager, [entry]);
}
