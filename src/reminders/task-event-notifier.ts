import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { deliverableAddresses } from '../mail/mail-text';
import { TaskExtension } from '../tasks/entities/task-extension.entity';
import { Task } from '../tasks/entities/task.entity';
import { TaskChange, TaskChangeBus, TaskChangeKind, TaskChangeListener } from '../tasks/task-change-bus';
import { User } from '../users/user.entity';
import { NotificationScheduler } from '../notifications/notification-scheduler.service';
import { Notification, RecipientRole, TaskEventKind } from '../notifications/notification.entity';

/** The task change each event e-mail answers. */
const EVENT_OF: Partial<Record<TaskChangeKind, TaskEventKind>> = {
  created: 'assigned',
  updated: 'assigned',
  deadline_changed: 'deadline_moved',
  cancelled: 'task_cancelled',
  extension_requested: 'ext_requested',
  extension_decided: 'ext_decided',
  extension_forwarded: 'ext_forwarded',
  completed: 'done_reported',
  completion_returned: 'done_returned',
};

interface Recipient {
  role: RecipientRole;
  departmentId: number | null;
  /** Suffix of the delivery key naming the recipient: `d12`, `office`, `u4`. */
  key: string;
  recipients: string[];
}

/**
 * E-mails the moments that call for someone's action, each once, through the
 * same delivery machinery as reminders: a row per recipient written in the
 * change's own transaction (its delivery key names the event, so a retried or
 * repeated change adds nothing), queued after the commit, sent and recorded by
 * NotificationSender.
 *
 * - a task assigned: its lead and cooperating departments (a department added later gets it then);
 * - its deadline changed, or the task stopped: the same departments;
 * - an extension requested: the leader in charge (or, without one, the chairman) and the office;
 * - an extension request forwarded by the office with its opinion: the leader in charge (or the chairman);
 * - an extension decided: the lead department;
 * - a completion reported by the unit: the office (one the office records itself needs no notice);
 * - a completion returned by the office: the lead department.
 */
@Injectable()
export class TaskEventNotifier implements TaskChangeListener, OnModuleInit {
  constructor(
    private readonly bus: TaskChangeBus,
    private readonly config: AppConfig,
    private readonly scheduler: NotificationScheduler,
  ) {}

  onModuleInit(): void {
    this.bus.register(this);
  }

  async inTransaction(manager: EntityManager, change: TaskChange): Promise<void> {
    const event = EVENT_OF[change.kind];
    if (!event || !this.config.eventEmails) return;
    const task = await manager.findOne(Task, {
      where: { id: change.taskId },
      relations: { leadDepartment: true, supportDepartments: true },
      relationLoadStrategy: 'query',
    });
    if (!task) return;
    const rows = await this.rowsFor(manager, event, change.kind, task);
    for (let i = 0; i < rows.length; i += 200) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(rows.slice(i, i + 200))
        .orIgnore()
        .updateEntity(false)
        .execute();
    }
  }

  async afterCommit(change: TaskChange): Promise<void> {
    if (EVENT_OF[change.kind] && this.config.eventEmails) await this.scheduler.scheduleTask(change.taskId);
  }

  private async rowsFor(
    manager: EntityManager,
    event: TaskEventKind,
    change: TaskChangeKind,
    task: Task,
  ): Promise<Array<Partial<Notification>>> {
    const units = this.units(task);
    const office: Recipient[] = deliverableAddresses(this.config.officeEmails).length
      ? [
          {
            role: 'office',
            departmentId: null,
            key: 'office',
            recipients: deliverableAddresses(this.config.officeEmails),
          },
        ]
      : [];
    let recipients: Recipient[] = [];
    let occasion = '';
    switch (event) {
      case 'assigned': {
        if (change === 'updated') {
          // Only tasks assigned since these e-mails exist: an edit of an older task tells nobody it was "assigned".
          const notified = await manager.count(Notification, { where: { taskId: task.id, kind: 'assigned' } });
          if (notified === 0) return [];
        }
        if (task.cancelledAt || task.completedAt) return [];
        recipients = units;
        break;
      }
      case 'deadline_moved':
        recipients = units;
        occasion = `.v${task.deadlineVersion}`;
        break;
      case 'task_cancelled':
        recipients = units;
        break;
      case 'ext_requested':
      case 'ext_forwarded':
      case 'ext_decided': {
        const extension = await manager.findOne(TaskExtension, {
          where: {
            taskId: task.id,
            ...(event === 'ext_decided'
              ? { status: In(['approved', 'rejected']) }
              : { status: 'pending', ...(event === 'ext_forwarded' ? { forwardedAt: Not(IsNull()) } : {}) }),
          },
          order: { id: 'DESC' },
        });
        if (!extension) return [];
        occasion = `.x${extension.id}`;
        recipients =
          event === 'ext_requested'
            ? [...(await this.deciders(manager, task)), ...office]
            : event === 'ext_forwarded'
              ? await this.deciders(manager, task)
              : units.slice(0, 1);
        break;
      }
      case 'done_reported':
        // Recorded by the office itself: confirmed at once, nobody to tell.
        if (task.confirmedAt || !task.completedAt) return [];
        occasion = `.c${task.completedAt.getTime()}`;
        recipients = office;
        break;
      case 'done_returned':
        // Each return opens a new deadline version: a second return is a new notice, a retried one is not.
        occasion = `.r${task.deadlineVersion}`;
        recipients = units.slice(0, 1);
        break;
    }
    const now = new Date();
    return recipients.map((recipient) => ({
      kind: event,
      deliveryKey: `${event}.t${task.id}${occasion}.${recipient.key}`,
      taskId: task.id,
      deadlineVersion: null,
      reminderOffset: null,
      departmentId: recipient.departmentId,
      role: recipient.role,
      period: null,
      recipients: recipient.recipients,
      subject: `${task.title}`.slice(0, 500),
      status: 'pending',
      scheduledAt: now,
      attempts: 0,
    }));
  }

  /** The lead department first, then the cooperating ones. */
  private units(task: Task): Recipient[] {
    const seen = new Set<number>();
    const result: Recipient[] = [];
    const add = (id: number, emails: string[] | null | undefined, role: RecipientRole) => {
      if (seen.has(id)) return;
      seen.add(id);
      result.push({ role, departmentId: id, key: `d${id}`, recipients: deliverableAddresses(emails ?? []) });
    };
    if (task.leadDepartment) add(task.leadDepartmentId, task.leadDepartment.emails, 'lead');
    for (const department of task.supportDepartments ?? []) add(department.id, department.emails, 'cooperating');
    return result;
  }

  /** Who decides an extension: the leader in charge, else the chairman (every active one). */
  private async deciders(manager: EntityManager, task: Task): Promise<Recipient[]> {
    const leaders = await manager.find(User, {
      where: task.leaderId ? { id: task.leaderId, active: true } : { leaderTitle: 'chairman', active: true },
    });
    return leaders
      .filter((user) => deliverableAddresses([user.email]).length > 0)
      .map((user) => ({ role: 'leader', departmentId: null, key: `u${user.id}`, recipients: [user.email] }));
  }
}
