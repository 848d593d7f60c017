import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { JobQueue } from '../queue/job-queue.service';
import { JOBS } from '../queue/queue.constants';
import { Notification } from './notification.entity';

export type SchedulableRow = Pick<Notification, 'id' | 'deliveryKey' | 'scheduledAt'>;

/**
 * Hands pending notifications to the queue as delayed jobs whose id is the
 * delivery key. Scheduling the same rows again is harmless: a job that is
 * waiting, delayed or running is left alone, a missing one is added, and one
 * that finished without settling its row (the row is still pending) is
 * replaced.
 */
@Injectable()
export class NotificationScheduler {
  private readonly logger = new Logger(NotificationScheduler.name);

  constructor(
    private readonly jobs: JobQueue,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
  ) {}

  get available(): boolean {
    return this.jobs.isAvailable();
  }

  /** Returns how many jobs were (re)created; 0 without touching Redis when it is unreachable. */
  async schedule(rows: readonly SchedulableRow[]): Promise<number> {
    if (rows.length === 0 || !this.jobs.isAvailable()) return 0;
    const presence = await this.jobs.presence(rows.map((row) => row.deliveryKey));
    const finished = rows.filter((_, i) => presence[i] === 'finished');
    const missing = rows.filter((_, i) => presence[i] === 'missing');
    if (finished.length > 0) await this.jobs.remove(finished.map((row) => row.deliveryKey));
    const toAdd = [...missing, ...finished];
    await this.jobs.enqueue(
      toAdd.map((row) => ({
        name: JOBS.send,
        data: { notificationId: row.id },
        jobId: row.deliveryKey,
        runAt: row.scheduledAt,
      })),
    );
    return toAdd.length;
  }

  /** Schedules a task's pending notifications; failures are logged and left to the reconciler. */
  async scheduleTask(taskId: number): Promise<void> {
    try {
      if (!this.jobs.isAvailable()) {
        this.logger.warn(
          `Redis is unreachable: reminders of task ${taskId} are recorded and will be queued by the reconciler`,
        );
        return;
      }
      const rows = await this.notifications.find({
        where: { taskId, status: 'pending' },
        select: { id: true, deliveryKey: true, scheduledAt: true },
      });
      await this.schedule(rows);
    } catch (error) {
      this.logger.warn(
        `Could not queue reminders of task ${taskId} (${(error as Error).message}); the reconciler will`,
      );
    }
  }

  /** Same as schedule() for rows given by id, never throwing (used right after a commit). */
  async scheduleIds(ids: readonly number[]): Promise<number> {
    if (ids.length === 0) return 0;
    try {
      const rows = await this.notifications.find({
        where: { id: In([...ids]), status: 'pending' },
        select: { id: true, deliveryKey: true, scheduledAt: true },
      });
      return await this.schedule(rows);
    } catch (error) {
      this.logger.warn(
        `Could not queue ${ids.length} notification(s) (${(error as Error).message}); the reconciler will`,
      );
      return 0;
    }
  }

  /** Drops the jobs of cancelled notifications so they do not sit in Redis until their time. */
  async unschedule(deliveryKeys: readonly string[]): Promise<void> {
    try {
      await this.jobs.remove([...deliveryKeys]);
    } catch (error) {
      // Harmless: the job finds its row cancelled and does nothing.
      this.logger.debug(`Could not remove ${deliveryKeys.length} cancelled job(s): ${(error as Error).message}`);
    }
  }
}
