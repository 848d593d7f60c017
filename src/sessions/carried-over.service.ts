import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Actor, isDepartmentActor } from '../common/auth/actor';
import { localDateOf } from '../common/time/zoned-time';
import { AppConfig } from '../config/app-config';
import { SqlDialect } from '../database/sql-dialect';
import { Department } from '../departments/department.entity';
import { Task } from '../tasks/entities/task.entity';
import { deriveTaskStatus, TASK_STATUS_LABELS } from '../tasks/task-status';
import { CarriedOverResponse, CarriedOverTask, CarriedOverUnit } from './dto/carried-over.dto';
import { MeetingSession } from './entities/meeting-session.entity';
import { SessionsService } from './sessions.service';

/**
 * The review of earlier directives at a session: the tasks assigned by sessions
 * held before it that are still open, or were completed since the previous
 * session, by lead unit.
 */
@Injectable()
export class CarriedOverService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
    private readonly dialect: SqlDialect,
  ) {}

  async carriedOver(id: number, actor: Actor): Promise<CarriedOverResponse> {
    const manager = this.dataSource.manager;
    const session = await this.sessions.find(id, manager);
    const heldBefore = this.dialect.instant(session.heldAt);
    const previous = await manager
      .createQueryBuilder(MeetingSession, 's')
      .where('"s"."heldAt" < :heldBefore', { heldBefore })
      .orderBy('"s"."heldAt"', 'DESC')
      .addOrderBy('"s"."id"', 'DESC')
      .getOne();
    const since = previous ? localDateOf(previous.heldAt, this.config.timeZone) : null;

    const builder = manager
      .createQueryBuilder(Task, 't')
      .where('"t"."sessionId" IN (SELECT "e"."id" FROM "meeting_sessions" "e" WHERE "e"."heldAt" < :heldBefore)', {
        heldBefore,
      })
      .andWhere('"t"."cancelledAt" IS NULL');
    // Open (a completion awaiting confirmation included), or completed since the previous session.
    const open = '"t"."completedAt" IS NULL OR "t"."confirmedAt" IS NULL';
    if (since) builder.andWhere(`(${open} OR "t"."completedOn" >= :since)`, { since });
    else builder.andWhere(`(${open})`);
    if (isDepartmentActor(actor)) {
      // A department reports on its own unit's group only.
      if (actor.departmentId === null) builder.andWhere('1 = 0');
      else builder.andWhere('"t"."leadDepartmentId" = :own', { own: actor.departmentId });
    }
    const tasks = await builder.getMany();

    const now = new Date();
    const ids = [...new Set(tasks.map((t) => t.leadDepartmentId))];
    const departments = ids.length > 0 ? await manager.findBy(Department, { id: In(ids) }) : [];
    const names = new Map(departments.map((d) => [d.id, d.name]));
    const groups = new Map<number, CarriedOverUnit>();
    const rows = tasks.map((task) => {
      const status = deriveTaskStatus(task, now, this.config.dueSoonDays);
      const item: CarriedOverTask = {
        id: task.id,
        title: task.title,
        sessionId: task.sessionId!,
        dueDate: task.dueDate,
        status,
        statusLabel: TASK_STATUS_LABELS[status],
        completedOn: task.completedOn,
      };
      return { task, item, overdue: status === 'overdue', due: task.dueAt?.getTime() ?? Number.POSITIVE_INFINITY };
    });
    rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due - b.due || a.task.id - b.task.id);
    for (const row of rows) {
      const departmentId = row.task.leadDepartmentId;
      let unit = groups.get(departmentId);
      if (!unit) {
        unit = { departmentId, name: names.get(departmentId) ?? '', tasks: [] };
        groups.set(departmentId, unit);
      }
      unit.tasks.push(row.item);
    }
    const units = [...groups.values()].sort(
      (a, b) => a.name.localeCompare(b.name, 'vi') || a.departmentId - b.departmentId,
    );
    return { sessionId: session.id, previousSessionId: previous?.id ?? null, since, units };
  }
}
