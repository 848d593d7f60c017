import { deliverableAddresses, messageIdFor, senderDomain } from '../../src/mail/mail-text';
import { composeOverdue, composeReminder, TaskFacts } from '../../src/reminders/notification-messages';
import { parseReminderOffsets, planTaskNotifications, ReminderPolicy } from '../../src/reminders/reminder-plan';
import { Cell, RowEncoder } from './bulk-insert';

export const NOTIFICATION_COLUMNS = [
  'kind',
  'deliveryKey',
  'taskId',
  'deadlineVersion',
  'reminderOffset',
  'departmentId',
  'role',
  'period',
  'recipients',
  'subject',
  'status',
  'scheduledAt',
  'sentAt',
  'attempts',
  'messageId',
  'createdAt',
  'updatedAt',
];

export interface ReminderSettings {
  offsets: string[];
  reminderTime: string;
  timeZone: string;
  appUrl: string;
  mailFrom: string;
  /** PROVINCE_NAME of the app under test. */
  province: string;
}

export interface OpenTaskFacts {
  id: number;
  title: string;
  dueAt: Date;
  dueDate: string | null;
  deadlineVersion: number;
  leadDepartmentId: number;
  supportDepartmentIds: number[];
  createdAt: Date;
}

/**
 * The notification rows the app's reminder planner keeps for open tasks, made
 * with its own plan and message functions, so that the data set looks like a
 * deployment that has been running: every open task with a future deadline has
 * its pending reminders and overdue notice, every overdue task its notice sent.
 */
export class ReminderRows {
  private readonly policy: ReminderPolicy;
  private readonly domain: string;

  constructor(
    private readonly settings: ReminderSettings,
    private readonly departments: Map<number, { name: string; emails: string[] }>,
    private readonly enc: RowEncoder,
  ) {
    this.policy = {
      offsets: parseReminderOffsets(settings.offsets),
      reminderTime: settings.reminderTime,
      timeZone: settings.timeZone,
    };
    this.domain = senderDomain(settings.mailFrom);
  }

  private facts(task: OpenTaskFacts): TaskFacts {
    return {
      id: task.id,
      title: task.title,
      dueAt: task.dueAt,
      dueDate: task.dueDate,
      leadDepartmentName: this.departments.get(task.leadDepartmentId)?.name ?? '',
    };
  }

  /** Pending rows of an open task whose deadline is ahead, as the planner writes them when the task is created. */
  pending(task: OpenTaskFacts, now: Date): Cell[][] {
    const recipients = [
      { departmentId: task.leadDepartmentId, role: 'lead' as const },
      ...task.supportDepartmentIds.map((departmentId) => ({ departmentId, role: 'cooperating' as const })),
    ];
    const facts = this.facts(task);
    const created = this.enc.instant(task.createdAt);
    return planTaskNotifications(task, recipients, this.policy)
      .filter((plan) => plan.scheduledAt.getTime() > now.getTime())
      .map((plan) => {
        const department = { name: this.departments.get(plan.departmentId)?.name ?? '' };
        const context = {
          appUrl: this.settings.appUrl,
          timeZone: this.settings.timeZone,
          now: plan.scheduledAt,
          province: this.settings.province,
        };
        const subject =
          plan.kind === 'overdue'
            ? composeOverdue(facts, department, context).subject
            : composeReminder(facts, department, plan.role, context).subject;
        return [
          plan.kind,
          plan.deliveryKey,
          task.id,
          task.deadlineVersion,
          plan.reminderOffset,
          plan.departmentId,
          plan.role,
          null,
          JSON.stringify(deliverableAddresses(this.departments.get(plan.departmentId)?.emails ?? [])),
          subject,
          'pending',
          this.enc.instant(plan.scheduledAt),
          null,
          0,
          null,
          created,
          created,
        ];
      });
  }

  /** The overdue notice an overdue task was sent when its deadline passed. */
  sentOverdue(task: OpenTaskFacts): Cell[] {
    const key = `overdue.t${task.id}.v${task.deadlineVersion}.d${task.leadDepartmentId}`;
    const sentAt = new Date(task.dueAt.getTime() + 2_000);
    const department = { name: this.departments.get(task.leadDepartmentId)?.name ?? '' };
    const context = {
      appUrl: this.settings.appUrl,
      timeZone: this.settings.timeZone,
      now: new Date(task.dueAt.getTime() + 1),
      province: this.settings.province,
    };
    return [
      'overdue',
      key,
      task.id,
      task.deadlineVersion,
      null,
      task.leadDepartmentId,
      'lead',
      null,
      JSON.stringify(deliverableAddresses(this.departments.get(task.leadDepartmentId)?.emails ?? [])),
      composeOverdue(this.facts(task), department, context).subject,
      'sent',
      this.enc.instant(new Date(task.dueAt.getTime() + 1)),
      this.enc.instant(sentAt),
      1,
      messageIdFor(key, this.domain),
      this.enc.instant(task.createdAt),
      this.enc.instant(sentAt),
    ];
  }
}
