import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isDepartmentActor } from '../common/auth/actor';
import { TransactionRunner } from '../database/transaction-runner';
import { Task } from './entities/task.entity';
import { TaskAccess, taskAccessOf } from './tasks.policy';
import { TaskChange, TaskChangeBus } from './task-change-bus';
import { TaskRepository } from './task.repository';

export type Emit = (change: TaskChange) => Promise<void>;

/**
 * The frame of every task write: one transaction, the changes published to the
 * listeners inside it and again after the commit, and the task row locked so
 * that concurrent writes to one task happen one after another.
 */
@Injectable()
export class TaskUnitOfWork {
  private readonly logger = new Logger(TaskUnitOfWork.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly bus: TaskChangeBus,
    private readonly tasks: TaskRepository,
  ) {}

  async run<T>(work: (manager: EntityManager, emit: Emit) => Promise<T>): Promise<T> {
    const published: TaskChange[] = [];
    const result = await this.transactions.run(async (manager) => {
      const emit: Emit = async (change) => {
        published.push(change);
        await this.bus.publishInTransaction(manager, change);
      };
      return work(manager, emit);
    });
    for (const change of published) {
      try {
        await this.bus.publishAfterCommit(change);
      } catch (error) {
        // The change is committed; a listener's failure must not turn it into an error for the caller.
        this.logger.error({ err: error, change }, 'Task change listener failed after commit');
      }
    }
    return result;
  }

  /** Loads a task for a write, its row locked until the transaction ends (TaskRepository.lock). */
  lock(manager: EntityManager, id: number): Promise<Task> {
    return this.tasks.lock(manager, id);
  }

  /**
   * The actor's relation to the task (tasks.policy taskAccessOf); 404 when a
   * department user may not see it, so that its existence is not revealed.
   */
  async access(manager: EntityManager, task: Pick<Task, 'id' | 'leadDepartmentId'>, actor: Actor): Promise<TaskAccess> {
    // Only a department user other than the lead needs the join table read.
    const cooperates =
      isDepartmentActor(actor) &&
      actor.departmentId !== null &&
      task.leadDepartmentId !== actor.departmentId &&
      (await this.tasks.supports(manager, task.id, actor.departmentId));
    const access = taskAccessOf(actor, task.leadDepartmentId, cooperates);
    if (access === null) throw new NotFoundException(`Task ${task.id} not found`);
    return access;
  }
}
