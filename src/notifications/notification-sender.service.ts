import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bull';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, LessThan, Or, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { SqlDialect } from '../database/sql-dialect';
import { TransactionRunner } from '../database/transaction-runner';
import { messageIdFor, senderDomain } from '../mail/mail-text';
import { describeMailError, isPermanentMailError, Mailer, MailReceipt } from '../mail/mailer.service';
import { JobPayloads } from '../queue/queue.constants';
import { BatchedWrites } from './batched-writes';
import { NotificationSource, Preparation } from './notification-source';
import { Notification } from './notification.entity';

/** `superseded`: recorded as skipped (see NotificationReason); `skipped`: nothing to do (not pending, claimed elsewhere). */
export type SendOutcome = 'sent' | 'cancelled' | 'superseded' | 'failed' | 'skipped' | 'retry';

/** Writes of a sent message's record tried before giving up (100, 200, 400, 800 ms apart). */
const RECORD_ATTEMPTS = 5;

/** Thrown to make Bull retry a send later, with backoff. */
class RetryLater extends Error {}

/**
 * Sends one notification, exactly once.
 *
 * The job carries only the notification id. The handler reloads the row, asks
 * the source whether it is still due (task completed or cancelled, deadline
 * changed, department off the task: cancelled) and what it says, then claims it
 * with a conditional UPDATE (still pending, no live claim): of two workers, two
 * app instances, a retry or a stalled job re-run, only one gets the claim. The
 * claim is a lease, so a worker that dies mid-send does not block the row
 * forever; only the claim holder records the outcome.
 *
 * The one window left: a worker killed after the SMTP server accepted the
 * message and before the "sent" record commits. The row is then still pending;
 * after the lease expires the reconciler queues it again and the message goes
 * out a second time, with the same Message-ID, so mail clients can fold the
 * copies. The same holds when the connection drops after the server accepted
 * the data but before its reply arrived. Closing it would need the SMTP server
 * to deduplicate, which SMTP does not offer.
 *
 * Jobs reach it through NotificationProcessor, in the processes that import
 * NotificationSendingModule.
 */
@Injectable()
export class NotificationSender {
  private readonly logger = new Logger(NotificationSender.name);
  private readonly leaseMs: number;
  private readonly domain: string;
  private readonly writes: BatchedWrites;

  constructor(
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly source: NotificationSource,
    transactions: TransactionRunner,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectDataSource() dataSource: DataSource,
    dialect: SqlDialect,
  ) {
    // Longer than any single send can take (connection, greeting and data each bounded by SMTP_TIMEOUT_MS).
    this.leaseMs = Math.max(60_000, 4 * config.smtpTimeoutMs);
    this.domain = senderDomain(config.mailFrom);
    this.writes = new BatchedWrites(transactions, dataSource, dialect);
  }

  async handleSend(job: Job<JobPayloads['send']>): Promise<SendOutcome> {
    const outcome = await this.send(job.data.notificationId);
    if (outcome === 'retry')
      throw new RetryLater(`Notification ${job.data.notificationId}: delivery failed, retrying later`);
    if (outcome === 'failed') {
      // Recorded as failed in the database; the job is failed too, without further Bull retries.
      await job.discard();
      throw new Error(`Notification ${job.data.notificationId} failed; its error is in GET /api/notifications`);
    }
    return outcome;
  }

  async send(notificationId: number, now = new Date()): Promise<SendOutcome> {
    const row = await this.notifications.findOne({ where: { id: notificationId } });
    if (!row || row.status !== 'pending') return 'skipped';
    if (row.claimedUntil && row.claimedUntil.getTime() > now.getTime()) return 'skipped';
    if (this.exhausted(row)) return this.giveUp(row);

    const prepared = await this.source.prepare(row, now);
    if (prepared.action !== 'send') return this.settle(row, prepared);

    const token = randomUUID();
    const claimed = await this.writes.run((manager) =>
      manager
        .createQueryBuilder()
        .update(Notification)
        .set({
          claimToken: token,
          claimedUntil: this.leaseEnd(now),
          attempts: () => '"attempts" + 1',
          recipients: prepared.recipients,
          subject: prepared.message.subject,
        })
        .where({ id: row.id, status: 'pending', claimedUntil: Or(IsNull(), LessThan(now)) })
        .execute(),
    );
    if (claimed.affected !== 1) return 'skipped';
    return this.deliver(row, token, prepared);
  }

  /** Whether the row has had its MAIL_MAX_ATTEMPTS (see giveUp). */
  exhausted(row: Notification): boolean {
    return row.attempts >= this.config.mailMaxAttempts;
  }

  /** Records an exhausted row as failed, with its last error. */
  giveUp(row: Notification): Promise<SendOutcome> {
    return this.settle(row, {
      action: 'fail',
      reason: `${row.error ?? 'delivery failed'} (gave up after ${row.attempts} attempts)`,
    });
  }

  /** When a claim taken at `now` lapses: longer than any single send can take. */
  leaseEnd(now: Date): Date {
    return new Date(now.getTime() + this.leaseMs);
  }

  /**
   * Hands a claimed row's message to SMTP and records the outcome under the
   * claim `token`. `row.attempts` is the count read before the claim (which
   * added one).
   */
  async deliver(
    row: Notification,
    token: string,
    prepared: Extract<Preparation, { action: 'send' }>,
  ): Promise<SendOutcome> {
    const messageId = messageIdFor(row.deliveryKey, this.domain);
    const written = { recipients: prepared.recipients, subject: prepared.message.subject };
    let receipt: MailReceipt;
    try {
      receipt = await this.mailer.send({
        ...prepared.message,
        to: prepared.recipients,
        messageId,
        fileKey: row.deliveryKey,
      });
    } catch (error) {
      const attempts = row.attempts + 1;
      const final = isPermanentMailError(error) || attempts >= this.config.mailMaxAttempts;
      const description = describeMailError(error);
      await this.release(row.id, token, { ...written, status: final ? 'failed' : 'pending', error: description });
      if (final) {
        this.logger.error(
          `${row.kind} ${row.deliveryKey} failed for good after ${attempts} attempt(s): ${description}`,
        );
        return 'failed';
      }
      this.logger.warn(
        `${row.kind} ${row.deliveryKey}: attempt ${attempts} failed (${description}); retrying with backoff`,
      );
      return 'retry';
    }

    const rejected = receipt.rejected.length > 0 ? `rejected by the server: ${receipt.rejected.join(', ')}` : null;
    const recorded = await this.recordSent(row, token, { ...written, messageId, error: rejected });
    if (recorded === null) return 'sent';
    if (recorded.affected !== 1) {
      this.logger.error(`${row.deliveryKey} was sent but its claim had expired; it may be sent again`);
    }
    return 'sent';
  }

  /**
   * Records a message the server accepted. A failed write (the database busy
   * with another instance, a dropped connection) is tried again at once and a
   * few times after, holding the claim: were the error to reach Bull instead,
   * its retry would find the row still claimed, finish without sending, and the
   * row would wait, pending, for the lease to expire and the next reconcile
   * pass — a message recorded a minute or more after it went, and sent twice.
   */
  private async recordSent(
    row: Notification,
    token: string,
    outcome: Pick<Notification, 'recipients' | 'subject' | 'messageId' | 'error'>,
  ): Promise<{ affected?: number } | null> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.writes.run((manager) =>
          manager
            .createQueryBuilder()
            .update(Notification)
            .set({
              ...outcome,
              status: 'sent',
              sentAt: new Date(),
              claimToken: null,
              claimedUntil: null,
            })
            .where({ id: row.id, claimToken: token })
            .execute(),
        );
      } catch (error) {
        if (attempt >= RECORD_ATTEMPTS) {
          this.logger.error(
            `${row.deliveryKey} was sent but could not be recorded (${(error as Error).message}); it may be sent again once its lease expires`,
          );
          return null;
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }

  /** Records a decision made without sending; a live claim by another worker wins. */
  async settle(row: Notification, decision: Exclude<Preparation, { action: 'send' }>): Promise<SendOutcome> {
    const status = decision.action === 'cancel' ? 'cancelled' : decision.action === 'skip' ? 'skipped' : 'failed';
    const now = new Date();
    const result = await this.writes.run((manager) =>
      manager
        .createQueryBuilder()
        .update(Notification)
        .set({ status, error: decision.reason })
        .where({ id: row.id, status: 'pending', claimedUntil: Or(IsNull(), LessThan(now)) })
        .execute(),
    );
    if (result.affected !== 1) return 'skipped';
    if (status === 'skipped') {
      this.logger.log(`${row.kind} ${row.deliveryKey} not sent: ${decision.reason}`);
      return 'superseded';
    }
    if (status === 'failed') this.logger.error(`${row.kind} ${row.deliveryKey} failed: ${decision.reason}`);
    return status;
  }

  private async release(
    id: number,
    token: string,
    outcome: Pick<Notification, 'recipients' | 'subject' | 'error'> & { status: 'pending' | 'failed' },
  ): Promise<void> {
    await this.writes.run((manager) =>
      manager
        .createQueryBuilder()
        .update(Notification)
        .set({ ...outcome, claimToken: null, claimedUntil: null })
        .where({ id, claimToken: token })
        .execute(),
    );
  }
}
