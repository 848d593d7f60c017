import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { Actor, isDepartmentActor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { addCalendarDays, endOfLocalDay } from '../common/time/zoned-time';
import { AppConfig } from '../config/app-config';
import { countOf } from '../database/raw-sql';
import { ReadConnections } from '../database/read-connections';
import { LexemeQuery, SqlDialect } from '../database/sql-dialect';
import { Department } from '../departments/department.entity';
import { DocumentSummary } from '../documents/dto/document.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { LeaderSummary } from './dto/task.response';
import { Task } from './entities/task.entity';
import {
  TASK_SEARCH_MATCHES,
  TASK_WORDS,
  TASK_WORDS_BY_DEADLINE,
  taskSearchCondition,
  taskSearchLexemes,
  taskSearchWordsQuery,
} from './task-search';
import {
  dueSoonLimit,
  TaskStatus,
  taskStatusColumns,
  taskStatusConditionSql,
  taskStatusSql,
  taskUrgencyOrderSql,
} from './task-status';

/** The filters of a task list (the list route's query, paging aside). */
export type TaskFilter = Omit<ListTasksQuery, 'page' | 'limit' | 'offset'>;

/**
 * A task row as the API answers it, with the document and leader it names and
 * what it carries from other tables (cooperating departments, a pending
 * extension request): read without building entities.
 */
export interface TaskRow {
  task: Task;
  document: DocumentSummary;
  leader: LeaderSummary | null;
  /** Ascending. */
  supportDepartmentIds: number[];
  pendingExtension: boolean;
}

/** A statement and its positional parameters, as the driver runs it. */
export type Statement = [sql: string, parameters: unknown[]];

/**
 * The one place that reads tasks: which tasks a department works on (it leads
 * them or cooperates through `task_support_departments`), the status, date and
 * text filters, the list's pages, row locks and the join-table reads. Features
 * (tasks, statistics, digests, sessions, documents, notifications, periods,
 * successions) ask it rather than writing that SQL themselves. Task rows are
 * alias `t` in every condition it returns.
 */
@Injectable()
export class TaskRepository {
  private columnsCache?: ColumnMetadata[];
  private noticeStatementCache?: { taskColumns: ColumnMetadata[]; departmentColumns: ColumnMetadata[]; sql: string };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dialect: SqlDialect,
    private readonly config: AppConfig,
    private readonly reads: ReadConnections,
  ) {}

  // --- Conditions other features add to their own queries -------------------------------------------------------

  /**
   * The ids of the tasks the department `:param` leads or cooperates on: a few
   * hundred ids from two indexes. Given `statuses`, only those tasks whose
   * status is one of them (parameters as statusParameters): the lead branch is
   * then answered from IDX_tasks_lead_status alone, and the cooperating branch
   * keeps only the matching rows, so that a department's filtered list visits
   * the few tasks it shows rather than every task the department has.
   */
  departmentTaskIdsSql(param: string, statuses: readonly TaskStatus[] = []): string {
    if (statuses.length === 0) {
      return (
        `SELECT "l"."id" FROM "tasks" "l" WHERE "l"."leadDepartmentId" = :${param}` +
        ` UNION SELECT "s"."taskId" FROM "task_support_departments" "s" WHERE "s"."departmentId" = :${param}`
      );
    }
    return (
      `SELECT "l"."id" FROM "tasks" "l" WHERE "l"."leadDepartmentId" = :${param}` +
      ` AND (${this.statusConditionSql(statuses, 'l')})` +
      ` UNION SELECT "s"."taskId" FROM "task_support_departments" "s"` +
      ` INNER JOIN "tasks" "x" ON "x"."id" = "s"."taskId"` +
      ` WHERE "s"."departmentId" = :${param} AND (${this.statusConditionSql(statuses, 'x')})`
    );
  }

  /**
   * `column` (a task id) is one of the department `:param`'s tasks (with one of
   * `statuses`, when given), as key lookups (SqlDialect.idIn: given the
   * subquery itself, PostgreSQL estimates a hash join against a scan of every
   * task as cheaper, which it is not).
   */
  worksOnSql(column: string, param: string, statuses: readonly TaskStatus[] = []): string {
    return this.dialect.idIn(column, this.departmentTaskIdsSql(param, statuses));
  }

  /**
   * The task `t` is one the department `:param` leads or cooperates on, checked
   * row by row: for counts over a few rows already narrowed (a session's, a document's).
   */
  seenBySql(param: string): string {
    return (
      `("t"."leadDepartmentId" = :${param} OR EXISTS (SELECT 1 FROM "task_support_departments" "s"` +
      ` WHERE "s"."taskId" = "t"."id" AND "s"."departmentId" = :${param}))`
    );
  }

  /** The parameters `statusNow` and `statusSoon` of the status SQL, for the instant `now`. */
  statusParameters(now: Date): { statusNow: Date | string; statusSoon: Date | string } {
    return {
      statusNow: this.dialect.instant(now),
      statusSoon: this.dialect.instant(dueSoonLimit(now, this.config.dueSoonDays)),
    };
  }

  /** The status of the task `alias` (a CASE over its columns); see statusParameters. */
  statusSql(alias = 't'): string {
    return taskStatusSql(taskStatusColumns(alias));
  }

  /** Tasks `alias` whose status is one of `statuses`, on the indexed columns; see statusParameters. */
  statusConditionSql(statuses: readonly TaskStatus[], alias = 't'): string {
    return taskStatusConditionSql(statuses, taskStatusColumns(alias));
  }

  /** The first and last instants of the local days from `from` to `to` (APP_TIMEZONE), as parameters. */
  localDayBounds(from?: string, to?: string): { from?: Date | string; to?: Date | string } {
    const zone = this.config.timeZone;
    return {
      ...(from !== undefined
        ? { from: this.dialect.instant(new Date(endOfLocalDay(addCalendarDays(from, -1), zone).getTime() + 1)) }
        : {}),
      ...(to !== undefined ? { to: this.dialect.instant(endOfLocalDay(to, zone)) } : {}),
    };
  }

  // --- The list -------------------------------------------------------------------------------------------------

  /**
   * The tasks matching `filter` that `actor` may see, as a query on `tasks t`
   * (no select, no order); `searching` tells whether a text search is part of it.
   * With `lexemes` (see searchLexemes), `t` is instead the tasks TASK_SEARCH_MATCHES
   * finds for them, with every column `filter` then reads.
   */
  filtered(
    filter: TaskFilter,
    actor: Actor,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
    lexemes: LexemeQuery | null = null,
  ): { query: SelectQueryBuilder<ObjectLiteral>; searching: boolean } {
    const query = lexemes
      ? manager
          .createQueryBuilder()
          .from(
            `(SELECT * FROM "${TASK_SEARCH_MATCHES}"(CAST(:lexemes AS tsquery), CAST(:checkedLexemes AS tsquery)))`,
            't',
          )
          .setParameters({ lexemes: lexemes.indexed, checkedLexemes: lexemes.checked })
      : manager.createQueryBuilder().from('tasks', 't');
    query.where('1 = 1');
    // The status is also checked inside the department's ids (see departmentTaskIdsSql).
    const statuses = filter.status ?? [];
    const statusParameters = statuses.length > 0 ? this.statusParameters(now) : {};
    if (isDepartmentActor(actor)) {
      if (actor.departmentId === null) query.andWhere('1 = 0');
      else
        query.andWhere(this.worksOnSql('"t"."id"', 'scopeDepartmentId', statuses), {
          scopeDepartmentId: actor.departmentId,
          ...statusParameters,
        });
    }
    if (filter.departmentId !== undefined) {
      query.andWhere(this.worksOnSql('"t"."id"', 'departmentId', statuses), {
        departmentId: filter.departmentId,
        ...statusParameters,
      });
    }
    const equal = (column: keyof Task, value: unknown) => {
      if (value !== undefined) query.andWhere(`"t"."${column}" = :${column}`, { [column]: value });
    };
    equal('leadDepartmentId', filter.leadDepartmentId);
    equal('sessionId', filter.sessionId);
    equal('documentId', filter.documentId);
    equal('leaderId', filter.leaderId);
    equal('kind', filter.kind);
    equal('isKey', filter.isKey);
    if (filter.supportDepartmentId !== undefined) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM "task_support_departments" "sd" WHERE "sd"."taskId" = "t"."id" AND "sd"."departmentId" = :supportDepartmentId)',
        { supportDepartmentId: filter.supportDepartmentId },
      );
    }
    if (filter.documentKind !== undefined) {
      query.andWhere(
        '"t"."documentId" IN (SELECT "doc"."id" FROM "documents" "doc" WHERE "doc"."kind" = :documentKind)',
        {
          documentKind: filter.documentKind,
        },
      );
    }
    if (filter.dueFrom !== undefined && filter.dueTo !== undefined && filter.dueFrom > filter.dueTo) {
      throw fieldError(['dueTo', 'must not be before dueFrom']);
    }
    const due = this.localDayBounds(filter.dueFrom, filter.dueTo);
    if (due.from !== undefined) query.andWhere('"t"."dueAt" >= :dueFrom', { dueFrom: due.from });
    if (due.to !== undefined) query.andWhere('"t"."dueAt" <= :dueTo', { dueTo: due.to });
    if (filter.status !== undefined && filter.status.length > 0) {
      query.andWhere(this.statusConditionSql(filter.status), this.statusParameters(now));
    }
    const search = !lexemes && filter.q !== undefined ? taskSearchCondition(this.dialect, filter.q) : null;
    if (search) query.andWhere(search.sql, search.params);
    return { query, searching: lexemes !== null || search !== null };
  }

  /**
   * The search of `filter` as TASK_SEARCH_MATCHES takes it, when that function
   * answers it, every other filter given reads only the columns it returns
   * (status, deadline) and `actor` sees every task; else null. A search for
   * common words matches thousands of tasks whose status and order must all be
   * read: there from a few narrow pages. A department's search starts from its
   * few hundred tasks instead (departmentTaskIdsSql), on the tasks table.
   */
  private searchLexemes(filter: TaskFilter, actor: Actor): LexemeQuery | null {
    const q = officeSearchWithOnly(filter, actor, SEARCH_MATCHES_FILTERS);
    return q === null ? null : taskSearchLexemes(this.dialect, q);
  }

  /**
   * The ids of one page of the list, in order, and the number of matching tasks.
   * A text search or a department's tasks match a few hundred to a few thousand
   * rows, found through the word index or the department's ids: counting them
   * in the same pass (a window count) and sorting only their ids and sort keys
   * costs one pass, where a separate COUNT and a page read in deadline order
   * find them twice (or walk the whole table in index order when the words are
   * rare). The whole list, narrowed by neither, keeps the COUNT and the LIMIT
   * read: its page comes from the deadline index without sorting every task.
   */
  pageQueries(
    filter: TaskFilter,
    page: { limit: number; offset: number },
    actor: Actor,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): {
    ids: SelectQueryBuilder<ObjectLiteral>;
    count: SelectQueryBuilder<ObjectLiteral>;
    onePass: boolean;
    /** Whether the page's best plan is the same whatever its parameters (no text search): see ReadConnections.query. */
    keepPrepared: boolean;
    /**
     * The page read by ordering every match, when `ids` reads it from the
     * first matches in deadline order (TASK_WORDS_BY_DEADLINE): for the page
     * whose rows there say `pageKnown` 0 (see deadlineOrderedPage).
     */
    everyMatchIds?: SelectQueryBuilder<ObjectLiteral>;
  } {
    const { query, searching } = this.filtered(filter, actor, now, manager, this.searchLexemes(filter, actor));
    const count = query.clone().select('COUNT(*)', 'count');
    const onePass = searching || filter.departmentId !== undefined || isDepartmentActor(actor);
    const keepPrepared = !searching;
    if (!onePass) {
      const ids = orderAsListed(query.clone(), filter.sort).select('"t"."id"', 'id');
      return { ids: ids.limit(page.limit).offset(page.offset), count, onePass, keepPrepared };
    }
    let source = query.clone();
    if (this.dialect.pagesReadMatchesFirst) {
      // The matches with the columns their order reads, under the alias "t" the order refers to.
      const matches = query.clone().select(`"t"."${LIST_ORDER_COLUMNS[0]}"`, LIST_ORDER_COLUMNS[0]);
      for (const column of LIST_ORDER_COLUMNS.slice(1)) matches.addSelect(`"t"."${column}"`, column);
      source = manager
        .createQueryBuilder()
        .addCommonTableExpression(matches, 'list_matches', { materialized: true })
        .from('list_matches', 't');
    }
    const ids = orderAsListed(source, filter.sort)
      .select('"t"."id"', 'id')
      .addSelect('COUNT(*) OVER ()', 'matchCount')
      .limit(page.limit)
      .offset(page.offset);
    const words = this.searchWordsInDeadlineOrder(filter, actor);
    if (words !== null) {
      return { ids: this.deadlineOrderedPage(words, page, manager), count, onePass, keepPrepared, everyMatchIds: ids };
    }
    return { ids, count, onePass, keepPrepared };
  }

  /**
   * The search of `filter` as the MATCH query of TASK_WORDS_BY_DEADLINE, when
   * its page can be read there: the office's search in the default order with
   * no other filter, of words only; else null. A department's search starts
   * from its own few hundred tasks, and a status, a phrase of several words or
   * punctuation are tested on the tasks table.
   */
  private searchWordsInDeadlineOrder(filter: TaskFilter, actor: Actor): string | null {
    if ((filter.sort ?? 'dueAt') !== 'dueAt') return null;
    const q = officeSearchWithOnly(filter, actor, DEADLINE_ORDER_FILTERS);
    return q === null ? null : taskSearchWordsQuery(this.dialect, q);
  }

  /**
   * One page of the matches of `words` in the list's default order, read from
   * the first matches of TASK_WORDS_BY_DEADLINE, whose rowid holds the minute
   * of the deadline above the id: those of the page and DEADLINE_MINUTE_MARGIN
   * more, sorted by their deadlines to the millisecond. That is the page
   * whenever the last match read falls in a later minute than the page's
   * last, or every match was read (`pageKnown` 1); else (more tasks due within
   * one minute than the margin) the caller reads everyMatchIds. The count of
   * every match comes from TASK_WORDS, whose rowids are the ids.
   */
  private deadlineOrderedPage(
    words: string,
    page: { limit: number; offset: number },
    manager: EntityManager,
  ): SelectQueryBuilder<ObjectLiteral> {
    const end = page.offset + page.limit;
    const read = end + DEADLINE_MINUTE_MARGIN;
    const firsts =
      `SELECT rowid AS "key" FROM "${TASK_WORDS_BY_DEADLINE}" ` +
      `WHERE "${TASK_WORDS_BY_DEADLINE}" MATCH :words ORDER BY rowid LIMIT ${read}`;
    const minuteOf = (key: string) => `(${key} >> 32)`;
    const pageKnown =
      `CASE WHEN (SELECT COUNT(*) FROM "firsts") < ${read} ` +
      `OR (SELECT ${minuteOf('"key"')} FROM "firsts" ORDER BY "key" LIMIT 1 OFFSET ${end - 1}) ` +
      `< (SELECT ${minuteOf('MAX("key")')} FROM "firsts") THEN 1 ELSE 0 END`;
    const matches = manager
      .createQueryBuilder()
      .addCommonTableExpression(firsts, 'firsts')
      .from('firsts', 'f')
      .innerJoin('tasks', 't', `"t"."id" = ("f"."key" & ${2 ** 32 - 1})`)
      .setParameter('words', words);
    return orderAsListed(matches, 'dueAt')
      .select('"t"."id"', 'id')
      .addSelect(`(SELECT COUNT(*) FROM "${TASK_WORDS}" WHERE "${TASK_WORDS}" MATCH :words)`, 'matchCount')
      .addSelect(pageKnown, 'pageKnown')
      .limit(page.limit)
      .offset(page.offset);
  }

  /** One page of the list: its tasks' ids in order and the number of matching tasks. */
  async page(
    filter: TaskFilter,
    page: { limit: number; offset: number },
    actor: Actor,
    now: Date,
  ): Promise<{ ids: number[]; total: number }> {
    const { ids, count, onePass, keepPrepared, everyMatchIds } = this.pageQueries(filter, page, actor, now);
    const countAll = async () => countOf((await this.read<{ count: unknown }>(count, keepPrepared))[0]?.count);
    if (onePass) {
      type Hit = { id: number | string; matchCount: unknown; pageKnown?: unknown };
      let hits = await this.read<Hit>(ids, keepPrepared);
      if (everyMatchIds && hits.length > 0 && Number(hits[0].pageKnown) !== 1) {
        hits = await this.read<Hit>(everyMatchIds, keepPrepared);
      }
      const total = hits.length > 0 ? countOf(hits[0].matchCount) : await countAll();
      return { ids: hits.map((h) => Number(h.id)), total };
    }
    const total = await countAll();
    if (total <= page.offset) return { ids: [], total };
    return { ids: (await this.read<{ id: number | string }>(ids, keepPrepared)).map((h) => Number(h.id)), total };
  }

  /** Every id the list would answer for `filter` and `actor`, in its order (for exports). */
  async allIds(filter: TaskFilter, actor: Actor, now: Date): Promise<number[]> {
    const { query } = this.filtered(filter, actor, now);
    const rows = await this.read<{ id: number | string }>(orderAsListed(query, filter.sort).select('"t"."id"', 'id'));
    return rows.map((r) => Number(r.id));
  }

  /** The raw rows of a list query built on the data source's manager, read outside any transaction (ReadConnections). */
  private read<T>(query: SelectQueryBuilder<ObjectLiteral>, keepPrepared = false): Promise<T[]> {
    return this.reads.query<T>(this.dataSource.manager, ...(query.getQueryAndParameters() as Statement), {
      keepPrepared,
    });
  }

  // --- Rows by id -----------------------------------------------------------------------------------------------

  /**
   * The statement reading the tasks `ids` with their document and leader, their
   * cooperating departments and whether an extension request is pending (see rows).
   */
  rowsStatement(ids: number[], manager: EntityManager = this.dataSource.manager): Statement {
    const values: Array<[expression: string, name: string]> = [
      ...this.taskColumns().map((c): [string, string] => [`"t"."${c.databaseName}"`, c.databaseName]),
      ...['kind', 'number', 'issuedOn', 'summary'].map((c): [string, string] => [`"d"."${c}"`, `d_${c}`]),
      ['"u"."fullName"', 'u_fullName'],
      ['"u"."leaderTitle"', 'u_leaderTitle'],
      [
        `(SELECT ${this.dialect.joinedIds('"s"."departmentId"')} FROM "task_support_departments" "s"` +
          ` WHERE "s"."taskId" = "t"."id")`,
        'l_supportDepartmentIds',
      ],
      [
        `(CASE WHEN EXISTS (SELECT 1 FROM "task_extensions" "e" WHERE "e"."taskId" = "t"."id"` +
          ` AND "e"."status" = 'pending') THEN 1 ELSE 0 END)`,
        'l_pendingExtension',
      ],
    ];
    const select = this.dialect.rowsAsJson
      ? // Each row as one JSON object of the same names and raw values (see SqlDialect.rowsAsJson).
        `json_object(${values.map(([expression, name]) => `'${name}', ${expression}`).join(', ')}) AS "row"`
      : values.map(([expression, name]) => `${expression} AS "${name}"`).join(', ');
    return manager
      .createQueryBuilder()
      .select(select)
      .from('tasks', 't')
      .innerJoin('documents', 'd', '"d"."id" = "t"."documentId"')
      .leftJoin('users', 'u', '"u"."id" = "t"."leaderId"')
      .where(this.dialect.anyOf('"t"."id"', 'ids'), { ids })
      .getQueryAndParameters() as Statement;
  }

  /**
   * The tasks `ids`, in that order (missing ones left out), each with its
   * document, leader, cooperating departments and pending extension request,
   * in one query and without building entities: the columns are converted as
   * TypeORM converts them (dates, booleans, JSON).
   */
  async rows(ids: number[], manager: EntityManager = this.dataSource.manager): Promise<TaskRow[]> {
    if (ids.length === 0) return [];
    const raw = await this.reads.query<Record<string, unknown>>(manager, ...this.rowsStatement(ids, manager), {
      keepPrepared: true,
    });
    return this.rowsFrom(raw, ids, manager);
  }

  /** Converts the raw rows of rowsStatement, in the order of `ids`. */
  rowsFrom(raw: Record<string, unknown>[], ids: number[], manager: EntityManager = this.dataSource.manager): TaskRow[] {
    const driver = manager.connection.driver;
    const columns = this.taskColumns();
    const byId = new Map<number, TaskRow>();
    for (const read of raw) {
      const record = this.dialect.rowsAsJson ? (JSON.parse(read.row as string) as Record<string, unknown>) : read;
      const task = {} as Record<string, unknown>;
      for (const column of columns)
        task[column.propertyName] = driver.prepareHydratedValue(record[column.databaseName], column);
      const row = task as unknown as Task;
      byId.set(row.id, {
        task: row,
        document: {
          id: row.documentId,
          kind: record.d_kind as DocumentSummary['kind'],
          number: record.d_number as string | null,
          issuedOn: record.d_issuedOn as string,
          summary: record.d_summary as string,
        },
        leader:
          row.leaderId !== null && record.u_fullName != null
            ? {
                id: row.leaderId,
                fullName: record.u_fullName as string,
                leaderTitle: (record.u_leaderTitle ?? null) as LeaderSummary['leaderTitle'],
              }
            : null,
        supportDepartmentIds: idsOf(record.l_supportDepartmentIds),
        pendingExtension: Number(record.l_pendingExtension) === 1,
      });
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Cooperating department ids of each task (ascending), for many tasks: in chunks the driver accepts. */
  async supportDepartmentIds(
    ids: number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>();
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const chunk = ids.slice(i, i + ID_CHUNK);
      const rows = await manager
        .createQueryBuilder()
        .select('"s"."taskId"', 'taskId')
        .addSelect('"s"."departmentId"', 'departmentId')
        .from('task_support_departments', 's')
        .where('"s"."taskId" IN (:...chunk)', { chunk })
        .orderBy('"s"."departmentId"', 'ASC')
        .getRawMany<{ taskId: number | string; departmentId: number | string }>();
      for (const row of rows) appendTo(result, Number(row.taskId), Number(row.departmentId));
    }
    return result;
  }

  /** Whether the department cooperates on the task. */
  async supports(manager: EntityManager, taskId: number, departmentId: number): Promise<boolean> {
    const found = await manager
      .createQueryBuilder()
      .select('1', 'found')
      .from('task_support_departments', 's')
      .where('"s"."taskId" = :taskId AND "s"."departmentId" = :departmentId', { taskId, departmentId })
      .getRawOne();
    return found !== undefined;
  }

  /**
   * What a reminder or an overdue notice to `departmentId` about `taskId` is
   * decided and written from, in one read of committed rows: the department,
   * the task with its lead department's name, and the department's role on
   * it. Null when the department does not exist; `task` null when the task
   * does not. Columns are converted as TypeORM converts them into entities.
   */
  async noticeFacts(taskId: number, departmentId: number): Promise<NoticeFacts | null> {
    const { taskColumns, departmentColumns, sql: namedSql } = this.noticeStatement();
    const manager = this.dataSource.manager;
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
      namedSql,
      { taskId, departmentId },
      {},
    );
    const [record] = await this.reads.query<Record<string, unknown>>(manager, sql, parameters, { keepPrepared: true });
    if (!record) return null;
    const driver = manager.connection.driver;
    const read = <T>(prefix: string, columns: ColumnMetadata[]) =>
      Object.fromEntries(
        columns.map((c) => [c.propertyName, driver.prepareHydratedValue(record[`${prefix}_${c.propertyName}`], c)]),
      ) as T;
    return {
      department: read<NoticeFacts['department']>('d', departmentColumns),
      task: record.t_id == null ? null : read<NonNullable<NoticeFacts['task']>>('t', taskColumns),
      leadDepartmentName: (record.leadDepartmentName as string | null) ?? '',
      role: (record.role as NoticeFacts['role'] | undefined) ?? null,
    };
  }

  /** The statement of noticeFacts and the columns it reads, built once: a notice is read per reminder sent. */
  private noticeStatement(): { taskColumns: ColumnMetadata[]; departmentColumns: ColumnMetadata[]; sql: string } {
    if (this.noticeStatementCache) return this.noticeStatementCache;
    const taskColumns = NOTICE_TASK_COLUMNS.map((name) => this.columnOf(Task, name));
    const departmentColumns = NOTICE_DEPARTMENT_COLUMNS.map((name) => this.columnOf(Department, name));
    const select = [
      ...departmentColumns.map((c) => `"d"."${c.databaseName}" AS "d_${c.propertyName}"`),
      ...taskColumns.map((c) => `"t"."${c.databaseName}" AS "t_${c.propertyName}"`),
      '"ld"."name" AS "leadDepartmentName"',
      `(CASE WHEN "t"."leadDepartmentId" = "d"."id" THEN 'lead'
             WHEN EXISTS (SELECT 1 FROM "task_support_departments" "s"
                           WHERE "s"."taskId" = "t"."id" AND "s"."departmentId" = "d"."id") THEN 'cooperating'
        END) AS "role"`,
    ].join(', ');
    const sql = `SELECT ${select} FROM "departments" "d"
         LEFT JOIN "tasks" "t" ON "t"."id" = :taskId
         LEFT JOIN "departments" "ld" ON "ld"."id" = "t"."leadDepartmentId"
        WHERE "d"."id" = :departmentId`;
    this.noticeStatementCache = { taskColumns, departmentColumns, sql };
    return this.noticeStatementCache;
  }

  private columnOf(entity: typeof Task | typeof Department, propertyName: string): ColumnMetadata {
    const column = this.dataSource.getMetadata(entity).findColumnWithPropertyName(propertyName);
    if (!column) throw new Error(`${entity.name} has no column ${propertyName}`);
    return column;
  }

  // --- Locks ----------------------------------------------------------------------------------------------------

  /**
   * Loads a task for a write, its row locked until the transaction ends
   * (SqlDialect.lockRows; SQLite needs no row lock, the TransactionRunner
   * already runs one transaction at a time). Unknown → 404.
   */
  async lock(manager: EntityManager, id: number): Promise<Task> {
    const query = this.dialect.lockRows(
      manager.getRepository(Task).createQueryBuilder('t').where('"t"."id" = :id', { id }),
    );
    const task = await query.getOne();
    if (!task) throw new NotFoundException(`Task ${id} not found`);
    return task;
  }

  /**
   * The ids of the tasks a department leads or cooperates on that are still
   * open (not cancelled, and not completed with the completion confirmed),
   * ascending, their rows locked as `lock` locks one.
   */
  async lockOpenIdsOf(manager: EntityManager, departmentId: number): Promise<number[]> {
    const query = manager
      .createQueryBuilder(Task, 't')
      .select('"t"."id"', 'id')
      .where('"t"."cancelledAt" IS NULL')
      .andWhere('("t"."completedAt" IS NULL OR "t"."confirmedAt" IS NULL)')
      .andWhere(this.seenBySql('departmentId'), { departmentId })
      .orderBy('"t"."id"', 'ASC');
    return (await this.dialect.lockRows(query).getRawMany<{ id: number | string }>()).map((row) => Number(row.id));
  }

  // --- Counts ---------------------------------------------------------------------------------------------------

  /**
   * Tasks per value of `column` (sessionId, documentId) among `values`; a
   * department actor is told only about the tasks it leads or cooperates on.
   */
  async countBy(
    manager: EntityManager,
    column: 'sessionId' | 'documentId',
    values: number[],
    actor: Actor,
  ): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    if (values.length === 0) return counts;
    const query = manager
      .createQueryBuilder()
      .select(`"t"."${column}"`, 'key')
      .addSelect('COUNT(*)', 'count')
      .from('tasks', 't')
      .where(`"t"."${column}" IN (:...values)`, { values })
      .groupBy(`"t"."${column}"`);
    if (isDepartmentActor(actor)) query.andWhere(this.seenBySql('seenBy'), { seenBy: actor.departmentId });
    for (const row of await query.getRawMany<{ key: number | string; count: unknown }>()) {
      counts.set(Number(row.key), countOf(row.count));
    }
    return counts;
  }

  // --- Digests --------------------------------------------------------------------------------------------------

  /** The active departments with an overdue or due-soon task they lead or cooperate on, by id. */
  async departmentsWithUrgentTasks(
    manager: EntityManager,
    now: Date,
  ): Promise<Array<{ id: number; name: string; emails: string }>> {
    const urgent = this.statusConditionSql(['overdue', 'due_soon']);
    return manager
      .createQueryBuilder()
      .select(['"d"."id" AS "id"', '"d"."name" AS "name"', '"d"."emails" AS "emails"'])
      .from('departments', 'd')
      .where('"d"."active" = TRUE')
      .andWhere(
        `"d"."id" IN (SELECT "t"."leadDepartmentId" FROM "tasks" "t" WHERE ${urgent}` +
          ` UNION SELECT "s"."departmentId" FROM "task_support_departments" "s" JOIN "tasks" "t" ON "t"."id" = "s"."taskId" WHERE ${urgent})`,
      )
      .setParameters(this.statusParameters(now))
      .orderBy('"d"."id"', 'ASC')
      .getRawMany();
  }

  /**
   * The overdue and due-soon tasks of each of `departmentIds`, as lead or
   * cooperating department (`role`, and `departmentId` the department they are
   * read for), ordered by department, then deadline, then id, with the lead
   * department's name. One set-based query for a batch of digests.
   */
  async urgentTasksOf(manager: EntityManager, departmentIds: readonly number[], now: Date): Promise<UrgentTaskRow[]> {
    if (departmentIds.length === 0) return [];
    const urgent = this.statusConditionSql(['overdue', 'due_soon']);
    const columns = `"t"."id" AS "id", "t"."title" AS "title", "t"."dueAt" AS "dueAt", "t"."dueDate" AS "dueDate", "ld"."name" AS "leadName"`;
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
      `SELECT ${columns}, "t"."leadDepartmentId" AS "departmentId", 'lead' AS "role"
         FROM "tasks" "t" JOIN "departments" "ld" ON "ld"."id" = "t"."leadDepartmentId"
        WHERE "t"."leadDepartmentId" IN (:...departmentIds) AND ${urgent}
       UNION ALL
       SELECT ${columns}, "s"."departmentId" AS "departmentId", 'cooperating' AS "role"
         FROM "task_support_departments" "s"
         JOIN "tasks" "t" ON "t"."id" = "s"."taskId"
         JOIN "departments" "ld" ON "ld"."id" = "t"."leadDepartmentId"
        WHERE "s"."departmentId" IN (:...departmentIds) AND "t"."leadDepartmentId" <> "s"."departmentId" AND ${urgent}
       ORDER BY "departmentId", "dueAt", "id"`,
      { departmentIds: [...departmentIds], ...this.statusParameters(now) },
      {},
    );
    return manager.query(sql, parameters);
  }

  /** Tasks per lead department and status, with the department's code and name, by code. */
  async countsByLeadAndStatus(
    manager: EntityManager,
    now: Date,
  ): Promise<Array<{ id: number; code: string; name: string; status: TaskStatus; n: unknown }>> {
    return manager
      .createQueryBuilder()
      .select(['"d"."id" AS "id"', '"d"."code" AS "code"', '"d"."name" AS "name"'])
      .addSelect(this.statusSql(), 'status')
      .addSelect('COUNT(*)', 'n')
      .from('tasks', 't')
      .innerJoin('departments', 'd', '"d"."id" = "t"."leadDepartmentId"')
      .setParameters(this.statusParameters(now))
      .groupBy('"d"."id"')
      .addGroupBy('"d"."code"')
      .addGroupBy('"d"."name"')
      .addGroupBy('"status"')
      .orderBy('"d"."code"', 'ASC')
      .getRawMany();
  }

  /** The first `limit` overdue tasks by deadline then id, with the lead department's name. */
  async overdueTasks(manager: EntityManager, now: Date, limit: number): Promise<UrgentTaskRow[]> {
    return manager
      .createQueryBuilder()
      .select(['"t"."id" AS "id"', '"t"."title" AS "title"', '"t"."dueAt" AS "dueAt"', '"t"."dueDate" AS "dueDate"'])
      .addSelect('"d"."name"', 'leadName')
      .from('tasks', 't')
      .innerJoin('departments', 'd', '"d"."id" = "t"."leadDepartmentId"')
      .where(this.statusConditionSql(['overdue']), this.statusParameters(now))
      .orderBy('"t"."dueAt"', 'ASC')
      .addOrderBy('"t"."id"', 'ASC')
      .limit(limit)
      .getRawMany();
  }

  /** The task columns the API reads (all but the search text). */
  private taskColumns(): ColumnMetadata[] {
    this.columnsCache ??= this.dataSource.getMetadata(Task).columns.filter((c) => c.isSelect);
    return this.columnsCache;
  }
}

/** A task of a digest, raw: `dueAt` as the driver returns it. */
const NOTICE_TASK_COLUMNS = [
  'id',
  'title',
  'dueAt',
  'dueDate',
  'completedAt',
  'cancelledAt',
  'deadlineVersion',
  'leadDepartmentId',
] as const;
const NOTICE_DEPARTMENT_COLUMNS = ['id', 'name', 'active', 'emails'] as const;

/** See TaskRepository.noticeFacts. */
export interface NoticeFacts {
  department: Pick<Department, (typeof NOTICE_DEPARTMENT_COLUMNS)[number]>;
  task: Pick<Task, (typeof NOTICE_TASK_COLUMNS)[number]> | null;
  leadDepartmentName: string;
  /** The department's role on the task; null when it is neither its lead nor cooperating (or the task is gone). */
  role: 'lead' | 'cooperating' | null;
}

export interface UrgentTaskRow {
  id: number;
  title: string;
  dueAt: unknown;
  dueDate: string | null;
  leadName: string;
  /** For a department's urgent tasks: the department they are read for, and its role on each. */
  departmentId?: number | string;
  role?: 'lead' | 'cooperating';
}

/** Ids per IN list: within the bound parameters the SQLite build accepts (999 for older ones). */
const ID_CHUNK = 500;

function appendTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The ids of SqlDialect.joinedIds ('3,12', or NULL for none). */
function idsOf(joined: unknown): number[] {
  if (typeof joined !== 'string' || joined === '') return [];
  return joined.split(',').map(Number);
}

/** The columns of `tasks` orderAsListed reads, whatever the sort. */
const LIST_ORDER_COLUMNS = ['id', 'dueAt', 'createdAt', 'completedAt', 'cancelledAt'] as const;

/**
 * The filters a search through TASK_SEARCH_MATCHES can apply: those reading the columns it returns only; and the
 * page asked for, which the list's query carries beside its filters.
 */
const SEARCH_MATCHES_FILTERS = new Set<string>([
  ...(['q', 'status', 'dueFrom', 'dueTo', 'sort'] satisfies Array<keyof TaskFilter>),
  ...(['page', 'limit'] satisfies Array<keyof ListTasksQuery>),
]);

/** The filters a search read in deadline order from TASK_WORDS_BY_DEADLINE allows: the query, its order and its page. */
const DEADLINE_ORDER_FILTERS = new Set<string>([
  ...(['q', 'sort'] satisfies Array<keyof TaskFilter>),
  ...(['page', 'limit'] satisfies Array<keyof ListTasksQuery>),
]);

/**
 * Matches read past a page's end in deadline order, for the tasks due within
 * the same minute as its last: deadlines given as dates all end at 23:59:59.999
 * of their day, so a minute holds every match due that day.
 */
const DEADLINE_MINUTE_MARGIN = 64;

/**
 * The search `q` of `filter` when it is asked by an actor who sees every task
 * and `filter` gives nothing but what `allowed` names; else null.
 */
function officeSearchWithOnly(filter: TaskFilter, actor: Actor, allowed: ReadonlySet<string>): string | null {
  if (filter.q === undefined || isDepartmentActor(actor)) return null;
  const given = Object.entries(filter).filter(([, value]) => value !== undefined);
  return given.every(([key]) => allowed.has(key)) ? filter.q : null;
}

/** The list's order: `sort` (deadline by default, tasks without one last), ties by id; reads LIST_ORDER_COLUMNS. */
function orderAsListed<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  sort: TaskFilter['sort'] = 'dueAt',
): SelectQueryBuilder<T> {
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  if (sort === 'urgency') {
    builder.orderBy(taskUrgencyOrderSql(taskStatusColumns('t')), 'ASC').addOrderBy('"t"."dueAt"', 'ASC', 'NULLS LAST');
  } else if (sort.endsWith('dueAt')) builder.orderBy('"t"."dueAt"', direction, 'NULLS LAST');
  else builder.orderBy('"t"."createdAt"', direction);
  return builder.addOrderBy('"t"."id"', direction);
}
