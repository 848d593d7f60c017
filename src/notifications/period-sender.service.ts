import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bull';
import { randomUUID } from 'node:crypto';
import { In, IsNull, LessThan, LessThanOrEqual, MoreThan, Or, Repository } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { JobPayloads } from '../queue/queue.constants';
import { NotificationSender, SendOutcome } from './notification-sender.service';
import { NotificationSource, Preparation } from './notification-source';
import { Notification } from './notification.entity';

/** Rows claimed, read and handed to SMTP together. */
export const PERIOD_BATCH_SIZE = 50;

export type PeriodReport = Record<SendOutcome, number>;

interface Batch {
  rows: Notification[];
  /** When it was read: the content's and the claim's time. */
  now: Date;
  /** The rows with attempts left, and what the source says of each. */
  live: Notification[];
  preparations: Preparation[];
}

/** Thrown to make Bull run the period's job again later, with backoff, for the rows left to retry. */
class RetryLater extends Error {}

/**
 * Sends a period's rows (the morning's department digests and the office
 * summary: a few hundred messages due at the same moment) in batches, with the
 * guarantees of NotificationSender, which it uses for each message.
 *
 * Per batch of pending rows of the period, in id order: the source says what
 * the whole batch says in a few set-based queries (NotificationSource.prepareAll);
 * the rows not to send are settled as NotificationSender settles them; one
 * transaction claims the others with one conditional UPDATE (still pending, no
 * live claim) under one token, then reads which of them it got: of two
 * instances, a retried or a stalled job run again, each row goes to one claim
 * only. The claimed messages go to SMTP
 * together (the mail transport's pool sends several at a time), and each is
 * recorded, under the claim, as soon as the server accepts it: the records of
 * a batch commit together when they arrive together (BatchedWrites), but no
 * accepted message waits for the rest of its batch to be recorded, so a crash
 * leaves the same one window as a single send (accepted, not yet recorded).
 *
 * A crash between claim and send leaves the rows pending under a lease; once
 * it lapses the reconciler finds the period's job over (or Bull moves the
 * stalled job back) and the next run claims them again. Rows whose delivery
 * failed for a reason worth another try are released, and the job is retried
 * with backoff for them.
 */
@Injectable()
export class PeriodSender {
  private readonly logger = new Logger(PeriodSender.name);
  /** Rows per batch; a test may lower it to see several batches on a small data set. */
  batchSize = PERIOD_BATCH_SIZE;

  constructor(
    private readonly sender: NotificationSender,
    private readonly source: NotificationSource,
    private readonly transactions: TransactionRunner,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
  ) {}

  async handleSend(job: Job<JobPayloads['send-period']>): Promise<string> {
    const report = await this.send(job.data.period);
    const line = Object.entries(report)
      .filter(([, n]) => n > 0)
      .map(([outcome, n]) => `${n} ${outcome}`)
      .join(', ');
    if (report.retry > 0) throw new RetryLater(`Period ${job.data.period}: ${line}; retrying later`);
    return `${job.data.period}: ${line || 'nothing to send'}`;
  }

  /**
   * Sends what is pending and due of `period`, batch after batch; answers what
   * became of each row. The next batch is read and prepared while the current
   * one goes out.
   */
  async send(period: string): Promise<PeriodReport> {
    const report: PeriodReport = { sent: 0, cancelled: 0, superseded: 0, failed: 0, skipped: 0, retry: 0 };
    let next = this.prepareBatch(period, 0);
    for (;;) {
      const batch = await next;
      if (!batch) break;
      next = this.prepareBatch(period, batch.rows[batch.rows.length - 1].id);
      // Awaited at the top of the loop; until then a failure must not count as unhandled.
      next.catch(() => undefined);
      for (const outcome of await this.sendBatch(batch)) report[outcome] += 1;
    }
    return report;
  }

  /** The next rows of the period after id `after` that are due and not claimed, and what the source says of them. */
  private async prepareBatch(period: string, after: number): Promise<Batch | null> {
    const now = new Date();
    const rows = await this.notifications.find({
      where: {
        period,
        status: 'pending',
        scheduledAt: LessThanOrEqual(now),
        claimedUntil: Or(IsNull(), LessThan(now)),
        id: MoreThan(after),
      },
      order: { id: 'ASC' },
      take: this.batchSize,
    });
    if (rows.length === 0) return null;
    const live = rows.filter((row) => !this.sender.exhausted(row));
    return { rows, now, live, preparations: await this.source.prepareAll(live, now) };
  }

  private async sendBatch({ rows, now, live, preparations }: Batch): Promise<SendOutcome[]> {
    const toSend = new Map<number, { row: Notification; prepared: Extract<Preparation, { action: 'send' }> }>();
    const settled = rows.filter((row) => this.sender.exhausted(row)).map((row) => this.sender.giveUp(row));
    live.forEach((row, i) => {
      const prepared = preparations[i];
      if (prepared.action === 'send') toSend.set(row.id, { row, prepared });
      else settled.push(this.sender.settle(row, prepared));
    });

    const token = randomUUID();
    const claimed = toSend.size === 0 ? [] : await this.claim([...toSend.keys()], token, now);
    const skipped = toSend.size - claimed.length;
    const delivered = claimed.map((id) => {
      const { row, prepared } = toSend.get(id)!;
      return this.sender.deliver(row, token, prepared);
    });
    const outcomes = await Promise.all([...settled, ...delivered]);
    if (skipped > 0) this.logger.log(`${skipped} row(s) of the batch were claimed elsewhere`);
    return [...outcomes, ...Array<SendOutcome>(skipped).fill('skipped')];
  }

  /** Claims those of `ids` still pending without a live claim, in one statement; answers the ones this claim got. */
  private claim(ids: number[], token: string, now: Date): Promise<number[]> {
    return this.transactions.run(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ claimToken: token, claimedUntil: this.sender.leaseEnd(now), attempts: () => '"attempts" + 1' })
        .where({ id: In(ids), status: 'pending', claimedUntil: Or(IsNull(), LessThan(now)) })
        .execute();
      const mine = await manager.find(Notification, {
        where: { id: In(ids), claimToken: token },
        select: { id: true },
        order: { id: 'ASC' },
      });
      return mine.map((row) => row.id);
    });
  }
}
