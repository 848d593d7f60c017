import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Actor, isDepartmentActor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { Page, pageOf } from '../common/pagination/page';
import { AppConfig } from '../config/app-config';
import { SqlDialect } from '../database/sql-dialect';
import { Department } from '../departments/department.entity';
import { dueRates } from '../periods/period-figures';
import { parsePeriodName, periodRange } from '../periods/period-range';
import { TaskOccurrence } from '../tasks/entities/task-occurrence.entity';
import { Task } from '../tasks/entities/task.entity';
import { attributionInstantSql, leadAtSql } from '../tasks/lead-history';
import { TaskStatus, taskStatusColumns, taskStatusSql } from '../tasks/task-status';
import { TaskRepository } from '../tasks/task.repository';
import { endOfLocalDay } from '../common/time/zoned-time';
import { DepartmentStats, DepartmentStatsQuery, StatsFilterQuery, StatusCounts } from './dto/stats.dto';
import { StatsCache } from './stats-cache';

type CountField =
  'inProgress' | 'dueSoon' | 'overdue' | 'standing' | 'awaitingConfirmation' | 'doneOnTime' | 'doneLate' | 'cancelled';

const FIELD_OF: Record<TaskStatus, CountField> = {
  in_progress: 'inProgress',
  due_soon: 'dueSoon',
  overdue: 'overdue',
  standing: 'standing',
  awaiting_confirmation: 'awaitingConfirmation',
  done_on_time: 'doneOnTime',
  done_late: 'doneLate',
  cancelled: 'cancelled',
};

function emptyCounts(): StatusCounts {
  return {
    total: 0,
    recurringPeriods: 0,
    inProgress: 0,
    dueSoon: 0,
    overdue: 0,
    standing: 0,
    noDeadline: 0,
    awaitingConfirmation: 0,
    doneOnTime: 0,
    doneLate: 0,
    cancelled: 0,
    due: 0,
    completionRate: null,
    onTimeRate: null,
    overdueRate: null,
  };
}

/**
 * Completes counts with `due` (deadline passed or completed) and the rates of
 * the period report, computed by the same function (period-figures.ts).
 */
export function withRates(counts: StatusCounts): void {
  counts.noDeadline = counts.standing;
  counts.due = counts.doneOnTime + counts.doneLate + counts.overdue;
  Object.assign(counts, dueRates({ ...counts, openOverdue: counts.overdue }));
}

/**
 * Task statistics by status, classified in the database by one grouped
 * aggregate over the status CASE expression. A task counts for the department
 * that leads it.
 */
@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly cache: StatsCache,
    private readonly dialect: SqlDialect,
    private readonly tasks: TaskRepository,
  ) {}

  /**
   * The departments page as the JSON bytes the route sends, cached as bytes: at
   * 50 concurrent dashboard requests, reading and serialising the 200
   * departments again for each one had become the cost of this route, and of
   * that, writing the page (about 68 KB of mostly unrounded rates and
   * Vietnamese names) out as JSON and then as UTF-8 cost several times what
   * sending the bytes does.
   */
  departmentsJson(query: DepartmentStatsQuery, actor: Actor): Promise<Buffer> {
    const key = this.cacheKey(`departments-json:${query.page}:${query.limit}`, query, actor);
    return this.cache.get(key, async () => Buffer.from(JSON.stringify(await this.departments(query, actor))));
  }

  /**
   * The departments page. Without `now` the counts may come from StatsCache (at
   * most STATS_CACHE_SECONDS old, dropped at any task change).
   */
  async departments(query: DepartmentStatsQuery, actor: Actor, now?: Date): Promise<Page<DepartmentStats>> {
    const byDepartment = await this.countsByDepartment(query, actor, now);
    // Plain rows rather than entities: hydrating every department (e-mail JSON, dates) on each
    // dashboard request cost more than the cached counts themselves.
    const departments = this.dataSource
      .getRepository(Department)
      .createQueryBuilder('d')
      .select(['"d"."id" AS "id"', '"d"."code" AS "code"', '"d"."name" AS "name"', '"d"."active" AS "active"'])
      .orderBy('"d"."code"', 'ASC');
    if (isDepartmentActor(actor)) departments.where('"d"."id" = :id', { id: actor.departmentId ?? 0 });
    const rows = (
      await departments.getRawMany<{ id: number | string; code: string; name: string; active: boolean | number }>()
    )
      .map((d) => ({ id: Number(d.id), code: d.code, name: d.name, active: Boolean(d.active) }))
      .filter((d) => d.active || byDepartment.has(d.id));
    const items = rows.slice(query.offset, query.offset + query.limit).map((d) => ({
      departmentId: d.id,
      code: d.code,
      name: d.name,
      ...(byDepartment.get(d.id) ?? emptyCounts()),
    }));
    return pageOf(items, rows.length, query);
  }

  async summary(query: StatsFilterQuery, actor: Actor, now?: Date): Promise<StatusCounts> {
    const compute = async (at: Date) => {
      const counts = emptyCounts();
      for (const row of await this.aggregate(query, actor, at, false)) add(counts, row);
      withRates(counts);
      return counts;
    };
    const counts = now
      ? await compute(now)
      : await this.cache.get(this.cacheKey('summary', query, actor), () => compute(new Date()));
    return { ...counts };
  }

  /**
   * Counts per lead department, for the departments that lead at least one
   * matching task. Without `now` the map may be shared with other callers
   * through StatsCache: read it, do not change it.
   */
  async countsByDepartment(
    query: StatsFilterQuery,
    actor: Actor,
    now?: Date,
  ): Promise<ReadonlyMap<number, StatusCounts>> {
    const compute = async (at: Date) => {
      const result = new Map<number, StatusCounts>();
      for (const row of await this.aggregate(query, actor, at, true)) {
        const id = Number(row.departmentId);
        const counts = result.get(id) ?? emptyCounts();
        add(counts, row);
        result.set(id, counts);
      }
      for (const counts of result.values()) withRates(counts);
      return result;
    };
    return now ? compute(now) : this.cache.get(this.cacheKey('departments', query, actor), () => compute(new Date()));
  }

  private cacheKey(what: string, query: StatsFilterQuery, actor: Actor): string {
    return JSON.stringify([
      what,
      isDepartmentActor(actor) ? (actor.departmentId ?? 0) : 'all',
      query.sessionId ?? null,
      query.from ?? null,
      query.to ?? null,
      query.documentId ?? null,
      query.leaderId ?? null,
      query.period ?? null,
    ]);
  }

  private async aggregate(
    query: StatsFilterQuery,
    actor: Actor,
    now: Date,
    byDepartment: boolean,
  ): Promise<AggregateRow[]> {
    const parameters = {
      ...this.tasks.statusParameters(now),
      leadCutoff: this.dialect.instant(this.cutoffOf(query, now)),
    };
    // A task passed to a successor counts for the unit in force at the cut-off, or at its completion if before.
    const successions = byDepartment && (await this.anySuccession());
    const leadOf = (completedAt: string) =>
      successions
        ? leadAtSql('"t"."id"', '"t"."leadDepartmentId"', attributionInstantSql(completedAt, ':leadCutoff'))
        : '"t"."leadDepartmentId"';
    const tasks = this.dataSource
      .getRepository(Task)
      .createQueryBuilder('t')
      .select(this.tasks.statusSql('t'), 'status')
      .addSelect('COUNT(*)', 'count')
      .setParameters(parameters)
      .groupBy('"status"');
    if (byDepartment) tasks.addSelect(leadOf('"t"."completedAt"'), 'departmentId').addGroupBy('"departmentId"');
    this.applyFilters(tasks, query, actor, false);
    // A recurring task counts by its occurrences, each classified as a task is, with the task's cancellation.
    tasks.andWhere(`"t"."kind" <> 'recurring'`);

    const occurrenceColumns = { ...taskStatusColumns('o'), cancelledAt: '"t"."cancelledAt"' };
    const occurrences = this.dataSource
      .getRepository(TaskOccurrence)
      .createQueryBuilder('o')
      .innerJoin('o.task', 't')
      .select(taskStatusSql(occurrenceColumns), 'status')
      .addSelect('COUNT(*)', 'count')
      .setParameters(parameters)
      .groupBy('"status"');
    if (byDepartment) occurrences.addSelect(leadOf('"o"."completedAt"'), 'departmentId').addGroupBy('"departmentId"');
    this.applyFilters(occurrences, query, actor, true);
    const periods = (await occurrences.getRawMany<AggregateRow>()).map((row) => ({ ...row, recurring: true }));
    return [...(await tasks.getRawMany<AggregateRow>()), ...periods];
  }

  /** The cut-off of a query: the end of its last day (`to` or the period's) when that has passed, else now. */
  private cutoffOf(query: StatsFilterQuery, now: Date): Date {
    const { to } = this.assignedRange(query);
    if (to === undefined) return now;
    const end = endOfLocalDay(to, this.config.timeZone);
    return end.getTime() < now.getTime() ? end : now;
  }

  /** Whether any task ever passed to a successor: until one has, the lead is the task's own column. */
  private async anySuccession(): Promise<boolean> {
    const row = await this.dataSource.query<unknown[]>('SELECT 1 FROM "task_department_changes" LIMIT 1');
    return row.length > 0;
  }

  /**
   * The filters of a statistics query. For occurrences (`o`, joined to their
   * task `t`) a date range selects the occurrences due in it; without one, those
   * completed or due so far and each task's next open one, not the future ones
   * generated ahead.
   */
  private applyFilters(
    builder: SelectQueryBuilder<Task> | SelectQueryBuilder<TaskOccurrence>,
    query: StatsFilterQuery,
    actor: Actor,
    forOccurrences: boolean,
  ): void {
    builder.where('1 = 1');
    if (isDepartmentActor(actor)) {
      builder.andWhere('"t"."leadDepartmentId" = :scopeDepartmentId', { scopeDepartmentId: actor.departmentId ?? 0 });
    }
    if (query.sessionId !== undefined) builder.andWhere('"t"."sessionId" = :sessionId', { sessionId: query.sessionId });
    if (query.documentId !== undefined)
      builder.andWhere('"t"."documentId" = :documentId', { documentId: query.documentId });
    if (query.leaderId !== undefined) builder.andWhere('"t"."leaderId" = :leaderId', { leaderId: query.leaderId });
    const range = this.assignedRange(query);
    if (forOccurrences) {
      if (range.from !== undefined) builder.andWhere('"o"."dueDate" >= :from', { from: range.from });
      if (range.to !== undefined) builder.andWhere('"o"."dueDate" <= :to', { to: range.to });
      if (range.from === undefined && range.to === undefined) {
        builder.andWhere(
          '("o"."completedAt" IS NOT NULL OR "o"."dueAt" <= :statusNow' +
            ' OR "o"."dueAt" <= (SELECT MIN("n"."dueAt") FROM "task_occurrences" "n"' +
            ' WHERE "n"."taskId" = "o"."taskId" AND "n"."completedAt" IS NULL))',
        );
      }
      return;
    }
    if (range.from !== undefined || range.to !== undefined) {
      // The assignment date is the assigning document's date, never when the row was created.
      builder.innerJoin('t.document', 'd');
      if (range.from !== undefined) builder.andWhere('"d"."issuedOn" >= :from', { from: range.from });
      if (range.to !== undefined) builder.andWhere('"d"."issuedOn" <= :to', { to: range.to });
    }
  }

  private assignedRange(query: StatsFilterQuery): { from?: string; to?: string } {
    if (query.period !== undefined) {
      if (query.from !== undefined || query.to !== undefined)
        throw fieldError(['period', 'give either period or from/to']);
      const period = parsePeriodName(query.period);
      if (!period) throw fieldError(['period', 'must look like 2024-01, 2024-Q1, 2024-H1 or 2024']);
      return periodRange(period, this.config.environment.PERIOD_CUTOFF_DAY);
    }
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw fieldError(['to', 'must not be before from']);
    }
    return { from: query.from, to: query.to };
  }
}

type AggregateRow = {
  departmentId?: number | string;
  status: TaskStatus;
  count: number | string;
  /** Counted periods of recurring tasks rather than tasks. */
  recurring?: boolean;
};

function add(counts: StatusCounts, row: AggregateRow): void {
  const count = Number(row.count);
  counts[FIELD_OF[row.status]] += count;
  counts.total += count;
  if (row.recurring) counts.recurringPeriods += count;
}
