import { Department } from '../../src/departments/department.entity';
import type { TestApp } from '../helpers/create-test-app';
import { sequence, unique } from './unique';

/** Departments: `createDepartment` writes the row directly (a fixture); `postDepartment` goes through the API. */

export async function createDepartment(t: TestApp, overrides: Partial<Department> = {}): Promise<Department> {
  const code = overrides.code ?? `D${unique()}`.toUpperCase().slice(0, 32);
  return t.dataSource.getRepository(Department).save({
    code,
    name: `Sở thử nghiệm ${code}`,
    kind: 'department',
    emails: [`${code.toLowerCase()}@example.gov.vn`],
    active: true,
    ...overrides,
  });
}

/** Creates a department through the API; fields can be overridden. */
export async function postDepartment(t: TestApp, overrides: Record<string, unknown> = {}) {
  const n = sequence();
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
