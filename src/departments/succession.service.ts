import { Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager, In } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { fieldError } from '../common/http/field-error';
import { ruleConflict } from '../common/http/rule-conflict';
import { formatCalendarDate, localDateOf } from '../common/time/zoned-time';
import { AppConfig } from '../config/app-config';
import { SqlDialect } from '../database/sql-dialect';
import { TaskDepartmentChange } from '../tasks/entities/task-department-change.entity';
import { Task } from '../tasks/entities/task.entity';
import { TaskUnitOfWork } from '../tasks/task-unit-of-work';
import { TaskRepository } from '../tasks/task.repository';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { Department } from './department.entity';
import { toDepartmentResponse } from './departments.service';
import { SuccessionDto, SuccessionResponse } from './dto/succession.dto';

/** Tasks updated per statement batch (SQLite binds at most 999 parameters). */
const BATCH = 500;

/**
 * A unit merged into another (sáp nhập): in one transaction its open tasks pass
 * to the successor in the role the unit had, each change recorded in
 * task_department_changes and the audit trail; its accounts move to the
 * successor; its pending reminders are re-planned for the successor (through
 * the task change bus, as any change of a task's departments); and the unit
 * becomes inactive, naming its successor. Closed tasks (completed and
 * confirmed, or cancelled) keep the unit; so do reports cut off before the
 * effective date (see lead-history.ts).
 */
@Injectable()
export class SuccessionService {
  constructor(
    private readonly work: TaskUnitOfWork,
    private readonly tasks: TaskRepository,
    private readonly dialect: SqlDialect,
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async succeed(actor: Actor, id: number, dto: SuccessionDto, now = new Date()): Promise<SuccessionResponse> {
    const zone = this.config.timeZone;
    const effectiveAt = DateTime.fromISO(dto.effectiveOn, { zone }).startOf('day').toUTC().toJSDate();
    const result = await this.work.run(async (manager, emit) => {
      const department = await manager.findOne(Department, { where: { id }, ...this.dialect.lockForUpdate() });
      if (!department) throw new NotFoundException(`Department ${id} not found`);
      if (department.successorId !== null) {
        throw ruleConflict(
          'already_merged',
          `${department.name} đã được sáp nhập từ ngày ${formatCalendarDate(String(department.succeededOn))}`,
        );
      }
      const successor = await this.checkSuccessor(manager, department, dto.successorId);
      await this.checkEffectiveDate(manager, department, dto.effectiveOn, localDateOf(now, zone));

      const tasks = await this.openTasksOf(manager, id);
      const change = (task: Task, role: TaskDepartmentChange['role'], toDepartmentId: number | null) =>
        manager.create(TaskDepartmentChange, {
          taskId: task.id,
          role,
          fromDepartmentId: id,
          toDepartmentId,
          effectiveOn: dto.effectiveOn,
          effectiveAt,
          source: 'succession',
          changedById: actor.userId,
          changedAt: now,
        });
      let leadTasks = 0;
      let cooperatingTasks = 0;
      for (const task of tasks) {
        const changes: TaskDepartmentChange[] = [];
        const support = task.supportDepartments ?? [];
        const cooperates = support.some((d) => d.id === id);
        const successorCooperates = support.some((d) => d.id === successor.id);
        let nextSupport = support.filter((d) => d.id !== id);
        if (task.leadDepartmentId === id) {
          leadTasks++;
          changes.push(change(task, 'lead', successor.id));
          task.leadDepartmentId = successor.id;
          if (successorCooperates) {
            // The successor now leads: it no longer also cooperates.
            nextSupport = nextSupport.filter((d) => d.id !== successor.id);
            changes.push(Object.assign(change(task, 'cooperating', null), { fromDepartmentId: successor.id }));
          }
        }
        if (cooperates) {
          cooperatingTasks++;
          const successorTakesPart = successorCooperates || task.leadDepartmentId === successor.id;
          if (!successorTakesPart) nextSupport.push(successor);
          changes.push(change(task, 'cooperating', successorTakesPart ? null : successor.id));
        }
        task.supportDepartments = nextSupport;
        task.updatedAt = now;
        // Saving the entity lets the audit trail record the departments before and after.
        await manager.save(task);
        await manager.save(changes);
        await emit({ kind: 'updated', taskId: task.id });
      }

      const accounts = await manager.find(User, { where: { departmentId: id }, select: { id: true } });
      for (let i = 0; i < accounts.length; i += BATCH) {
        for (const account of accounts.slice(i, i + BATCH)) {
          await manager.save(User, { id: account.id, departmentId: successor.id, updatedAt: now });
        }
      }

      department.successorId = successor.id;
      department.succeededOn = dto.effectiveOn;
      department.active = false;
      department.updatedAt = now;
      await manager.save(department);
      return {
        department: toDepartmentResponse(department),
        successor: toDepartmentResponse(successor),
        leadTasks,
        cooperatingTasks,
        accounts: accounts.length,
        accountIds: accounts.map((a) => a.id),
      };
    });
    // Their department is read from the account (see UsersService.signInState): drop what this process cached.
    for (const accountId of result.accountIds) this.users.forget(accountId);
    const { accountIds: _ids, ...response } = result;
    return response;
  }

  private async checkSuccessor(manager: EntityManager, department: Department, successorId: number) {
    if (successorId === department.id) throw fieldError(['successorId', 'a unit cannot succeed itself']);
    const successor = await manager.findOne(Department, {
      where: { id: successorId },
      ...this.dialect.lockForUpdate(),
    });
    if (!successor) throw fieldError(['successorId', `department ${successorId} does not exist`]);
    if (successor.successorId !== null) {
      throw fieldError([
        'successorId',
        `department ${successorId} was itself merged into department ${successor.successorId}: name that one`,
      ]);
    }
    if (!successor.active) throw fieldError(['successorId', `department ${successorId} is not active`]);
    // A successor is never succeeded, so no chain can lead back; checked all the same, as the rule it is.
    const seen = new Set<number>([department.id]);
    for (let next: Department | null = successor; next;) {
      if (seen.has(next.id)) throw fieldError(['successorId', 'the succession would form a cycle']);
      seen.add(next.id);
      next = next.successorId === null ? null : await manager.findOneBy(Department, { id: next.successorId });
    }
    return successor;
  }

  /** Not in the future; not before a unit was itself merged into the one succeeded (its tasks came then). */
  private async checkEffectiveDate(
    manager: EntityManager,
    department: Department,
    effectiveOn: string,
    today: string,
  ): Promise<void> {
    if (effectiveOn > today) {
      throw fieldError([
        'effectiveOn',
        `must not be in the future (today is ${today}): record a merger once it applies`,
      ]);
    }
    const latest = await manager
      .createQueryBuilder(Department, 'p')
      .select('MAX("p"."succeededOn")', 'latest')
      .where('"p"."successorId" = :id', { id: department.id })
      .getRawOne<{ latest: string | null }>();
    if (latest?.latest && effectiveOn < latest.latest) {
      throw fieldError([
        'effectiveOn',
        `must not be before ${latest.latest}, when a unit was merged into department ${department.id}`,
      ]);
    }
  }

  /**
   * The tasks the unit leads or cooperates on that are still open: not
   * cancelled, and not completed with the completion confirmed (a completion
   * awaiting confirmation may still be returned, to the successor then). A
   * recurring task's open occurrences follow their task.
   */
  private async openTasksOf(manager: EntityManager, id: number): Promise<Task[]> {
    const ids = await this.tasks.lockOpenIdsOf(manager, id);
    const tasks: Task[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      tasks.push(
        ...(await manager.find(Task, {
          where: { id: In(chunk) },
          relations: { supportDepartments: true },
          relationLoadStrategy: 'query',
          order: { id: 'ASC' },
        })),
      );
    }
    return tasks;
  }
}
