import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { foldVietnamese } from '../../src/common/text/fold-vietnamese';
import { SqlDialect } from '../../src/database/sql-dialect';
import { endOfLocalDay } from '../../src/common/time/zoned-time';
import { TASK_STATUSES, TaskStatus } from '../../src/tasks/task-status';
import { searchTextOf } from '../../src/tasks/tasks.service';
import { Cell, continueIds, insertRows, RowEncoder } from './bulk-insert';
import { Random, WeightedIndex } from './random';
import { NOTIFICATION_COLUMNS, ReminderRows, ReminderSettings } from './reminder-rows';
import * as words from './vocabulary';

export interface DatasetSize {
  tasks: number;
  departments: number;
  sessions: number;
}

type TaskStatusName = TaskStatus;

/**
 * The share of each status, close to what a province's task-tracking reports
 * show after a few years: most tasks done, a tenth overdue, a third still open.
 */
const STATUS_MIX: Record<TaskStatusName, number> = {
  done_on_time: 50,
  done_late: 12,
  in_progress: 17,
  due_soon: 3,
  overdue: 10,
  standing: 5,
  awaiting_confirmation: 0,
  cancelled: 3,
};

export interface DatasetSummary {
  departmentIds: number[];
  /** Open tasks whose deadline is ahead (in progress or due soon): targets for progress updates. */
  openTaskIds: number[];
  taskCount: number;
  statusCounts: Record<TaskStatusName, number>;
  /** Open tasks whose deadline is ahead: each has reminders still to send. */
  plannableTaskCount: number;
  rows: Record<string, number>;
  generationMs: number;
}

const DAY = 86_400_000;
const CHUNK = 5_000;

/**
 * Fills an empty, migrated database with a realistic data set: departments,
 * sessions with attendees and reports, and tasks with cooperating departments,
 * progress updates and extension history, all relative to `now` so that every
 * status is represented. Rows go in with explicit ids in multi-row INSERTs inside
 * one transaction.
 */
export async function generateDataset(
  dataSource: DataSource,
  dialect: SqlDialect,
  size: DatasetSize,
  now: Date,
  reminders: ReminderSettings,
): Promise<DatasetSummary> {
  const timeZone = reminders.timeZone;
  const started = Date.now();
  const enc = new RowEncoder(dialect);
  const random = new Random(20240122);
  const rows: Record<string, number> = {};
  const runner = dataSource.createQueryRunner();
  const insert = async (table: string, columns: string[], values: Cell[][]) => {
    await insertRows(runner, dialect, table, columns, values);
    rows[table] = (rows[table] ?? 0) + values.length;
  };
  const nowMs = now.getTime();
  const calendar = new ZoneCalendar(timeZone);
  const localDateOf = (instant: Date) => calendar.localDate(instant.getTime());
  const endOfDay = (date: string) => calendar.endOfDay(date);
  const summary: DatasetSummary = {
    departmentIds: [],
    openTaskIds: [],
    taskCount: size.tasks,
    statusCounts: Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatusName, number>,
    plannableTaskCount: 0,
    rows,
    generationMs: 0,
  };

  await runner.connect();
  for (const statement of dialect.bulkLoad.start) await runner.query(statement);
  await runner.startTransaction();
  try {
    // Departments: the sở, ban, ngành and districts of a province, repeated per province when more are asked for.
    const templates = [
      ...words.DEPARTMENT_BODIES,
      ...words.DISTRICTS.map((d, i) => ({
        code: `UBND-H${String(i + 1).padStart(2, '0')}`,
        name: d.startsWith('thành phố') ? `UBND ${d}` : `UBND huyện ${d}`,
        kind: 'district' as const,
      })),
    ];
    const departmentRows: Cell[][] = [];
    for (let i = 0; i < size.departments; i++) {
      const t = templates[i % templates.length];
      const round = Math.floor(i / templates.length);
      const code = round === 0 ? t.code : `${t.code}-${round}`;
      const name = round === 0 ? t.name : `${t.name} – ${words.PROVINCES[round % words.PROVINCES.length]} ${round}`;
      const emails = [
        `${code.toLowerCase()}@example.gov.vn`,
        ...(i % 3 === 0 ? [`vanthu.${code.toLowerCase()}@example.gov.vn`] : []),
      ];
      const created = enc.instant(new Date(nowMs - 1100 * DAY));
      departmentRows.push([i + 1, code, name, t.kind, JSON.stringify(emails), true, created, created]);
      summary.departmentIds.push(i + 1);
    }
    await insert(
      'departments',
      ['id', 'code', 'name', 'kind', 'emails', 'active', 'createdAt', 'updatedAt'],
      departmentRows,
    );
    const reminderRows = new ReminderRows(
      reminders,
      new Map(
        departmentRows.map((row) => [
          row[0] as number,
          { name: row[2] as string, emails: JSON.parse(row[4] as string) as string[] },
        ]),
      ),
      enc,
    );
    // A few bodies (planning, finance, the districts' capital) lead far more tasks than the rest.
    const leadIndex = new WeightedIndex(summary.departmentIds.map((_, i) => 1 / Math.pow(i + 1, 0.7)));

    // Sessions spread over the last three years, a few still scheduled.
    const sessionTimes: number[] = [];
    for (let i = 0; i < size.sessions; i++) {
      sessionTimes.push(
        i < size.sessions * 0.01 ? nowMs + random.between(1, 30) * DAY : nowMs - random.between(0.5, 1000) * DAY,
      );
    }
    sessionTimes.sort((a, b) => a - b);
    const sessionRows: Cell[][] = [];
    const attendeeRows: Cell[][] = [];
    const reportRows: Cell[][] = [];
    // One assigning document per session (its conclusion notice, same id) and one for tasks without a session.
    const documentRows: Cell[][] = [];
    const looseDocumentId = sessionTimes.length + 1;
    sessionTimes.forEach((time, i) => {
      const id = i + 1;
      const heldAt = new Date(Math.floor(time / 60_000) * 60_000);
      const past = time < nowMs;
      const kindOfSession = random.weighted({ regular: 70, thematic: 25, extraordinary: 5 });
      const month = localDateOf(heldAt).slice(0, 7).split('-').reverse().join('/');
      const title =
        kindOfSession === 'regular'
          ? `Phiên họp UBND tỉnh thường kỳ tháng ${month}`
          : kindOfSession === 'thematic'
            ? `Phiên họp chuyên đề về ${random.pick(words.SUBJECTS)}`
            : `Phiên họp bất thường tháng ${month}`;
      const status = !past ? 'scheduled' : random.chance(0.9) ? 'concluded' : 'held';
      const created = enc.instant(new Date(time - 7 * DAY));
      sessionRows.push([
        id,
        title,
        kindOfSession,
        enc.instant(heldAt),
        'Hội trường UBND tỉnh',
        'Chủ tịch UBND tỉnh',
        status,
        past ? `Biên bản ${title.toLowerCase()}.` : null,
        status === 'concluded' ? 'Chủ tịch UBND tỉnh kết luận, giao nhiệm vụ cho các sở, ngành, địa phương.' : null,
        created,
        created,
      ]);
      const noticeSummary = `Thông báo kết luận ${title}`;
      const noticeNumber = status === 'concluded' ? `${id}/TB-UBND` : null;
      documentRows.push([
        id,
        'conclusion_notice',
        noticeNumber,
        localDateOf(new Date(time + 3 * DAY)),
        'UBND tỉnh',
        noticeSummary,
        foldVietnamese(`${noticeNumber ?? ''} UBND tỉnh ${noticeSummary}`),
        id,
        created,
        created,
      ]);
      for (let a = 0; a < 8; a++) {
        const departmentId = a === 0 ? null : summary.departmentIds[leadIndex.pick(random)];
        attendeeRows.push([
          attendeeRows.length + 1,
          id,
          random.pick(words.PEOPLE),
          a === 0 ? 'Chủ tịch UBND tỉnh' : 'Giám đốc',
          a === 0 ? 'UBND tỉnh' : null,
          departmentId,
          a === 0 ? 'chair' : a === 7 ? 'secretary' : 'member',
          random.chance(0.9) ? 'present' : 'delegated',
          null,
          null,
          created,
        ]);
      }
      if (past) {
        for (let r = 0; r < 3; r++) {
          const indicators = [
            {
              name: 'Chỉ số sản xuất công nghiệp',
              value: +random.between(90, 130).toFixed(2),
              unit: '%',
              changeFromPreviousPct: +random.between(-3, 5).toFixed(2),
              changeFromLastYearPct: +random.between(-5, 30).toFixed(2),
            },
            {
              name: 'Thu ngân sách nhà nước',
              value: random.int(20, 400),
              unit: 'tỷ đồng',
              changeFromPreviousPct: null,
              changeFromLastYearPct: +random.between(-10, 20).toFixed(2),
            },
          ];
          reportRows.push([
            reportRows.length + 1,
            id,
            summary.departmentIds[leadIndex.pick(random)],
            'Báo cáo tình hình kinh tế – xã hội',
            'Tình hình thực hiện nhiệm vụ trong tháng và phương hướng tháng tới.',
            JSON.stringify(indicators),
            created,
            created,
          ]);
        }
      }
    });
    await insert(
      'meeting_sessions',
      [
        'id',
        'title',
        'kind',
        'heldAt',
        'location',
        'chairedBy',
        'status',
        'minutes',
        'conclusion',
        'createdAt',
        'updatedAt',
      ],
      sessionRows,
    );
    documentRows.push([
      looseDocumentId,
      'official_letter',
      null,
      localDateOf(new Date(nowMs - 1100 * DAY)),
      'UBND tỉnh',
      'Văn bản giao các nhiệm vụ ngoài phiên họp',
      foldVietnamese('UBND tỉnh Văn bản giao các nhiệm vụ ngoài phiên họp'),
      null,
      enc.instant(new Date(nowMs - 1100 * DAY)),
      enc.instant(new Date(nowMs - 1100 * DAY)),
    ]);
    await insert(
      'documents',
      ['id', 'kind', 'number', 'issuedOn', 'issuer', 'summary', 'searchText', 'sessionId', 'createdAt', 'updatedAt'],
      documentRows,
    );
    await insert(
      'session_attendees',
      [
        'id',
        'sessionId',
        'fullName',
        'position',
        'organization',
        'departmentId',
        'role',
        'attendance',
        'delegateName',
        'note',
        'createdAt',
      ],
      attendeeRows,
    );
    await insert(
      'department_reports',
      ['id', 'sessionId', 'departmentId', 'title', 'body', 'indicators', 'createdAt', 'updatedAt'],
      reportRows,
    );

    const sessionOf = (createdMs: number): number | null => {
      // The latest session held before the task was created, for nine tasks in ten.
      let low = 0;
      let high = sessionTimes.length - 1;
      let found = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (sessionTimes[mid] <= createdMs) {
          found = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
      return found >= 0 && random.chance(0.9) ? found + 1 : null;
    };

    let progressId = 0;
    let extensionId = 0;
    let changeId = 0;
    for (let start = 0; start < size.tasks; start += CHUNK) {
      const taskRows: Cell[][] = [];
      const supportRows: Cell[][] = [];
      const progressRows: Cell[][] = [];
      const extensionRows: Cell[][] = [];
      const changeRows: Cell[][] = [];
      const notificationRows: Cell[][] = [];
      for (let id = start + 1; id <= Math.min(size.tasks, start + CHUNK); id++) {
        const status = random.weighted(STATUS_MIX);
        summary.statusCounts[status]++;
        const plan = planTask(status, nowMs, random);
        let dueDate: string | null = null;
        let dueAt: Date | null = null;
        if (plan.due !== null) {
          if (random.chance(0.75)) {
            dueDate = localDateOf(new Date(plan.due));
            dueAt = endOfDay(dueDate);
          } else {
            dueAt = new Date(Math.floor(plan.due / 60_000) * 60_000);
          }
        }
        const dueMs = dueAt?.getTime() ?? null;
        const completed =
          plan.completed === null ? null : resolveCompletion(status, plan.created, dueMs, nowMs, random);
        const cancelled = status === 'cancelled' ? plan.created + random.next() * (nowMs - plan.created) : null;
        if ((status === 'in_progress' || status === 'due_soon') && summary.openTaskIds.length < 20_000)
          summary.openTaskIds.push(id);
        if (status === 'in_progress' || status === 'due_soon') summary.plannableTaskCount++;

        const title =
          `${random.pick(words.ACTIONS)} ${random.pick(words.SUBJECTS)} ${random.pick(words.PLACES)}`.trim();
        const description = random.chance(0.8) ? `${random.pick(words.DETAILS)} ${random.pick(words.DETAILS)}` : null;
        const leadDepartmentId = summary.departmentIds[leadIndex.pick(random)];
        const supportCount = random.weighted({ 0: 30, 1: 35, 2: 25, 3: 10 });
        const supporters = new Set<number>();
        while (supporters.size < Number(supportCount)) {
          const d = random.pick(summary.departmentIds);
          if (d !== leadDepartmentId) supporters.add(d);
        }
        for (const d of supporters) supportRows.push([id, d]);

        // Extension history: approved extensions moved the deadline to where it is now.
        let deadlineVersion = 1;
        if (dueAt !== null && random.chance(0.12)) {
          const requests = random.chance(0.8) ? 1 : 2;
          let current = { dueAt, dueDate };
          const history: Cell[][] = [];
          const changes: Array<{
            previous: typeof current;
            next: typeof current;
            extensionId: number;
            decidedAt: number;
          }> = [];
          for (let r = 0; r < requests; r++) {
            const outcome =
              r === 0 && completed === null && cancelled === null && random.chance(0.15)
                ? 'pending'
                : random.weighted({ approved: 65, rejected: 35 });
            const shiftDays = random.int(10, 45);
            extensionId++;
            if (outcome === 'approved') {
              const previousAt = new Date(current.dueAt.getTime() - shiftDays * DAY);
              const previous = {
                dueAt: current.dueDate ? endOfDay(localDateOf(previousAt)) : previousAt,
                dueDate: current.dueDate ? localDateOf(previousAt) : null,
              };
              const requestedAt = Math.min(
                nowMs - DAY / 6,
                Math.max(plan.created, previous.dueAt.getTime() - random.between(2, 10) * DAY),
              );
              const decidedAt = Math.min(nowMs, requestedAt + random.between(0.2, 3) * DAY);
              history.push([
                extensionId,
                id,
                previous.dueDate,
                enc.instant(previous.dueAt),
                current.dueDate,
                enc.instant(current.dueAt),
                random.pick(words.EXTENSION_REASONS),
                'approved',
                'Đồng ý gia hạn.',
                enc.instant(new Date(decidedAt)),
                enc.instant(new Date(requestedAt)),
              ]);
              changes.push({ previous, next: current, extensionId, decidedAt });
              current = previous;
              deadlineVersion++;
            } else {
              const requested = new Date(current.dueAt.getTime() + shiftDays * DAY);
              const requestedDueDate = current.dueDate ? localDateOf(requested) : null;
              const requestedDueAt = requestedDueDate ? endOfDay(requestedDueDate) : requested;
              const requestedAt = Math.min(
                nowMs - DAY / 24,
                Math.max(plan.created, current.dueAt.getTime() - random.between(2, 10) * DAY),
              );
              const decided = outcome === 'rejected' ? enc.instant(new Date(Math.min(nowMs, requestedAt + DAY))) : null;
              history.push([
                extensionId,
                id,
                current.dueDate,
                enc.instant(current.dueAt),
                requestedDueDate,
                enc.instant(requestedDueAt),
                random.pick(words.EXTENSION_REASONS),
                outcome,
                outcome === 'rejected' ? 'Không đủ căn cứ gia hạn.' : null,
                decided,
                enc.instant(new Date(requestedAt)),
              ]);
            }
          }
          extensionRows.push(...history);
          // Deadline changes in the order they happened, numbered by the version each produced.
          changes.reverse().forEach((change, index) => {
            changeId++;
            changeRows.push([
              changeId,
              id,
              change.previous.dueDate,
              enc.instant(change.previous.dueAt),
              change.next.dueDate,
              enc.instant(change.next.dueAt),
              index + 2,
              'extension',
              change.extensionId,
              'Gia hạn theo đề nghị của đơn vị chủ trì.',
              enc.instant(new Date(change.decidedAt)),
            ]);
          });
        }

        // Progress updates, the last of which completes a done task.
        const updates =
          completed !== null ? random.int(1, 3) : status === 'cancelled' ? random.int(0, 1) : random.int(0, 3);
        const until = completed ?? cancelled ?? nowMs;
        let percent = 0;
        for (let u = 0; u < updates; u++) {
          const last = u === updates - 1;
          const isCompletion = last && completed !== null;
          percent = isCompletion ? 100 : Math.min(95, percent + random.int(10, 40));
          const at = isCompletion ? completed : plan.created + ((u + 1) / (updates + 1)) * (until - plan.created);
          progressId++;
          progressRows.push([
            progressId,
            id,
            percent,
            random.pick(words.PROGRESS_NOTES),
            isCompletion,
            leadDepartmentId,
            null,
            enc.instant(new Date(at)),
          ]);
        }
        if (dueAt !== null && completed === null && cancelled === null) {
          const facts = {
            id,
            title,
            dueAt,
            dueDate,
            deadlineVersion,
            leadDepartmentId,
            supportDepartmentIds: [...supporters],
            createdAt: new Date(plan.created),
          };
          if (dueAt.getTime() > nowMs) notificationRows.push(...reminderRows.pending(facts, now));
          else notificationRows.push(reminderRows.sentOverdue(facts));
        }
        const created = enc.instant(new Date(plan.created));
        const sessionId = sessionOf(plan.created);
        taskRows.push([
          id,
          title,
          description,
          searchTextOf(title, description),
          sessionId,
          sessionId ?? looseDocumentId,
          dueAt === null ? 'standing' : 'deadline',
          leadDepartmentId,
          dueDate,
          enc.instant(dueAt),
          deadlineVersion,
          random.chance(0.15),
          completed !== null ? 100 : percent,
          enc.instant(completed === null ? null : new Date(completed)),
          completed === null ? null : localDateOf(new Date(completed)),
          enc.instant(completed === null ? null : new Date(completed)),
          enc.instant(cancelled === null ? null : new Date(cancelled)),
          cancelled === null ? null : 'Nhiệm vụ không còn phù hợp với tình hình thực tế.',
          1 + updates,
          created,
          enc.instant(new Date(Math.max(plan.created, completed ?? cancelled ?? plan.created))),
        ]);
      }
      await insert(
        'tasks',
        [
          'id',
          'title',
          'description',
          'searchText',
          'sessionId',
          'documentId',
          'kind',
          'leadDepartmentId',
          'dueDate',
          'dueAt',
          'deadlineVersion',
          'isKey',
          'progressPercent',
          'completedAt',
          'completedOn',
          'confirmedAt',
          'cancelledAt',
          'cancelReason',
          'version',
          'createdAt',
          'updatedAt',
        ],
        taskRows,
      );
      await insert('task_support_departments', ['taskId', 'departmentId'], supportRows);
      await insert(
        'task_progress',
        ['id', 'taskId', 'percent', 'note', 'completed', 'departmentId', 'authorId', 'createdAt'],
        progressRows,
      );
      await insert(
        'task_extensions',
        [
          'id',
          'taskId',
          'previousDueDate',
          'previousDueAt',
          'requestedDueDate',
          'requestedDueAt',
          'reason',
          'status',
          'decisionNote',
          'decidedAt',
          'createdAt',
        ],
        extensionRows,
      );
      await insert(
        'task_deadline_changes',
        [
          'id',
          'taskId',
          'previousDueDate',
          'previousDueAt',
          'newDueDate',
          'newDueAt',
          'deadlineVersion',
          'source',
          'extensionId',
          'reason',
          'changedAt',
        ],
        changeRows,
      );
      await insert('notifications', NOTIFICATION_COLUMNS, notificationRows);
    }
    await continueIds(runner, dialect, [
      'departments',
      'meeting_sessions',
      'documents',
      'session_attendees',
      'department_reports',
      'tasks',
      'task_progress',
      'task_extensions',
      'task_deadline_changes',
    ]);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    for (const statement of dialect.bulkLoad.end) await runner.query(statement);
    await runner.release();
  }
  for (const statement of dialect.bulkLoad.statistics) await dataSource.query(statement);
  summary.generationMs = Date.now() - started;
  return summary;
}

/**
 * The app's time-zone rules (zoned-time.ts), memoised: a hundred thousand
 * deadlines fall on a few thousand days and hours, and asking luxon for each
 * instant would make generation several times slower.
 */
class ZoneCalendar {
  private readonly offsets = new Map<number, number>();
  private readonly ends = new Map<string, Date>();

  constructor(private readonly zone: string) {}

  localDate(ms: number): string {
    const hour = Math.floor(ms / 3_600_000);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = DateTime.fromMillis(hour * 3_600_000, { zone: this.zone }).offset;
      this.offsets.set(hour, offset);
    }
    return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
  }

  endOfDay(date: string): Date {
    let end = this.ends.get(date);
    if (!end) {
      end = endOfLocalDay(date, this.zone);
      this.ends.set(date, end);
    }
    return end;
  }
}

interface TaskPlan {
  created: number;
  due: number | null;
  /** Non-null when the task is done; the exact instant is set once the deadline is rounded. */
  completed: true | null;
}

/** Creation and deadline instants that give the task `status` at `now`. */
function planTask(status: TaskStatusName, now: number, random: Random): TaskPlan {
  switch (status) {
    case 'in_progress':
      return {
        created: now - random.between(1, 120) * DAY,
        due: now + random.between(3.5, 180) * DAY,
        completed: null,
      };
    case 'due_soon':
      // Well inside the window even after a date deadline is moved to the end of its day.
      return { created: now - random.between(5, 90) * DAY, due: now + random.between(0.1, 1.9) * DAY, completed: null };
    case 'overdue': {
      const created = now - random.between(20, 900) * DAY;
      return {
        created,
        due: Math.min(created + random.between(7, 120) * DAY, now - random.between(2, 15) * DAY),
        completed: null,
      };
    }
    case 'standing':
      return { created: now - random.between(1, 900) * DAY, due: null, completed: null };
    case 'awaiting_confirmation':
    case 'done_on_time': {
      const created = now - random.between(10, 1000) * DAY;
      return { created, due: created + random.between(7, 180) * DAY, completed: true };
    }
    case 'done_late': {
      const created = now - random.between(60, 1000) * DAY;
      return { created, due: Math.min(created + random.between(7, 120) * DAY, now - 5 * DAY), completed: true };
    }
    case 'cancelled':
      return {
        created: now - random.between(10, 900) * DAY,
        due: now + random.between(-300, 100) * DAY,
        completed: null,
      };
  }
}

function resolveCompletion(
  status: TaskStatusName,
  created: number,
  due: number | null,
  now: number,
  random: Random,
): number {
  if (status === 'done_late' && due !== null) {
    return due + random.between(0.5, Math.min(60, (now - due) / DAY - 0.1)) * DAY;
  }
  const latest = Math.min(due ?? now, now - 60_000);
  return created + random.between(0.2, 0.95) * (latest - created);
}
