import { INestApplicationContext } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../common/auth/actor';
import { DataSource } from 'typeorm';
import { addCalendarDays, localDateOf, localTimeOn } from '../common/time/zoned-time';
import { AppConfig } from '../config/app-config';
import { DepartmentsService } from '../departments/departments.service';
import { DocumentsService } from '../documents/documents.service';
import { ListDocumentsQuery } from '../documents/dto/document.dto';
import { AttendeesService } from '../sessions/attendees.service';
import { ListAttendeesQuery } from '../sessions/dto/attendee.dto';
import { ListReportsQuery } from '../sessions/dto/report.dto';
import { ReportsService } from '../sessions/reports.service';
import { SessionsService } from '../sessions/sessions.service';
import { ListTasksQuery } from '../tasks/dto/list-tasks.query';
import { TaskExtensionService } from '../tasks/task-extensions.service';
import { TASK_STATUSES, TaskStatus } from '../tasks/task-status';
import { TaskService } from '../tasks/tasks.service';
import { activeLeaders } from '../users/users.service';
import { DEMO_DEPARTMENTS } from './demo-departments';
import { DEMO_ATTENDEES, DEMO_REPORTS, DEMO_SESSION } from './demo-session';
import {
  DEMO_FOLLOW_UP_DOCUMENT,
  DEMO_RECURRING_TASK,
  DEMO_TASKS,
  DemoRecurringTask,
  DemoTask,
  demoLeaderTitle,
  officeNote,
} from './demo-tasks';

export interface SeedCount {
  total: number;
  added: number;
}

export interface SeedSummary {
  departments: SeedCount;
  session: { id: number; title: string; heldAt: string; added: boolean };
  attendees: SeedCount;
  reports: SeedCount;
  tasks: SeedCount;
  taskStatuses: Record<TaskStatus, number>;
}

/** Large enough for every list the demo reads back in one page. */
const ALL = 200;

/**
 * Loads the demo session through the application's own services, so that the
 * same validation, transactions and task-change listeners apply as for a user.
 * Every record is looked up by its natural key first (department code, the
 * session's notice number or title, attendee name, report department and
 * title, task title), so a second run adds nothing.
 */
export class DemoSeeder {
  constructor(
    private readonly config: AppConfig,
    private readonly departments: DepartmentsService,
    private readonly sessions: SessionsService,
    private readonly attendees: AttendeesService,
    private readonly reports: ReportsService,
    private readonly tasks: TaskService,
    private readonly extensions: TaskExtensionService,
    private readonly documents: DocumentsService,
    private readonly dataSource: DataSource,
  ) {}

  static fromApp(app: INestApplicationContext): DemoSeeder {
    return new DemoSeeder(
      app.get(AppConfig),
      app.get(DepartmentsService),
      app.get(SessionsService),
      app.get(AttendeesService),
      app.get(ReportsService),
      app.get(TaskService),
      app.get(TaskExtensionService),
      app.get(DocumentsService),
      app.get(DataSource),
    );
  }

  /**
   * `afterDepartments` runs once the units exist and before the tasks are
   * created: the seed script creates the demo accounts there, so that each task
   * names its leader in charge.
   */
  async run(now = new Date(), hooks: { afterDepartments?: () => Promise<unknown> } = {}): Promise<SeedSummary> {
    const zone = this.config.timeZone;
    const sessionDay = addCalendarDays(localDateOf(now, zone), -DEMO_SESSION.heldDaysAgo);

    // A unit with a demo code that the demo did not create (its addresses are not the demo's .example ones)
    // is a real unit: demo tasks attached to it would send reminders to its real mailboxes. Checked for
    // every unit before anything is written.
    const existing = new Map<string, Awaited<ReturnType<DepartmentsService['findByCode']>>>();
    for (const demo of DEMO_DEPARTMENTS) {
      const department = await this.departments.findByCode(demo.code);
      if (department && !department.emails.every((email) => email.endsWith('@backan.example'))) {
        throw new Error(
          `Unit ${demo.code} exists and was not created by the demo data (its e-mail addresses are real); ` +
            'the demo data is loaded only into a database of its own',
        );
      }
      existing.set(demo.code, department);
    }
    const departmentIds = new Map<string, number>();
    let departmentsAdded = 0;
    for (const demo of DEMO_DEPARTMENTS) {
      let department = existing.get(demo.code) ?? null;
      if (!department) {
        department = await this.departments.create({ ...demo, emails: [...demo.emails] });
        departmentsAdded++;
      }
      departmentIds.set(demo.code, department.id);
    }
    await hooks.afterDepartments?.();
    const leaders = await activeLeaders(this.dataSource.manager);
    const leaderOf = (demo: DemoTask | DemoRecurringTask) =>
      leaders.find((leader) => leader.leaderTitle === demoLeaderTitle(demo))?.id ?? null;
    const idOf = (code: string) => {
      const id = departmentIds.get(code);
      if (id === undefined) throw new Error(`Demo data names an unknown department code: ${code}`);
      return id;
    };

    let session = await this.sessions.findByNoticeOrTitle(DEMO_SESSION.noticeNumber, DEMO_SESSION.title, SYSTEM_ACTOR);
    const sessionAdded = !session;
    if (!session) {
      session = await this.sessions.create(SYSTEM_ACTOR, {
        title: DEMO_SESSION.title,
        kind: DEMO_SESSION.kind,
        heldAt: localTimeOn(sessionDay, DEMO_SESSION.heldAtLocalTime, zone).toISOString(),
        location: DEMO_SESSION.location,
        chairedBy: DEMO_SESSION.chairedBy,
        status: DEMO_SESSION.status,
        minutes: DEMO_SESSION.minutes,
        conclusion: DEMO_SESSION.conclusion,
        noticeNumber: DEMO_SESSION.noticeNumber,
        noticeDate: addCalendarDays(sessionDay, DEMO_SESSION.noticeDaysAfterSession),
      });
    }
    const sessionId = session.id;
    const documentId = await this.conclusionNotice(sessionId, session.noticeDate ?? localDateOf(now, zone));
    // Deadlines count from the day the session was held, even when it was seeded on an earlier day.
    const heldOn = localDateOf(new Date(session.heldAt), zone);
    const followUpId = await this.followUpLetter(sessionId, heldOn);

    const existingAttendees = await this.attendees.list(
      sessionId,
      Object.assign(new ListAttendeesQuery(), { limit: ALL }),
    );
    const attendeeNames = new Set(existingAttendees.items.map((a) => a.fullName));
    let attendeesAdded = 0;
    for (const demo of DEMO_ATTENDEES) {
      if (attendeeNames.has(demo.fullName)) continue;
      await this.attendees.create(sessionId, {
        fullName: demo.fullName,
        position: demo.position,
        organization: demo.organization,
        departmentId: demo.departmentCode ? idOf(demo.departmentCode) : null,
        role: demo.role,
        attendance: demo.attendance,
        delegateName: demo.delegateName ?? null,
        note: demo.note ?? null,
      });
      attendeesAdded++;
    }

    const existingReports = await this.reports.list(sessionId, Object.assign(new ListReportsQuery(), { limit: ALL }));
    const reportKeys = new Set(existingReports.items.map((r) => `${r.departmentId}|${r.title}`));
    let reportsAdded = 0;
    for (const demo of DEMO_REPORTS) {
      const departmentId = idOf(demo.departmentCode);
      if (reportKeys.has(`${departmentId}|${demo.title}`)) continue;
      await this.reports.create(SYSTEM_ACTOR, sessionId, {
        departmentId,
        title: demo.title,
        body: demo.body,
        indicators: demo.indicators.map((indicator) => ({ ...indicator })),
      });
      reportsAdded++;
    }

    const taskTitles = new Set((await this.sessionTasks(sessionId)).map((t) => t.title));
    let tasksAdded = 0;
    for (const demo of [...DEMO_TASKS, DEMO_RECURRING_TASK]) {
      if (taskTitles.has(demo.title)) continue;
      const assignedBy = demo.source === 'conclusion' ? documentId : followUpId;
      await this.createTask(demo, sessionId, assignedBy, leaderOf(demo), heldOn, idOf);
      tasksAdded++;
    }

    const seededTasks = await this.sessionTasks(sessionId);
    const taskStatuses = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
    for (const task of seededTasks) taskStatuses[task.status]++;

    return {
      departments: { total: DEMO_DEPARTMENTS.length, added: departmentsAdded },
      session: { id: sessionId, title: session.title, heldAt: session.heldAt, added: sessionAdded },
      attendees: { total: existingAttendees.total + attendeesAdded, added: attendeesAdded },
      reports: { total: existingReports.total + reportsAdded, added: reportsAdded },
      tasks: { total: seededTasks.length, added: tasksAdded },
      taskStatuses,
    };
  }

  /** Creates a directive and plays out what has happened to it since the session. */
  private async createTask(
    demo: DemoTask | DemoRecurringTask,
    sessionId: number,
    documentId: number,
    leaderId: number | null,
    heldOn: string,
    idOf: (code: string) => number,
  ): Promise<void> {
    const note = officeNote(demo.officeSets);
    const deadline =
      'recurrence' in demo
        ? { kind: demo.kind, recurrence: demo.recurrence }
        : {
            kind: demo.dueDaysAfterSession === null ? ('standing' as const) : ('deadline' as const),
            dueDate: demo.dueDaysAfterSession === null ? null : addCalendarDays(heldOn, demo.dueDaysAfterSession),
          };
    const task = await this.tasks.create(
      {
        title: demo.title,
        // The item's text as written, then the office's note on what it decided itself.
        description: note ? `${demo.description}\n\n${note}` : demo.description,
        sessionId,
        documentId,
        leaderId,
        leadDepartmentId: idOf(demo.leadCode),
        supportDepartmentIds: demo.supportCodes.map(idOf),
        ...deadline,
        isKey: demo.isKey,
      },
      SYSTEM_ACTOR,
    );
    // Progress comes from the lead unit, as the unit's own reports would.
    for (const update of demo.progress) {
      await this.tasks.addProgress(task.id, { percent: update.percent, note: update.note }, SYSTEM_ACTOR, {
        reportedByUnit: true,
      });
    }
    if (demo.extension) {
      // Requested on the day the demo tells (the day after the session unless it says otherwise, at 08:00 or
      // the moment the seed runs if sooner): before the deadline ends, as the rules want.
      const requestedOn = addCalendarDays(heldOn, demo.extension.requestedDaysAfterSession ?? 1);
      const requestedAt = new Date(
        Math.min(localTimeOn(requestedOn, '08:00', this.config.timeZone).getTime(), Date.now()),
      );
      const extension = await this.extensions.request(
        task.id,
        { dueDate: addCalendarDays(heldOn, demo.extension.dueDaysAfterSession), reason: demo.extension.reason },
        SYSTEM_ACTOR,
        { requestedAt },
      );
      const decision = demo.extension.decision;
      if (decision?.approve === true) await this.extensions.approve(task.id, extension.id, decision.note, SYSTEM_ACTOR);
      if (decision?.approve === false) await this.extensions.reject(task.id, extension.id, decision.note, SYSTEM_ACTOR);
    }
    if ('recurrence' in demo) {
      await this.reportPastOccurrences(task.id, demo);
      return;
    }
    if (demo.completion) {
      const { note: result, completedDaysAfterSession: day, reportedByUnit } = demo.completion;
      await this.tasks.addProgress(
        task.id,
        { note: result, completed: true, completedOn: day === undefined ? undefined : addCalendarDays(heldOn, day) },
        SYSTEM_ACTOR,
        { reportedByUnit },
      );
    }
    if (demo.cancellation) await this.tasks.cancel(task.id, demo.cancellation, SYSTEM_ACTOR);
  }

  /**
   * A recurring task's occurrences already due when the seed runs: reported by
   * the unit on their due date (recorded then, so the completion rules hold as
   * of that day) and confirmed by the office. The next occurrence stays open.
   */
  private async reportPastOccurrences(taskId: number, demo: DemoRecurringTask): Promise<void> {
    if (!demo.completion) return;
    const zone = this.config.timeZone;
    const today = localDateOf(new Date(), zone);
    for (const occurrence of await this.tasks.listOccurrences(taskId, SYSTEM_ACTOR)) {
      if (occurrence.dueDate >= today) break;
      await this.tasks.addProgress(
        taskId,
        {
          note: demo.completion.note,
          completed: true,
          completedOn: occurrence.dueDate,
          occurrenceId: occurrence.id,
        },
        SYSTEM_ACTOR,
        { reportedByUnit: true, recordedAt: localTimeOn(occurrence.dueDate, '16:00', zone) },
      );
      await this.tasks.confirm(taskId, SYSTEM_ACTOR, occurrence.id);
    }
  }

  /** The session's conclusion notice, the assigning document of its tasks. */
  private async conclusionNotice(sessionId: number, noticeDate: string): Promise<number> {
    const existing = await this.documents.list(
      Object.assign(new ListDocumentsQuery(), { sessionId, kind: 'conclusion_notice', limit: 1 }),
      SYSTEM_ACTOR,
    );
    if (existing.items.length > 0) return existing.items[0].id;
    const created = await this.documents.create(
      {
        kind: 'conclusion_notice',
        number: DEMO_SESSION.noticeNumber,
        issuedOn: noticeDate,
        issuer: 'UBND tỉnh Bắc Kạn',
        summary: `Thông báo kết luận của Chủ tịch UBND tỉnh tại ${DEMO_SESSION.title}`,
        sessionId,
      },
      SYSTEM_ACTOR,
    );
    return created.id;
  }

  /** The office's follow-up letter (invented for the demo), the assigning document of the tasks the seed cannot supply. */
  private async followUpLetter(sessionId: number, heldOn: string): Promise<number> {
    const existing = await this.documents.list(
      Object.assign(new ListDocumentsQuery(), { sessionId, kind: DEMO_FOLLOW_UP_DOCUMENT.kind, limit: 1 }),
      SYSTEM_ACTOR,
    );
    if (existing.items.length > 0) return existing.items[0].id;
    const created = await this.documents.create(
      {
        kind: DEMO_FOLLOW_UP_DOCUMENT.kind,
        number: DEMO_FOLLOW_UP_DOCUMENT.number,
        issuedOn: addCalendarDays(heldOn, DEMO_FOLLOW_UP_DOCUMENT.issuedDaysAfterSession),
        issuer: DEMO_FOLLOW_UP_DOCUMENT.issuer,
        summary: DEMO_FOLLOW_UP_DOCUMENT.summary,
        sessionId,
      },
      SYSTEM_ACTOR,
    );
    return created.id;
  }

  private async sessionTasks(sessionId: number) {
    const page = await this.tasks.list(Object.assign(new ListTasksQuery(), { sessionId, limit: ALL }), SYSTEM_ACTOR);
    return page.items;
  }
}

/** A few lines for the console. */
export function formatSummary(summary: SeedSummary): string {
  const count = (c: SeedCount) => `${c.total} (${c.added === 0 ? 'already there' : `${c.added} added`})`;
  const statuses = TASK_STATUSES.filter((s) => summary.taskStatuses[s] > 0)
    .map((s) => `${s} ${summary.taskStatuses[s]}`)
    .join(', ');
  return [
    `Demo data: ${summary.session.title} (session #${summary.session.id}, held ${summary.session.heldAt}, ${
      summary.session.added ? 'added' : 'already there'
    })`,
    `  departments ${count(summary.departments)}, attendees ${count(summary.attendees)}, reports ${count(
      summary.reports,
    )}, tasks ${count(summary.tasks)}`,
    `  task statuses now: ${statuses}`,
  ].join('\n');
}
