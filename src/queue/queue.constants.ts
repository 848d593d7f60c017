/** The one queue of the service: every e-mail it sends goes through it. */
export const NOTIFICATION_QUEUE = 'notifications';

export const JOBS = {
  /** Send one recorded notification (reminder, overdue notice, digest or summary). */
  send: 'send',
  /** Send a period's notifications (its department digests and office summary) together, in batches. */
  sendPeriod: 'send-period',
  /** The morning digest: plan one digest per department and the office summary for the period. */
  digest: 'digest',
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** What each job carries: ids only; handlers reload everything else from the database. */
export interface JobPayloads {
  send: { notificationId: number };
  'send-period': { period: string };
  digest: Record<string, never>;
}
