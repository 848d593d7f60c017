import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { AppConfig } from '../config/app-config';
import { TaskService } from '../tasks/tasks.service';
import { actorNamesOf } from './actor-names';
import { AuditEntry } from './audit-entry.entity';
import { TaskHistoryEntry } from './dto/task-history.dto';
import { historyLineOf } from './task-history';

/** A task's own history, told from the audit trail, for whoever may see the task. */
@Injectable()
export class TaskHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: TaskService,
    private readonly config: AppConfig,
  ) {}

  /** Oldest first; 404 when the task does not exist or is hidden from the caller. */
  async of(taskId: number, actor: Actor): Promise<TaskHistoryEntry[]> {
    await this.tasks.assertVisible(taskId, actor);
    const entries = await this.dataSource.manager
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where(
        new Brackets((where) =>
          where
            .where('a.entity = :task AND a.entityId = :entityId', { task: 'task', entityId: String(taskId) })
            .orWhere('a.taskId = :taskId', { taskId }),
        ),
      )
      .orderBy('a.id', 'ASC')
      .getMany();
    const names = await actorNamesOf(this.dataSource.manager, entries);
    const history: TaskHistoryEntry[] = [];
    for (const entry of entries) {
      const line = historyLineOf(entry, this.config.timeZone);
      if (!line) continue;
      history.push({
        id: entry.id,
        at: entry.occurredAt.toISOString(),
        action: line.action,
        actorName: entry.actorId !== null ? (names.get(entry.actorId) ?? null) : null,
        actorRole: entry.actorRole,
        summary: line.summary,
        changes: line.changes,
      });
    }
    return history;
  }
}
