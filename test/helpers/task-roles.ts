import { loginAs, TestUser } from './auth';
import { TestApp } from './create-test-app';
import { createDepartment } from './task-factory';

/** A lead and a cooperating department, and an account for each role a task's rules tell apart. */
export interface TaskRoles {
  lead: number;
  support: number;
  /** Of the lead department. */
  unit: TestUser;
  /** Of the cooperating department. */
  cooperating: TestUser;
  /** Of a department with no part in the task. */
  stranger: TestUser;
  office: TestUser;
  leader: TestUser;
}

/** Creates the departments and accounts; `names` gives some of them a full name. */
export async function taskRoles(
  t: TestApp,
  names: Partial<Record<'unit' | 'office' | 'leader', string>> = {},
): Promise<TaskRoles> {
  const named = (fullName: string | undefined) => (fullName ? { fullName } : {});
  const lead = (await createDepartment(t)).id;
  const support = (await createDepartment(t)).id;
  return {
    lead,
    support,
    unit: await loginAs(t, 'department', { departmentId: lead, ...named(names.unit) }),
    cooperating: await loginAs(t, 'department', { departmentId: support }),
    stranger: await loginAs(t, 'department'),
    office: await loginAs(t, 'office', named(names.office)),
    leader: await loginAs(t, 'leader', named(names.leader)),
  };
}
