import { MeetingSession } from '../../src/sessions/entities/meeting-session.entity';
import type { TestApp } from '../helpers/create-test-app';
import { sequence } from './unique';

/** Sessions: `createSession` writes the row directly (a fixture); `postSession` goes through the API. */

export async function createSession(t: TestApp, overrides: Partial<MeetingSession> = {}): Promise<MeetingSession> {
  return t.dataSource.getRepository(MeetingSession).save({
    title: 'Phiên họp thường kỳ tháng 01/2024',
    kind: 'regular',
    heldAt: new Date('2024-01-25T01:00:00Z'),
    status: 'held',
    ...overrides,
  });
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
