import { MeetingSession } from '../../src/sessions/entities/meeting-session.entity';
import { writeConclusionNotice } from '../../src/sessions/session-notice';
import type { TestApp } from '../helpers/create-test-app';
import { sequence } from './unique';

/** Sessions: `createSession` writes the row directly (a fixture); `postSession` goes through the API. */

/**
 * A session row; a notice number or date given becomes its conclusion notice
 * (the document that owns them), as the API would write it.
 */
export async function createSession(
  t: TestApp,
  overrides: Partial<MeetingSession> & { noticeNumber?: string | null; noticeDate?: string | null } = {},
): Promise<MeetingSession> {
  const { noticeNumber, noticeDate, ...fields } = overrides;
  const session = await t.dataSource.getRepository(MeetingSession).save({
    title: 'Phiên họp thường kỳ tháng 01/2024',
    kind: 'regular',
    heldAt: new Date('2024-01-25T01:00:00Z'),
    status: 'held',
    ...fields,
  });
  await writeConclusionNotice(
    t.dataSource.manager,
    session,
    { number: noticeNumber ?? null, date: noticeDate ?? null },
    'Asia/Ho_Chi_Minh',
  );
  return session;
}

/** Creates a session through the API; fields can be overridden. */
export async function postSession(t: TestApp, overrides: Record<string, unknown> = {}) {
  const n = sequence();
  const res = await t.http
    .post('/api/sessions')
    .send({ title: `Phiên họp thường kỳ số ${n}`, kind: 'regular', heldAt: '2024-01-25T08:00:00+07:00', ...overrides })
    .expect(201);
  return res.body as { id: number; title: string; status: string; heldAt: string };
}
