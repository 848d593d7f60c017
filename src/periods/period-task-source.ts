import { Brackets, DataSource, In, SelectQueryBuilder } from 'typeorm';
import { DateRange } from './period-range';
import { instantOf } from '../database/raw-sql';
import { SqlDialect } from '../database/sql-dialect';
import { AssigningDocument } from '../documents/assigning-document.entity';
import { Department } from '../departments/department.entity';
import { TaskOccurrence } from '../tasks/entities/task-occurrence.entity';
import { Task } from '../tasks/entities/task.entity';
import { TaskRepository } from '../tasks/task.repository';
import { User } from '../users/user.entity';

/** What classifying a task at a cut-off reads: plain values, no entity. */
export interface PeriodTask {
  id: number;
  title: string;
  kind: Task['kind'];
  documentId: number;
  issuedOn: string;
  leaderId: number | null;
  leadDepartmentId: number;
  dueAt: Date | null;
  dueDate: string | null;
  originalDueDate: string | null;
  extensionCount: number;
  completedAt: Date | null;
  completedOn: string | null;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  resultDocument: Task['resultDocument'];
  difficulties: string | null;
}

export type PeriodOccurrence = Pick<
  TaskOccurrence,
  | 'id'
  | 'taskId'
  | 'periodKind'
  | 'periodYear'
  | 'periodNumber'
  | 'dueDate'
  | 'dueAt'
  | 'originalDueDate'
  | 'extensionCount'
  | 'completedAt'
  | 'completedOn'
  | 'confirmedAt'
  | 'resultDocument'
  | 'difficulties'
>;

export type PeriodDocument = Pick<AssigningDocument, 'id' | 'kind' | 'number' | 'issuedOn' | 'summary'>;
export type PeriodLeader = Pick<User, 'id' | 'fullName' | 'leaderTitle'>;
export type PeriodDepartment = Pick<Department, 'id' | 'code' | 'name'>;

/** The tasks and occurrences of a period with what their rows print, looked up once per id. */
export interface PeriodTaskSet {
  tasks: PeriodTask[];
  occurrences: Array<{ occurrence: PeriodOccurrence; task: PeriodTask }>;
  documents: Map<number, PeriodDocument>;
  leaders: Map<number, PeriodLeader>;
  departments: Map<number, PeriodDepartment>;
  /** The cooperating units of each task, by id. */
  supportIds: Map<number, number[]>;
}

/** Tasks read per query. */
const TASK_PAGE = 5_000;

/** SQLite binds at most 999 parameters in one statement. */
const ID_CHUNK = 500;

/** Runs `load` over `ids` a bind-limit's worth at a time and joins the rows. */
export async function inChunks<T>(ids: number[], load: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) rows.push(...(await load(ids.slice(i, i + ID_CHUNK))));
  return rows;
}

const TASK_COLUMNS = [
  'id',
  'title',
  'kind',
  'documentId',
  'leaderId',
  'leadDepartmentId',
  'dueAt',
  'dueDate',
  'originalDueDate',
  'extensionCount',
  'completedAt',
  'completedOn',
  'confirmedAt',
  'cancelledAt',
  'resultDocument',
  'difficulties',
] as const;

type RawRow = Record<string, unknown>;

const instantOrNull = (value: unknown): Date | null =>
  value === null || value === undefined ? null : instantOf(value);
/** A simple-json column read raw: its JSON text. */
const jsonOrNull = <T>(value: unknown): T | null =>
  typeof value === 'string' && value !== '' ? (JSON.parse(value) as T) : null;

function periodTaskOf(row: RawRow): PeriodTask {
  return {
    id: Number(row.id),
    title: String(row.title),
    kind: row.kind as Task['kind'],
    documentId: Number(row.documentId),
    issuedOn: String(row.issuedOn),
    leaderId: row.leaderId === null ? null : Number(row.leaderId),
    leadDepartmentId: Number(row.leadDepartmentId),
    dueAt: instantOrNull(row.dueAt),
    dueDate: (row.dueDate as string | null) ?? null,
    originalDueDate: (row.originalDueDate as string | null) ?? null,
    extensionCount: Number(row.extensionCount ?? 0),
    completedAt: instantOrNull(row.completedAt),
    completedOn: (row.completedOn as string | null) ?? null,
    confirmedAt: instantOrNull(row.confirmedAt),
    cancelledAt: instantOrNull(row.cancelledAt),
    resultDocument: jsonOrNull(row.resultDocument),
    difficulties: (row.difficulties as string | null) ?? null,
  };
}

/**
 * Reads a period's tasks as plain rows rather than entities: at 100,000 tasks
 * hydrating tasks with their document, leader and units joined took gigabytes
 * and minutes, while the report needs a few columns of each and the same few
 * documents, leaders and units again and again.
 */
export class PeriodTaskSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: SqlDialect,
    private readonly repository: TaskRepository,
  ) {}

  async load(range: DateRange, cutoffDate: string, start: Date): Promise<PeriodTaskSet> {
    const startParam = this.dialect.instant(start);
    const tasks = await this.pagedTasks((query) =>
      query
        .andWhere('d.issuedOn <= :cutoffDate', { cutoffDate })
        // A recurring task counts by its occurrences, loaded below.
        .andWhere("t.kind <> 'recurring'")
        .andWhere(
          new Brackets((scope) =>
            scope
              .where('d.issuedOn >= :from', { from: range.from })
              .orWhere(
                new Brackets((open) =>
                  open
                    .where('(t.completedOn IS NULL OR t.completedOn >= :from)')
                    .andWhere('(t.cancelledAt IS NULL OR t.cancelledAt >= :start)', { start: startParam }),
                ),
              ),
          ),
        ),
    );

    const occurrenceRows = await this.dataSource
      .getRepository(TaskOccurrence)
      .createQueryBuilder('o')
      .innerJoin('o.task', 't')
      .innerJoin('t.document', 'd')
      .where("t.kind = 'recurring'")
      .andWhere('d.issuedOn <= :cutoffDate', { cutoffDate })
      .andWhere('o.dueDate <= :to', { to: range.to })
      .andWhere('(t.cancelledAt IS NULL OR t.cancelledAt >= :start)', { start: startParam })
      .andWhere(
        new Brackets((scope) =>
          scope
            .where('o.dueDate >= :from', { from: range.from })
            .orWhere('(o.completedOn IS NULL OR o.completedOn >= :from)', { from: range.from }),
        ),
      )
      .orderBy('o.taskId', 'ASC')
      .addOrderBy('o.dueAt', 'ASC')
      .getMany();
    const recurringIds = [...new Set(occurrenceRows.map((o) => o.taskId))];
    const recurring = new Map(
      (
        await inChunks(recurringIds, (chunk) =>
          this.taskQuery()
            .where({ id: In(chunk) })
            .getRawMany<RawRow>(),
        )
      ).map((row) => [Number(row.id), periodTaskOf(row)]),
    );
    const occurrences = occurrenceRows.map((occurrence) => ({ occurrence, task: recurring.get(occurrence.taskId)! }));

    const all = [...tasks, ...recurring.values()];
    const ids = all.map((t) => t.id);
    const supportIds = await this.repository.supportDepartmentIds(ids);
    const documentIds = [...new Set(all.map((t) => t.documentId))];
    const leaderIds = [...new Set(all.flatMap((t) => (t.leaderId === null ? [] : [t.leaderId])))];
    const documents = await inChunks(documentIds, (chunk) =>
      this.dataSource.getRepository(AssigningDocument).find({
        select: ['id', 'kind', 'number', 'issuedOn', 'summary'],
        where: { id: In(chunk) },
      }),
    );
    const leaders = await inChunks(leaderIds, (chunk) =>
      this.dataSource.getRepository(User).find({ select: ['id', 'fullName', 'leaderTitle'], where: { id: In(chunk) } }),
    );
    // Every unit, led or cooperating, comes from the one small departments table.
    const departments = await this.dataSource.getRepository(Department).find({ select: ['id', 'code', 'name'] });
    return {
      tasks,
      occurrences,
      documents: new Map(documents.map((d) => [d.id, d])),
      leaders: new Map(leaders.map((l) => [l.id, l])),
      departments: new Map(departments.map((d) => [d.id, d])),
      supportIds,
    };
  }

  /**
   * The tasks a filter selects, read a page at a time in id order: the SQLite
   * driver builds a whole result in native memory before handing it over, which
   * for 100,000 tasks at once cost a quarter of a gigabyte the process kept.
   */
  private async pagedTasks(filter: (query: SelectQueryBuilder<Task>) => SelectQueryBuilder<Task>) {
    const tasks: PeriodTask[] = [];
    for (;;) {
      const after = tasks.length > 0 ? tasks[tasks.length - 1].id : 0;
      const page = await filter(this.taskQuery().where('t.id > :after', { after }))
        .orderBy('t.id', 'ASC')
        .limit(TASK_PAGE)
        .getRawMany<RawRow>();
      tasks.push(...page.map(periodTaskOf));
      if (page.length < TASK_PAGE) return tasks;
    }
  }

  private taskQuery(): SelectQueryBuilder<Task> {
    const query = this.dataSource.getRepository(Task).createQueryBuilder('t').innerJoin('t.document', 'd');
    query.select('d.issuedOn', 'issuedOn');
    for (const column of TASK_COLUMNS) query.addSelect(`t.${column}`, column);
    return query;
  }
}
