import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, LessThanOrEqual, MoreThan, Raw, Repository } from 'typeorm';
import { Actor, isDepartmentActor } from '../common/auth/actor';
import { Page, pageOf } from '../common/pagination/page';
import { TaskRepository } from '../tasks/task.repository';
import { TaskService } from '../tasks/tasks.service';
import { ListNotificationsQuery, ListTaskRemindersQuery } from './dto/list-notifications.dto';
import { NotificationResponse, toNotificationResponse } from './dto/notification.response';
import { Notification } from './notification.entity';

/** Reads the notification record. A department user sees only what was addressed to their department. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly taskService: TaskService,
    private readonly tasks: TaskRepository,
  ) {}

  async list(query: ListNotificationsQuery, actor: Actor, now = new Date()): Promise<Page<NotificationResponse>> {
    const where: FindOptionsWhere<Notification> = {
      ...(query.taskId !== undefined ? { taskId: query.taskId } : {}),
      ...(query.departmentId !== undefined ? { departmentId: query.departmentId } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.scheduled === 'past' ? { scheduledAt: LessThanOrEqual(now) } : {}),
      ...(query.scheduled === 'upcoming' ? { scheduledAt: MoreThan(now) } : {}),
    };
    const scoped = this.scope(where, actor);
    if (!scoped) return pageOf([], 0, query);
    // What is coming reads in the order it will go; the record of what went, the latest first.
    const direction = query.scheduled === 'upcoming' ? 'ASC' : 'DESC';
    const [rows, total] = await this.notifications.findAndCount({
      where: scoped,
      order: { scheduledAt: direction, id: direction },
      skip: query.offset,
      take: query.limit,
    });
    return pageOf(rows.map(toNotificationResponse), total, query);
  }

  /** A task's reminders and overdue notices, in the order they are (or were) due. */
  async listForTask(taskId: number, query: ListTaskRemindersQuery, actor: Actor): Promise<Page<NotificationResponse>> {
    // 404 for an unknown task, and for one a department user may not see, as everywhere in the tasks API.
    await this.taskService.assertVisible(taskId, actor);
    const scoped = this.scope(
      { taskId, kind: In(['reminder', 'overdue']), ...(query.status ? { status: query.status } : {}) },
      actor,
    );
    if (!scoped) return pageOf([], 0, query);
    const [rows, total] = await this.notifications.findAndCount({
      where: scoped,
      order: { scheduledAt: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return pageOf(rows.map(toNotificationResponse), total, query);
  }

  private scope(where: FindOptionsWhere<Notification>, actor: Actor): FindOptionsWhere<Notification> | null {
    if (!isDepartmentActor(actor)) return where;
    if (where.departmentId !== undefined && where.departmentId !== actor.departmentId) return null;
    const departmentId = actor.departmentId ?? -1;
    // Only rows of tasks the department leads or cooperates on now: once removed from a task, its
    // notifications (and the title they carry) are no longer the department's to read.
    const visible = (alias: string) => this.tasks.worksOnSql(alias, 'scopeDepartment');
    const taskId =
      typeof where.taskId === 'number'
        ? Raw((alias) => `${alias} = :scopeTask AND ${visible(alias)}`, {
            scopeTask: where.taskId,
            scopeDepartment: departmentId,
          })
        : Raw((alias) => `(${alias} IS NULL OR ${visible(alias)})`, { scopeDepartment: departmentId });
    return { ...where, taskId, departmentId };
  }
}
