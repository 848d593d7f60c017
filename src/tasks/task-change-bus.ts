import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type TaskChangeKind =
  | 'created'
  | 'updated'
  | 'deadline_changed'
  | 'progress'
  | 'completed'
  | 'completion_confirmed'
  | 'completion_returned'
  | 'cancelled'
  | 'extension_requested'
  | 'extension_forwarded'
  | 'extension_decided';

export interface TaskChange {
  kind: TaskChangeKind;
  taskId: number;
  /** The occurrence of a recurring task the change concerns, where it concerns one. */
  occurrenceId?: number;
}

/**
 * Features that must react to task changes (reminder planning, audit) register a
 * listener here instead of TaskService knowing about them.
 *
 * `inTransaction` runs inside the same database transaction as the change, so
 * what it writes (e.g. planned notifications) commits or rolls back with it.
 * `afterCommit` runs once the transaction has committed, for side effects outside
 * the database (e.g. enqueueing Bull jobs); its failures are logged by the
 * listener, never undo the change.
 */
export interface TaskChangeListener {
  inTransaction?(manager: EntityManager, change: TaskChange): Promise<void>;
  afterCommit?(change: TaskChange): Promise<void>;
}

@Injectable()
export class TaskChangeBus {
  private readonly listeners: TaskChangeListener[] = [];

  register(listener: TaskChangeListener): void {
    this.listeners.push(listener);
  }

  async publishInTransaction(manager: EntityManager, change: TaskChange): Promise<void> {
    for (const listener of this.listeners) await listener.inTransaction?.(manager, change);
  }

  async publishAfterCommit(change: TaskChange): Promise<void> {
    for (const listener of this.listeners) await listener.afterCommit?.(change);
  }
}
