import type { TestApp } from '../helpers/create-test-app';
import { sequence } from './unique';

/** Creates an attendee of a session through the API. */
export async function createAttendee(t: TestApp, sessionId: number, overrides: Record<string, unknown> = {}) {
  const n = sequence();
  const res = await t.http
    .post(`/api/sessions/${sessionId}/attendees`)
    .send({ fullName: `Đại biểu ${n}`, role: 'member', ...overrides })
    .expect(201);
  return res.body as { id: number; sessionId: number; attendance: string; delegateName: string | null };
}
