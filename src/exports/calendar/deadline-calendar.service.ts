import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { createEvents, EventAttributes } from 'ics';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, SYSTEM_ACTOR } from '../../common/auth/actor';
import { localDateOf } from '../../common/time/zoned-time';
import { AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { Department } from '../../departments/department.entity';
import { ListTasksQuery } from '../../tasks/dto/list-tasks.query';
import { TaskResponse } from '../../tasks/dto/task.response';
import { TaskService } from '../../tasks/tasks.service';
import { slug } from '../download';
import { deadlineText, statusLabel } from '../task-labels';
import { assertMayReadCalendarOf } from './deadline-calendar.policy';
import { DepartmentCalendarFeed } from './department-calendar-feed.entity';

/** Statuses of the tasks whose deadlines a unit still has to meet. */
const OPEN_WITH_DEADLINE = ['overdue', 'due_soon', 'in_progress'] as const;

const newToken = () => randomBytes(24).toString('base64url');

/**
 * Each department's deadline calendar: an iCalendar feed of its open tasks'
 * deadlines at a secret address that its users (and the office) can see and the
 * office can replace.
 */
@Injectable()
export class DeadlineCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly tasks: TaskService,
    private readonly config: AppConfig,
  ) {}

  /** The feed address, made on first request. Office, admin, and the department's own users. */
  async address(departmentId: number, actor: Actor): Promise<{ url: string }> {
    await this.assertMayRead(departmentId, actor);
    const existing = await this.dataSource.manager.findOneBy(DepartmentCalendarFeed, { departmentId });
    if (existing) return { url: this.urlOf(existing.feedToken) };
    const feed = await this.transactions.run(async (manager) => {
      const raced = await manager.findOneBy(DepartmentCalendarFeed, { departmentId });
      return raced ?? manager.save(manager.create(DepartmentCalendarFeed, { departmentId, feedToken: newToken() }));
    });
    return { url: this.urlOf(feed.feedToken) };
  }

  /** A new secret address; the old one answers 404 from now on. */
  async rotate(departmentId: number): Promise<{ url: string }> {
    await this.findDepartment(this.dataSource.manager, departmentId);
    const feed = await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(DepartmentCalendarFeed, { departmentId });
      if (!current)
        return manager.save(manager.create(DepartmentCalendarFeed, { departmentId, feedToken: newToken() }));
      return manager.save(Object.assign(current, { feedToken: newToken(), rotatedAt: new Date() }));
    });
    return { url: this.urlOf(feed.feedToken) };
  }

  /** The iCalendar text of the feed behind `token`; 404 for an unknown or replaced token. */
  async feed(token: string): Promise<{ text: string; fileName: string }> {
    const feed = await this.dataSource.manager.findOneBy(DepartmentCalendarFeed, { feedToken: token });
    if (!feed) throw new NotFoundException('No calendar at this address');
    const manager = this.dataSource.manager;
    const department = await this.findDepartment(manager, feed.departmentId);
    const names = new Map(
      (await manager.find(Department, { select: { id: true, name: true } })).map((d) => [d.id, d.name]),
    );
    const events: EventAttributes[] = [];
    const query = plainToInstance(ListTasksQuery, { departmentId: department.id, status: [...OPEN_WITH_DEADLINE] });
    // The address is the department's credential: the feed lists what that department works on, read by the system.
    for await (const batch of this.tasks.scan(query, SYSTEM_ACTOR)) {
      for (const task of batch) events.push(this.eventOf(task, department.id, names));
    }
    const calName = `Hạn nhiệm vụ – ${department.name}`;
    const { error, value } = createEvents(events, {
      productId: '-//UBND tinh//Theo doi nhiem vu//VI',
      method: 'PUBLISH',
      calName,
    });
    if (error || !value) throw error ?? new Error('Calendar could not be written');
    // All-day events are floating dates; the zone tells calendar programs which day the office means.
    const text = value.replace(
      /^(X-WR-CALNAME:.*)$/m,
      `$1\r\nX-WR-TIMEZONE:${this.config.timeZone}\r\nX-WR-CALDESC:Thời hạn các nhiệm vụ đang thực hiện`,
    );
    return { text, fileName: `han-nhiem-vu-${slug(department.code)}.ics` };
  }

  private eventOf(task: TaskResponse, departmentId: number, names: Map<number, string>): EventAttributes {
    const zone = this.config.timeZone;
    const day = task.dueDate ?? localDateOf(new Date(task.dueAt as string), zone);
    const [y, m, d] = day.split('-').map(Number);
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    const leads = task.leadDepartmentId === departmentId;
    const link = `${this.config.appUrl}/tasks/${task.id}`;
    const support = task.supportDepartmentIds.map((id) => names.get(id) ?? '').filter(Boolean);
    return {
      uid: `task-${task.id}@${new URL(this.config.appUrl).hostname}`,
      sequence: task.deadlineVersion,
      start: [y, m, d],
      end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
      title: `${leads ? '[Chủ trì]' : '[Phối hợp]'} ${task.title}`,
      description: [
        `Thời hạn: ${deadlineText(task, zone)}`,
        `Trạng thái: ${statusLabel(task.status)}`,
        `Đơn vị chủ trì: ${names.get(task.leadDepartmentId) ?? ''}`,
        support.length > 0 ? `Đơn vị phối hợp: ${support.join('; ')}` : null,
        `Tiến độ: ${task.progressPercent}%`,
        link,
      ]
        .filter((line): line is string => line !== null)
        .join('\n'),
      url: link,
      categories: [statusLabel(task.status)],
      status: 'CONFIRMED',
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
    };
  }

  private async assertMayRead(departmentId: number, actor: Actor): Promise<void> {
    await this.findDepartment(this.dataSource.manager, departmentId);
    assertMayReadCalendarOf(actor, departmentId);
  }

  private async findDepartment(manager: EntityManager, id: number): Promise<Department> {
    const department = await manager.findOneBy(Department, { id });
    if (!department) throw new NotFoundException(`Department ${id} not found`);
    return department;
  }

  private urlOf(token: string): string {
    return `${this.config.appUrl}/api/calendar-feeds/${token}/deadlines.ics`;
  }
}
