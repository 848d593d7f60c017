import type { TestApp } from '../helpers/create-test-app';
import { sequence } from './unique';

/** Creates a department report for a session through the API. */
export async function createReport(
  t: TestApp,
  sessionId: number,
  departmentId: number,
  overrides: Record<string, unknown> = {},
) {
  const n = sequence();
  const res = await t.http
    .post(`/api/sessions/${sessionId}/reports`)
    .send({ departmentId, title: `Báo cáo số ${n}`, body: 'Nội dung báo cáo', ...overrides })
    .expect(201);
  return res.body as { id: number; sessionId: number; departmentId: number };
}
