import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { PeriodicWork } from '../common/scheduling/periodic-work';
import { AssigningDocument } from '../documents/assigning-document.entity';
import { Task } from './entities/task.entity';
import { TaskOccurrences } from './task-occurrences';
import { TaskUnitOfWork } from './task-unit-of-work';

/** How often the horizon is checked: a few times a day, so the turn of the year is met the same morning. */
const TOP_UP_INTERVAL_MS = 6 * 60 * 60 * 1000;

/**
 * Keeps the occurrences of open recurring tasks generated up to their horizon
 * (31 December of the year after the current one, or the rule's `until`): at
 * start and every few hours, each task in its own transaction, published as an
 * update so that the new occurrences get their reminders. Generation skips the
 * periods that exist, so several instances doing it at once only cost time.
 */
@Injectable()
export class OccurrenceHorizon extends PeriodicWork<number> {
  protected readonly logger = new Logger(OccurrenceHorizon.name);
  protected readonly intervalMs = TOP_UP_INTERVAL_MS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly work: TaskUnitOfWork,
    private readonly occurrences: TaskOccurrences,
  ) {
    super();
  }

  /** Tops every open recurring task up; resolves to the number of occurrences added. */
  protected perform(now: Date): Promise<number> {
    return this.topUpAll(now);
  }

  private async topUpAll(now: Date): Promise<number> {
    const tasks = await this.dataSource.manager.find(Task, {
      where: { kind: 'recurring', cancelledAt: IsNull(), completedAt: IsNull() },
      select: { id: true },
    });
    let added = 0;
    for (const { id } of tasks) {
      try {
        added += await this.work.run(async (manager, emit) => {
          const task = await this.work.lock(manager, id);
          const document = await manager.findOneOrFail(AssigningDocument, { where: { id: task.documentId } });
          const count = await this.occurrences.generate(manager, task, document.issuedOn, now);
          if (count > 0) await emit({ kind: 'updated', taskId: id });
          return count;
        });
      } catch (error) {
        this.logger.error({ err: error, taskId: id }, 'Could not add the occurrences of a recurring task');
      }
    }
    if (added > 0) this.logger.log(`Added ${added} occurrence(s) of recurring tasks up to their horizon`);
    return added;
  }
}
