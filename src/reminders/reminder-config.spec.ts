import { validateEnvironment } from '../config/environment';

describe('reminder and mail configuration', () => {
  it('defaults to the documented plan, a reconciliation every minute and bounded retries', () => {
    expect(validateEnvironment({})).toMatchObject({
      REMINDER_OFFSETS: '7d,3d,1d,0d',
      REMINDER_TIME: '08:00',
      DIGEST_CRON: '30 7 * * *',
      MAIL_MAX_ATTEMPTS: 5,
      MAIL_RETRY_DELAY_MS: 30_000,
      SMTP_TIMEOUT_MS: 30_000,
      RECONCILE_INTERVAL_MS: 60_000,
      WORKER_CONCURRENCY: 10,
      WORKER: 'on',
    });
  });

  it('stops the app naming each bad key', () => {
    let message = '';
    try {
      validateEnvironment({
        OFFICE_EMAILS: 'a@b.vn,nope',
        MAIL_MAX_ATTEMPTS: '0',
        RECONCILE_INTERVAL_MS: 'soon',
        REMINDER_OFFSETS: '3w',
        WORKER: 'maybe',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('OFFICE_EMAILS: not e-mail addresses: nope');
    for (const key of ['MAIL_MAX_ATTEMPTS', 'RECONCILE_INTERVAL_MS', 'REMINDER_OFFSETS', 'WORKER'])
      expect(message).toContain(key);
  });
});
