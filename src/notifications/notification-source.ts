import type { Notification } from './notification.entity';
import type { NotificationReason } from './notification-reasons';

/** A message ready to go: subject, plain text and HTML. */
export interface OutgoingMessage {
  subject: string;
  text: string;
  html: string;
}

/** What the source decided for a row that is due now. */
export type Preparation =
  | { action: 'send'; message: OutgoingMessage; recipients: string[] }
  | { action: 'cancel'; reason: NotificationReason }
  | { action: 'skip'; reason: NotificationReason }
  | { action: 'fail'; reason: string };

/**
 * What decides what is sent, as delivery sees it. Delivery records, queues,
 * claims, sends and reconciles rows without knowing what they say; the source
 * (the reminders feature) plans the rows, and re-checks each one when it falls
 * due. Provided by the module handed to NotificationDeliveryModule and
 * NotificationSendingModule.
 */
export abstract class NotificationSource {
  /** Whether `row` is still due at `now` and, if so, what to send and to whom. */
  abstract prepare(row: Notification, now: Date): Promise<Preparation>;

  /**
   * prepare() for a batch of rows (a period's digests), in their order. A
   * source can read what the whole batch says in a few set-based queries; by
   * default each row is prepared on its own.
   */
  async prepareAll(rows: readonly Notification[], now: Date): Promise<Preparation[]> {
    const out: Preparation[] = [];
    for (const row of rows) out.push(await this.prepare(row, now));
    return out;
  }

  /** The reconciler's catch-up before each pass: plans what has no plan yet; answers how many tasks were planned. */
  abstract planMissing(): Promise<number>;

  /** The repeatable digest job, fired at `firedAt`: plans and queues that period's digests; answers a line for the job's record. */
  abstract runDigest(firedAt: Date): Promise<string>;
}
