import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { Actor, isDepartmentActor } from '../common/auth/actor';
import { localDateOf } from '../common/time/zoned-time';
import { AppConfig } from '../config/app-config';
import { Department } from '../departments/department.entity';
import { TaskExtension } from '../tasks/entities/task-extension.entity';
import { TaskProgress } from '../tasks/entities/task-progress.entity';
import { Task } from '../tasks/entities/task.entity';
import { decidesExtension } from '../tasks/tasks.policy';
import { DAY_MS, deriveTaskStatus, dueSoonLimit, TASK_STATUS_LABELS } from '../tasks/task-status';
import { RETURNED_COMPLETION_NOTE } from '../tasks/tasks.service';
import { User } from '../users/user.entity';
import { INBOX_KINDS, InboxItem, InboxKind, InboxResponse } from './dto/inbox.dto';

const open = { completedAt: IsNull(), cancelledAt: IsNull() };

/**
 * What awaits the signed-in user's action ("Việc chờ xử lý"): decisions on
 * extension requests for a leader; confirmations and requests to forward for
 * the office; for a unit, the tasks it leads that are overdue or due soon and
 * the completions the office returned.
 */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async of(actor: Actor): Promise<InboxResponse> {
    const manager = this.dataSource.manager;
    const now = new Date();
    const items: InboxItem[] = [];
    const pending: Array<
      Omit<InboxItem, 'leadDepartmentName' | 'status' | 'statusLabel' | 'dueDate' | 'title'> & {
        task: Task;
      }
    > = [];
    const add = (kind: InboxKind, task: Task, waitingSince: Date, extra: Partial<InboxItem> = {}) =>
      pending.push({
        kind,
        task,
        taskId: task.id,
        occurrenceId: null,
        extensionId: null,
        waitingSince: waitingSince.toISOString(),
        note: null,
        ...extra,
      });

    if (actor.role === 'leader' || actor.role === 'office' || actor.role === 'admin') {
      const requests = await manager.find(TaskExtension, { where: { status: 'pending' }, order: { id: 'ASC' } });
      const tasks = await this.tasksById(
        manager,
        requests.map((r) => r.taskId),
      );
      const leaderTitle = await this.leaderTitleOf(manager, actor);
      for (const request of requests) {
        const task = tasks.get(request.taskId);
        if (!task || task.cancelledAt || task.completedAt) continue;
        const decides = decidesExtension(actor, {
          leaderTitle,
          taskLeaderId: task.leaderId,
          officeDecides: this.config.officeDecidesExtensions,
        });
        const note = request.forwardOpinion
          ? `${request.reason} — Ý kiến của Văn phòng: ${request.forwardOpinion}`
          : request.reason;
        if (decides) {
          const since = actor.role === 'leader' && request.forwardedAt ? request.forwardedAt : request.createdAt;
          add('decide_extension', task, since, { extensionId: request.id, note });
        } else if (actor.role !== 'leader' && request.forwardedAt === null) {
          add('forward_extension', task, request.createdAt, { extensionId: request.id, note: request.reason });
        }
      }
    }

    if (actor.role === 'office' || actor.role === 'admin') {
      const reported = await manager.find(Task, {
        where: { completedAt: Not(IsNull()), confirmedAt: IsNull(), cancelledAt: IsNull() },
        order: { completedAt: 'ASC' },
      });
      for (const task of reported) add('confirm_completion', task, task.completedAt!, { note: task.result });
    }

    if (isDepartmentActor(actor) && actor.departmentId !== null) {
      const led = { leadDepartmentId: actor.departmentId, ...open };
      const returned = await this.returnedCompletions(manager, actor.departmentId);
      for (const { task, entry } of returned) {
        add('returned_completion', task, entry.createdAt, { note: entry.note.slice(RETURNED_COMPLETION_NOTE.length) });
      }
      const soon = dueSoonLimit(now, this.config.dueSoonDays);
      const urgent = await manager.find(Task, {
        where: { ...led, dueAt: LessThanOrEqual(soon) },
        order: { dueAt: 'ASC' },
      });
      const returnedIds = new Set(returned.map((r) => r.task.id));
      for (const task of urgent) {
        if (returnedIds.has(task.id)) continue;
        const due = task.dueAt!;
        const since = due.getTime() < now.getTime() ? due : new Date(due.getTime() - this.config.dueSoonDays * DAY_MS);
        add('report_progress', task, since);
      }
    }

    const departments = new Map(
      (
        await manager.find(Department, {
          where: { id: In([...new Set(pending.map((p) => p.task.leadDepartmentId))]) },
          select: { id: true, name: true },
        })
      ).map((d) => [d.id, d.name]),
    );
    for (const { task, ...item } of pending) {
      const status = deriveTaskStatus(task, now, this.config.dueSoonDays);
      items.push({
        ...item,
        title: task.title,
        dueDate: task.dueDate ?? (task.dueAt ? localDateOf(task.dueAt, this.config.timeZone) : null),
        status,
        statusLabel: TASK_STATUS_LABELS[status],
        leadDepartmentName: departments.get(task.leadDepartmentId) ?? '',
      });
    }
    items.sort(
      (a, b) =>
        INBOX_KINDS.indexOf(a.kind) - INBOX_KINDS.indexOf(b.kind) ||
        a.waitingSince.localeCompare(b.waitingSince) ||
        a.taskId - b.taskId,
    );
    const counts = Object.fromEntries(INBOX_KINDS.map((kind) => [kind, 0])) as Record<InboxKind, number>;
    for (const item of items) counts[item.kind] += 1;
    return { items, counts };
  }

  /**
   * Open tasks of the unit whose last word is the office returning their
   * completion: no progress from the unit since the return.
   */
  private async returnedCompletions(
    manager: EntityManager,
    departmentId: number,
  ): Promise<Array<{ task: Task; entry: TaskProgress }>> {
    const tasks = await manager.find(Task, { where: { leadDepartmentId: departmentId, ...open } });
    if (tasks.length === 0) return [];
    const returns = await manager
      .getRepository(TaskProgress)
      .createQueryBuilder('p')
      .where('p.taskId IN (:...ids)', { ids: tasks.map((t) => t.id) })
      .andWhere('p.note LIKE :prefix', { prefix: `${RETURNED_COMPLETION_NOTE}%` })
      .andWhere('p.percent IS NULL AND p.departmentId IS NULL')
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM "task_progress" "later" WHERE "later"."taskId" = "p"."taskId" AND "later"."id" > "p"."id" AND "later"."departmentId" = :departmentId)',
        { departmentId },
      )
      .orderBy('p.id', 'ASC')
      .getMany();
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const latest = new Map<number, TaskProgress>();
    for (const entry of returns) latest.set(entry.taskId, entry);
    return [...latest.values()].map((entry) => ({ task: byId.get(entry.taskId)!, entry }));
  }

  private async tasksById(manager: EntityManager, ids: number[]): Promise<Map<number, Task>> {
    if (ids.length === 0) return new Map();
    return new Map((await manager.find(Task, { where: { id: In([...new Set(ids)]) } })).map((t) => [t.id, t]));
  }

  private async leaderTitleOf(manager: EntityManager, actor: Actor): Promise<'chairman' | 'vice_chairman' | null> {
    if (actor.role !== 'leader') return null;
    const user = await manager.findOne(User, { where: { id: actor.userId }, select: { id: true, leaderTitle: true } });
    return user?.leaderTitle ?? null;
  }
}
