import type { TestApp } from './create-test-app';

let sequence = 0;
const next = () => ++sequence;

/** Creates a department through the API; fields can be overridden. */
export async function createDepartment(t: TestApp, overrides: Record<string, unknown> = {}) {
  const n = next();
  const res = await t.http
    .post('/api/departments')
    .send({
      code: `D${n}`,
      name: `Sở thử nghiệm ${n}`,
      kind: 'department',
      emails: [`d${n}@backan.example.vn`],
      ...overrides,
    })
    .expect(201);
  return res.body as { id: number; code: string; name: string; kind: string; emails: string[]; active: boolean };
}

/** Creates a session through the API; fields can be overridden. */
export async function createSession(t: TestApp, overrides: Record<string, unknown> = {}) {
  const n = next();
  const res = await t.http
    .post('/api/sessions')
    .send({ title: `Phiên họp thường kỳ số ${n}`, kind: 'regular', heldAt: '2024-01-25T08:00:00+07:00', ...overrides })
    .expect(201);
  return res.body as { id: number; title: string; status: string; heldAt: string };
}

/** Creates an attendee of a session through the API. */
export async function createAttendee(t: TestApp, sessionId: number, overrides: Record<string, unknown> = {}) {
  const n = next();
  const res = await t.http
    .post(`/api/sessions/${sessionId}/attendees`)
    .send({ fullName: `Đại biểu ${n}`, role: 'member', ...overrides })
    .expect(201);
  return res.body as { id: number; sessionId: number; attendance: string; delegateName: string | null };
}

/** Creates a department report for a session through the API. */
export async function createReport(
  t: TestApp,
  sessionId: number,
  departmentId: number,
  overrides: Record<string, unknown> = {},
) {
  const n = next();
  const res = await t.http
    .post(`/api/sessions/${sessionId}/reports`)
    .send({ departmentId, title: `Báo cáo số ${n}`, body: 'Nội dung báo cáo', ...overrides })
    .expect(201);
  return res.body as { id: number; sessionId: number; departmentId: number };
}

/** The fields a 400 names, in the API's error shape. */
export function badFields(body: { errors?: Array<{ field: string }> }): string[] {
  return (body.errors ?? []).map((e) => e.field);
}
