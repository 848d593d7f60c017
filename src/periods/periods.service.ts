import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { DataSource, In } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { Page, pageOf } from '../common/pagination/page';
import { localDateOf } from '../common/time/zoned-time';
import { AppConfig, resolveProjectPath } from '../config/app-config';
import { SqlDialect } from '../database/sql-dialect';
import { TransactionRunner } from '../database/transaction-runner';
import { Task } from '../tasks/entities/task.entity';
import { occurrenceTitle } from '../tasks/task-occurrences';
import { TaskRepository } from '../tasks/task.repository';
import { TaskDeadlineChange } from '../tasks/entities/task-deadline-change.entity';
import { TaskDepartmentChange } from '../tasks/entities/task-department-change.entity';
import { attributionInstant, cooperatingAt, leadAt } from '../tasks/lead-history';
import { FreezePeriodDto, FrozenReportsQuery, PeriodQuery } from './dto/period.dto';
import { Department } from '../departments/department.entity';
import { FrozenReport } from './frozen-report.entity';
import { inChunks, PeriodDepartment, PeriodOccurrence, PeriodTask, PeriodTaskSource } from './period-task-source';
import { PeriodTaskRows } from './period-task-rows';
import { ownUnitOf, scopePeriodReport } from './periods.policy';
import { rawQuery } from '../database/raw-sql';
import {
  addClassified,
  changeFrom,
  classifyAtCutoff,
  Counts,
  emptyCounts,
  Figures,
  FiguresChange,
  PERIOD_GROUP_LABELS,
  PeriodGroup,
  parseScoreWeights,
  ranks,
  ScoreWeights,
  unitScore,
  withRatios,
} from './period-figures';
import {
  checkSelection,
  cutoffInstant,
  DateRange,
  hasEnded,
  NamedPeriod,
  parseReportCode,
  periodCode,
  periodRange,
  periodStart,
  previousPeriod,
  revisionCode,
} from './period-range';

export const SCORE_WEIGHTS_FILE = 'config/period-score.json';

export interface UnitFigures extends Figures {
  departmentId: number;
  code: string;
  name: string;
  score: number | null;
  rank: number | null;
}

/** One task of a period as classified at its cut-off: what the report's appendix prints. */
export interface PeriodTaskRow {
  taskId: number;
  /** The occurrence of a recurring task the row counts; null for other tasks (absent in reports frozen before). */
  occurrenceId?: number | null;
  group: PeriodGroup;
  statusLabel: string;
  title: string;
  kind: Task['kind'];
  document: { id: number; kind: string; number: string | null; issuedOn: string; summary: string };
  leader: { id: number; fullName: string; leaderTitle: string | null } | null;
  leaderName: string | null;
  leadDepartmentId: number;
  leadDepartment: string;
  supportDepartmentIds: number[];
  supportDepartments: string[];
  carriedOver: boolean;
  originalDueDate: string | null;
  dueDate: string | null;
  extensionCount: number;
  completedOn: string | null;
  resultDocument: string | null;
  daysOverdue: number | null;
  difficulties: string | null;
  note: string | null;
}

/** The period report (GET /api/reports/period). */
export interface PeriodReport {
  kind: NamedPeriod['kind'] | 'custom';
  year: number;
  number: number | null;
  from: string;
  to: string;
  cutoffAt: string;
  province: Figures;
  units: UnitFigures[];
  previous: Figures | null;
  previousCode: string | null;
  change: FiguresChange | null;
}

/** The period report with its classified task rows: what a frozen report keeps and the Excel export prints. */
export interface PeriodReportWithTasks extends PeriodReport {
  tasks: PeriodTaskRow[];
}

/** The period report with its task rows built as they are read. */
export interface PeriodReportWithRows extends PeriodReport {
  rows: PeriodTaskRows;
}

export interface FrozenPeriodReport extends PeriodReportWithTasks {
  code: string;
  revision: number;
  reason: string | null;
  frozenAt: string;
  frozenBy: { id: number; fullName: string } | null;
}

/** A task or occurrence of a period as classified at its cut-off, before its printed row is built. */
interface ClassifiedEntry {
  task: PeriodTask;
  occurrence: PeriodOccurrence | null;
  item: ReturnType<typeof classifyAtCutoff>;
  deadline: ReturnType<typeof deadlineAt>;
  completed: Pick<PeriodTask, 'resultDocument' | 'difficulties'>;
  completedOn: string | null;
  /** The lead unit and cooperating units in force at the row's attribution instant. */
  lead: PeriodDepartment;
  supportIds: number[];
}

interface Selected {
  named: NamedPeriod | null;
  range: DateRange;
}

/**
 * Reporting periods: the tasks in scope of a period classified at its cut-off,
 * per unit and for the province, and frozen reports that later changes never alter.
 */
@Injectable()
export class PeriodsService {
  private readonly weights: ScoreWeights;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly dialect: SqlDialect,
    private readonly tasks: TaskRepository,
  ) {
    this.weights = parseScoreWeights(JSON.parse(readFileSync(resolveProjectPath(SCORE_WEIGHTS_FILE), 'utf8')));
  }

  get cutoffDay(): number {
    return this.config.environment.PERIOD_CUTOFF_DAY;
  }

  /** The period report without task rows, scoped to the actor. */
  async report(query: PeriodQuery, actor: Actor, now = new Date()): Promise<PeriodReport> {
    const { rows: _rows, ...report } = await this.reportWithRows(query, actor, now);
    return report;
  }

  /**
   * The period report plus the classified task rows, scoped to the actor (a
   * department gets its own unit row and task rows, and the province totals).
   * The Excel export calls this directly.
   */
  async reportWithTasks(query: PeriodQuery, actor: Actor, now = new Date()): Promise<PeriodReportWithTasks> {
    const { rows, ...report } = await this.reportWithRows(query, actor, now);
    return { ...report, tasks: rows.toArray() };
  }

  /** The same, with the task rows built as they are read: what the Excel export streams. */
  async reportWithRows(query: PeriodQuery, actor: Actor, now = new Date()): Promise<PeriodReportWithRows> {
    const selected = this.select(query);
    return this.withOwnRow(scopePeriodReport(await this.compute(selected, now), actor), actor);
  }

  /** A department caller always gets its own row, with zeros when it leads nothing in the period. */
  private async withOwnRow<T extends PeriodReport>(report: T, actor: Actor): Promise<T> {
    const own = ownUnitOf(actor);
    if (own === null || report.units.length > 0) return report;
    const department = await this.dataSource.getRepository(Department).findOneBy({ id: own });
    if (!department) return report;
    const figures = withRatios(emptyCounts());
    const row = { departmentId: department.id, code: department.code, name: department.name, ...figures };
    return { ...report, units: [{ ...row, score: null, rank: null }] };
  }

  /** Stores the period's report as it stands now under its code; a re-freeze needs a reason. */
  async freeze(dto: FreezePeriodDto, actor: Actor, now = new Date()): Promise<{ code: string }> {
    const { named, range } = this.select(dto);
    const period = named!;
    if (!hasEnded(range, this.config.timeZone, now)) {
      throw new ConflictException(`Kỳ báo cáo chưa kết thúc (đến hết ngày ${range.to}): chưa thể chốt số liệu`);
    }
    const { rows, ...computed } = await this.compute({ named: period, range }, now);
    const report: PeriodReportWithTasks = { ...computed, tasks: rows.toArray() };
    const bare = periodCode(period);
    return this.transactions.run(async (manager) => {
      const latest = await manager.findOne(FrozenReport, { where: { periodCode: bare }, order: { revision: 'DESC' } });
      const reason = dto.reason ? dto.reason : null;
      if (latest && !reason) throw fieldError(['reason', `required: ${latest.code} was frozen before`]);
      const revision = (latest?.revision ?? 0) + 1;
      const code = revisionCode(bare, revision);
      await manager.insert(FrozenReport, {
        code,
        periodCode: bare,
        revision,
        kind: period.kind,
        year: period.year,
        number: period.number,
        fromDate: range.from,
        toDate: range.to,
        cutoffAt: new Date(report.cutoffAt),
        reason,
        report: JSON.stringify(report),
        frozenById: actor.userId,
      });
      return { code };
    });
  }

  async listFrozen(
    query: FrozenReportsQuery,
  ): Promise<Page<Omit<FrozenPeriodReport, keyof PeriodReportWithTasks> & FrozenSummaryFields>> {
    const [rows, total] = await this.dataSource.getRepository(FrozenReport).findAndCount({
      where: query.periodCode ? { periodCode: query.periodCode } : {},
      relations: { frozenBy: true },
      order: { frozenAt: 'DESC', id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    const latest = await this.latestRevisions(rows.map((r) => r.periodCode));
    return pageOf(
      rows.map((row) => ({
        code: row.code,
        periodCode: row.periodCode,
        revision: row.revision,
        latest: latest.get(row.periodCode) === row.revision,
        kind: row.kind,
        year: row.year,
        number: row.kind === 'year' ? null : row.number,
        from: row.fromDate,
        to: row.toDate,
        cutoffAt: row.cutoffAt.toISOString(),
        reason: row.reason,
        frozenAt: row.frozenAt.toISOString(),
        frozenBy: frozenByOf(row),
      })),
      total,
      query,
    );
  }

  /** A frozen report by code; the bare code names the latest revision. */
  async frozen(code: string, actor: Actor): Promise<FrozenPeriodReport> {
    const parsed = parseReportCode(code);
    if (!parsed)
      throw fieldError(['code', 'must look like BC-2024-01, BC-2024-Q1, BC-2024-H1 or BC-2024, optionally -r2…']);
    const row = await this.findFrozen(parsed.code, parsed.revision);
    if (!row) throw new NotFoundException(`Báo cáo ${code} chưa được chốt`);
    const { tasks, ...stored } = JSON.parse(row.report) as PeriodReportWithTasks;
    const { rows, ...report } = await this.withOwnRow(
      scopePeriodReport({ ...stored, rows: PeriodTaskRows.of(tasks) }, actor),
      actor,
    );
    return {
      ...report,
      tasks: rows.toArray(),
      code: row.code,
      revision: row.revision,
      reason: row.reason,
      frozenAt: row.frozenAt.toISOString(),
      frozenBy: frozenByOf(row),
    };
  }

  private findFrozen(bare: string, revision: number | null): Promise<(FrozenReport & { report: string }) | null> {
    const builder = this.dataSource
      .getRepository(FrozenReport)
      .createQueryBuilder('f')
      .addSelect('f.report')
      .leftJoinAndSelect('f.frozenBy', 'u')
      .where('f.periodCode = :bare', { bare })
      .orderBy('f.revision', 'DESC')
      .limit(1);
    if (revision !== null) builder.andWhere('f.revision = :revision', { revision });
    return builder.getOne();
  }

  private async latestRevisions(codes: string[]): Promise<Map<string, number>> {
    if (codes.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(FrozenReport)
      .createQueryBuilder('f')
      .select('f.periodCode', 'periodCode')
      .addSelect('MAX(f.revision)', 'revision')
      .where({ periodCode: In([...new Set(codes)]) })
      .groupBy('f.periodCode')
      .getRawMany<{ periodCode: string; revision: number | string }>();
    return new Map(rows.map((r) => [r.periodCode, Number(r.revision)]));
  }

  private select(query: PeriodQuery): Selected {
    checkSelection(query);
    if (query.from !== undefined && query.to !== undefined) {
      return { named: null, range: { from: query.from, to: query.to } };
    }
    const named: NamedPeriod = {
      kind: query.kind!,
      year: query.year!,
      number: query.kind === 'year' ? 1 : query.number!,
    };
    return { named, range: periodRange(named, this.cutoffDay) };
  }

  /** The whole report, unscoped. */
  private async compute(selected: Selected, now: Date): Promise<PeriodReportWithRows> {
    const { named, range } = selected;
    const { province, units, rows, cutoffAt } = await this.classify(range, now);
    let previous: Figures | null = null;
    let previousCode: string | null = null;
    if (named) {
      const before = previousPeriod(named);
      const frozen = await this.findFrozen(periodCode(before), null);
      if (frozen) {
        previous = (JSON.parse(frozen.report) as PeriodReport).province;
        previousCode = frozen.code;
      } else {
        previous = (await this.classify(periodRange(before, this.cutoffDay), now)).province;
      }
    }
    return {
      kind: named?.kind ?? 'custom',
      year: named?.year ?? Number(range.to.slice(0, 4)),
      number: named && named.kind !== 'year' ? named.number : null,
      from: range.from,
      to: range.to,
      cutoffAt: cutoffAt.toISOString(),
      province,
      units,
      previous,
      previousCode,
      change: changeFrom(province, previous),
      rows,
    };
  }

  private async classify(range: DateRange, now: Date) {
    const zone = this.config.timeZone;
    const cutoffAt = cutoffInstant(range, zone, now);
    const cutoffDate = localDateOf(cutoffAt, zone);
    const start = periodStart(range, zone);
    const set = await new PeriodTaskSource(this.dataSource, this.dialect, this.tasks).load(range, cutoffDate, start);
    const completedOnOf = (item: Pick<PeriodTask, 'completedOn' | 'completedAt'>) =>
      item.completedOn ?? (item.completedAt ? localDateOf(item.completedAt, zone) : null);
    const inScope = set.tasks.filter((task) => {
      if (task.issuedOn >= range.from) return true;
      const completedOn = completedOnOf(task);
      return completedOn === null || completedOn >= range.from;
    });
    // What the report counts: each task in scope, and each occurrence of a recurring task in scope.
    const counted: Array<{ task: PeriodTask; occurrence: PeriodOccurrence | null }> = [
      ...inScope.map((task) => ({ task, occurrence: null })),
      ...set.occurrences,
    ];
    const ids = [...new Set(counted.map((c) => c.task.id))];
    const changes = await this.byTask(ids, (chunk) =>
      this.dataSource.getRepository(TaskDeadlineChange).find({ where: { taskId: In(chunk) }, order: { id: 'ASC' } }),
    );
    const notes = await this.latestNotes(ids, cutoffAt);
    const department = (id: number) => set.departments.get(id)!;
    // A task passed to a successor counts for the unit in force at the cut-off (or at its completion, if before).
    const unitChanges = await this.byTask(ids, (chunk) =>
      this.dataSource.getRepository(TaskDepartmentChange).find({ where: { taskId: In(chunk) } }),
    );

    const provinceCounts = emptyCounts();
    const unitCounts = new Map<number, { department: PeriodDepartment; counts: Counts }>();
    const entries: ClassifiedEntry[] = [];
    for (const { task, occurrence } of counted) {
      const own = (changes.get(task.id) ?? []).filter((c) => (c.occurrenceId ?? null) === (occurrence?.id ?? null));
      const deadline = deadlineAt(occurrence ?? task, own, cutoffAt, zone);
      const completed = occurrence ?? task;
      const completedOn = completedOnOf(completed);
      const item = classifyAtCutoff(
        {
          kind: task.kind,
          // An occurrence is assigned for its period: carried over when it fell due before the period.
          assignedOn: occurrence ? occurrence.dueDate : task.issuedOn,
          dueDate: deadline.dueDate,
          dueAt: deadline.dueAt,
          completedOn,
          confirmedAt: (occurrence ?? task).confirmedAt,
          cancelledAt: task.cancelledAt,
        },
        range.from,
        cutoffAt,
        cutoffDate,
      );
      addClassified(provinceCounts, item);
      const taskChanges = unitChanges.get(task.id) ?? [];
      const at = attributionInstant((occurrence ?? task).completedAt, cutoffAt);
      const lead = department(leadAt(task.leadDepartmentId, taskChanges, at));
      const supportIds = cooperatingAt(set.supportIds.get(task.id) ?? [], taskChanges, at);
      const unit = unitCounts.get(lead.id) ?? { department: lead, counts: emptyCounts() };
      addClassified(unit.counts, item);
      unitCounts.set(lead.id, unit);
      entries.push({ task, occurrence, item, deadline, completed, completedOn, lead, supportIds });
    }
    const rowOf = (entry: ClassifiedEntry): PeriodTaskRow => {
      const { task, occurrence, item, deadline, completed, completedOn, lead } = entry;
      const support = entry.supportIds
        .flatMap((id) => set.departments.get(id) ?? [])
        .sort((a, b) => a.code.localeCompare(b.code));
      const document = set.documents.get(task.documentId)!;
      const leader = task.leaderId === null ? undefined : set.leaders.get(task.leaderId);
      const completedByCutoff = completedOn !== null && completedOn <= cutoffDate;
      return {
        taskId: task.id,
        occurrenceId: occurrence?.id ?? null,
        group: item.group,
        statusLabel: PERIOD_GROUP_LABELS[item.group],
        title: occurrence ? occurrenceTitle(task.title, occurrence) : task.title,
        kind: task.kind,
        document: {
          id: document.id,
          kind: document.kind,
          number: document.number,
          issuedOn: document.issuedOn,
          summary: document.summary,
        },
        leader: leader ? { id: leader.id, fullName: leader.fullName, leaderTitle: leader.leaderTitle ?? null } : null,
        leaderName: leader?.fullName ?? null,
        leadDepartmentId: lead.id,
        leadDepartment: lead.name,
        supportDepartmentIds: support.map((d) => d.id),
        supportDepartments: support.map((d) => d.name),
        carriedOver: item.carriedOver,
        originalDueDate: task.kind === 'standing' ? null : (deadline.originalDueDate ?? deadline.dueDate),
        dueDate: task.kind === 'standing' ? null : deadline.dueDate,
        extensionCount: deadline.extensionCount,
        completedOn: completedByCutoff ? completedOn : null,
        resultDocument: completedByCutoff ? resultDocumentText(completed.resultDocument) : null,
        daysOverdue: item.daysOverdue,
        difficulties: completed.difficulties,
        note: notes.get(task.id) ?? null,
      };
    };
    const rows = PeriodTaskRows.lazy(entries, {
      group: (entry) => entry.item.group,
      leadDepartmentId: (entry) => entry.lead.id,
      row: rowOf,
    });

    const unitList = [...unitCounts.values()].map(({ department, counts }) => {
      const figures = withRatios(counts);
      return {
        departmentId: department.id,
        code: department.code,
        name: department.name,
        ...figures,
        score: unitScore(figures, this.weights),
        rank: null as number | null,
      };
    });
    const rankOf = ranks(unitList.map((u) => u.score));
    unitList.forEach((unit, i) => (unit.rank = rankOf[i]));
    unitList.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
    return { cutoffAt, province: withRatios(provinceCounts), units: unitList, rows };
  }

  /** Runs `load` over ids in chunks (SQLite binds at most 999 parameters) and groups the rows by taskId. */
  private async byTask<T extends { taskId: number }>(
    ids: number[],
    load: (chunk: number[]) => Promise<T[]>,
  ): Promise<Map<number, T[]>> {
    const result = new Map<number, T[]>();
    for (const row of await inChunks(ids, load)) {
      const list = result.get(row.taskId) ?? [];
      list.push(row);
      result.set(row.taskId, list);
    }
    return result;
  }

  /** The latest progress note of each task posted by the cut-off. */
  private async latestNotes(ids: number[], cutoffAt: Date): Promise<Map<number, string>> {
    const cutoff = this.dialect.instant(cutoffAt);
    const latest = await this.byTask(ids, (chunk) =>
      rawQuery<{ taskId: number; note: string }>(
        this.dataSource.manager,
        'SELECT p."taskId", p."note" FROM "task_progress" p WHERE p."id" IN (' +
          'SELECT MAX(q."id") FROM "task_progress" q WHERE q."taskId" IN (:...chunk) AND q."createdAt" <= :cutoff ' +
          'GROUP BY q."taskId")',
        { chunk, cutoff },
      ),
    );
    return new Map([...latest].map(([taskId, [row]]) => [Number(taskId), row.note]));
  }
}

/** The unit's report document as the appendix prints it: "12/BC-SYT ngày 20/01/2024". */
function resultDocumentText(document: PeriodTask['resultDocument']): string | null {
  if (!document || (!document.number && !document.issuedOn)) return null;
  const date = document.issuedOn ? document.issuedOn.split('-').reverse().join('/') : null;
  return [document.number, date && `ngày ${date}`].filter(Boolean).join(' ');
}

interface FrozenSummaryFields {
  periodCode: string;
  latest: boolean;
  kind: string;
  year: number;
  number: number | null;
  from: string;
  to: string;
  cutoffAt: string;
}

/**
 * The deadline in force at `cutoffAt`: the earlier deadline recorded by the
 * first change made after it, else the current one; extensions approved by then.
 */
function deadlineAt(
  task: Pick<Task, 'dueAt' | 'dueDate' | 'originalDueDate' | 'extensionCount'>,
  changes: TaskDeadlineChange[],
  cutoffAt: Date,
  zone: string,
) {
  const later = changes.filter((c) => c.changedAt.getTime() > cutoffAt.getTime());
  const first = later[0];
  const dueAt = first ? first.previousDueAt : task.dueAt;
  const dueDate = first ? (first.previousDueDate ?? (dueAt ? localDateOf(dueAt, zone) : null)) : task.dueDate;
  const extensionsAfter = later.filter((c) => c.source === 'extension').length;
  return {
    dueAt,
    dueDate: dueDate ?? (dueAt ? localDateOf(dueAt, zone) : null),
    originalDueDate: task.originalDueDate ?? changes[0]?.previousDueDate ?? null,
    extensionCount: Math.max(task.extensionCount - extensionsAfter, 0),
  };
}

function frozenByOf(row: FrozenReport): { id: number; fullName: string } | null {
  return row.frozenBy ? { id: row.frozenBy.id, fullName: row.frozenBy.fullName } : null;
}
