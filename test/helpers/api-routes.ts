import type { Role } from '../../src/common/auth/actor';
import { AuthService } from '../../src/auth/auth.service';
import { pdfBytes } from './attachment-files';
import { createTestDepartment, loginAs } from './auth';
import { dateFromNow } from './dates';
import type { ApiWorld, Who } from './api-world';

export interface ApiRequest {
  url: string;
  body?: unknown;
  /** Headers to send instead of those of `who` (a session or an account the request may use up). */
  headers?: Record<string, string>;
  /** A file sent as multipart/form-data instead of a JSON body. */
  attach?: { field: string; bytes: Buffer; fileName: string };
}

/**
 * One route of the API with who may call it and a request that succeeds for
 * those who may. The authorization matrix and the bad-input suite both walk
 * this list, and a test checks that it names every route of the OpenAPI document.
 */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document, e.g. /api/tasks/{id}. */
  path: string;
  /** 'public': no token needed. Otherwise the roles admitted besides admin. */
  roles: 'public' | readonly Role[];
  status: number;
  /**
   * What a user of an unrelated department gets when its role is admitted:
   * 'hidden' (404, the record's existence is not revealed), 'forbidden' (403),
   * or 'same' (the same answer as any department user, e.g. a scoped list).
   */
  otherDepartment?: 'hidden' | 'forbidden' | 'same';
  /** The request `who` sends; routes that change state build fresh records for every call. */
  request(w: ApiWorld, who: Who): ApiRequest | Promise<ApiRequest>;
  /** Extra checks on a successful answer, where the status says too little. */
  check?(w: ApiWorld, who: Who, body: any, res: { text?: string; headers: Record<string, string> }): void;
  /** False for a route left out of the OpenAPI document on purpose. */
  documented?: false;
}

export const ANY_ROLE: readonly Role[] = ['office', 'leader', 'department'];

export function expectedStatus(route: ApiRoute, who: Who): number {
  if (route.roles === 'public') return route.status;
  if (who === 'anonymous') return 401;
  if (who === 'admin') return route.status;
  const role: Role = who === 'otherDepartment' ? 'department' : who;
  if (!route.roles.includes(role)) return 403;
  if (who === 'otherDepartment') {
    if (route.otherDepartment === 'hidden') return 404;
    if (route.otherDepartment === 'forbidden') return 403;
  }
  return route.status;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A new session of `who`'s account (nothing for anonymous). */
async function ownSession(w: ApiWorld, who: Who): Promise<Record<string, string>> {
  if (who === 'anonymous') return {};
  const token = await w.t.app.get(AuthService).issueToken({ id: w.users[who].id });
  return { Authorization: `Bearer ${token}` };
}

/** A new account with `who`'s role and department. */
function ownAccount(w: ApiWorld, who: Exclude<Who, 'anonymous'>) {
  const user = w.users[who];
  return loginAs(w.t, user.role, { departmentId: user.departmentId ?? undefined });
}

/** The task of department A that department users act on. */
const sharedTask = new WeakMap<ApiWorld, Promise<{ id: number; version: number }>>();
function taskOf(w: ApiWorld) {
  if (!sharedTask.has(w)) sharedTask.set(w, w.newTask());
  return sharedTask.get(w)!;
}

/** An attachment of the shared task, uploaded once per world by the office. */
const sharedAttachment = new WeakMap<ApiWorld, Promise<{ taskId: number; id: number }>>();
function attachmentOf(w: ApiWorld) {
  if (!sharedAttachment.has(w))
    sharedAttachment.set(
      w,
      taskOf(w).then(async (task) => {
        const res = await w.t.anonymous
          .post(`/api/tasks/${task.id}/attachments`)
          .set(w.headers('office'))
          .attach('file', pdfBytes(), 'Báo cáo.pdf');
        if (res.status !== 201) throw new Error(`attachment: ${res.status} ${JSON.stringify(res.body)}`);
        return { taskId: task.id, id: res.body.id as number };
      }),
    );
  return sharedAttachment.get(w)!;
}

/** A report frozen once per world, for the routes that read frozen reports. */
const frozenCode = new WeakMap<ApiWorld, Promise<string>>();
function frozenCodeOf(w: ApiWorld): Promise<string> {
  if (!frozenCode.has(w))
    frozenCode.set(
      w,
      w.t.anonymous
        .post('/api/reports/period/freeze')
        .set(w.headers('office'))
        .send({ kind: 'half', year: 2024, number: 2, reason: 'Chốt số liệu 6 tháng cuối năm' })
        .then((res) => {
          if (res.status !== 201) throw new Error(`freeze: ${res.status} ${JSON.stringify(res.body)}`);
          return res.body.code as string;
        }),
    );
  return frozenCode.get(w)!;
}

const noTasksOfA = (
  w: ApiWorld,
  who: Who,
  body: { items: Array<{ leadDepartmentId: number; supportDepartmentIds: number[] }> },
) => {
  const ofA = body.items.filter((task) => task.leadDepartmentId === w.departments.lead);
  if (who === 'otherDepartment') expect(ofA).toEqual([]);
  else expect(ofA.length).toBeGreaterThan(0);
};

/** A department user sees its own row of the statistics and no other. */
const ownRowOnly = (w: ApiWorld, who: Who, body: { items: Array<{ departmentId: number }> }) => {
  const ids = body.items.map((row) => row.departmentId);
  if (who === 'department') expect(ids).toEqual([w.departments.lead]);
  else if (who === 'otherDepartment') expect(ids).toEqual([w.departments.other]);
  else expect(ids).toEqual(expect.arrayContaining([w.departments.lead, w.departments.other]));
};

export const API_ROUTES: ApiRoute[] = [
  // Open routes
  { method: 'GET', path: '/health', roles: 'public', status: 200, request: () => ({ url: '/health' }) },
  {
    method: 'GET',
    path: '/api/docs-json',
    roles: 'public',
    status: 200,
    request: () => ({ url: '/api/docs-json' }),
  },
  {
    method: 'POST',
    path: '/api/auth/login',
    roles: 'public',
    status: 200,
    request: (w) => ({ url: '/api/auth/login', body: { email: w.users.leader.email, password: w.password } }),
  },

  {
    method: 'POST',
    path: '/api/auth/session',
    roles: 'public',
    status: 200,
    request: (w) => ({ url: '/api/auth/session', body: { email: w.users.leader.email, password: w.password } }),
  },
  {
    method: 'POST',
    path: '/api/auth/logout',
    roles: ANY_ROLE,
    status: 204,
    // A session of its own, so that signing out does not end the one the other cells use.
    request: async (w, who) => ({ url: '/api/auth/logout', headers: await ownSession(w, who) }),
  },
  {
    method: 'POST',
    path: '/api/auth/password',
    roles: ANY_ROLE,
    status: 200,
    // An account of its own: the change ends every session of the account.
    request: async (w, who) => ({
      url: '/api/auth/password',
      headers: who === 'anonymous' ? {} : (await ownAccount(w, who)).header,
      body: { currentPassword: w.password, newPassword: w.unique('Mat-khau-moi-') },
    }),
  },

  // Accounts
  { method: 'GET', path: '/api/auth/me', roles: ANY_ROLE, status: 200, request: () => ({ url: '/api/auth/me' }) },
  { method: 'GET', path: '/api/users', roles: [], status: 200, request: () => ({ url: '/api/users' }) },
  {
    method: 'GET',
    path: '/api/leaders',
    roles: ANY_ROLE,
    status: 200,
    request: () => Promise.resolve({ url: '/api/leaders' }),
  },
  {
    method: 'POST',
    path: '/api/users',
    roles: [],
    status: 201,
    request: (w) => ({
      url: '/api/users',
      body: {
        email: `${w.unique('moi.')}@test.local`,
        fullName: 'Tài khoản mới',
        role: 'leader',
        password: 'Mat-khau-tai-khoan-moi',
      },
    }),
  },
  {
    method: 'GET',
    path: '/api/users/{id}',
    roles: [],
    status: 200,
    request: (w) => ({ url: `/api/users/${w.users.office.id}` }),
  },
  {
    method: 'PATCH',
    path: '/api/users/{id}',
    roles: [],
    status: 200,
    request: async (w) => ({ url: `/api/users/${(await loginAs(w.t, 'leader')).id}`, body: { fullName: 'Đổi tên' } }),
  },

  // Audit
  {
    method: 'GET',
    path: '/api/audit',
    roles: ['office'],
    status: 200,
    request: () => ({ url: '/api/audit?entity=task' }),
  },

  // Departments
  {
    method: 'GET',
    path: '/api/departments',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: () => ({ url: '/api/departments' }),
  },
  {
    method: 'POST',
    path: '/api/departments',
    roles: [],
    status: 201,
    request: (w) => ({
      url: '/api/departments',
      body: {
        code: w.unique('SO').toUpperCase(),
        name: 'Sở Ngoại vụ',
        kind: 'department',
        emails: ['songoaivu@backan.example.vn'],
      },
    }),
  },
  {
    method: 'GET',
    path: '/api/departments/{id}',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: (w) => ({ url: `/api/departments/${w.departments.lead}` }),
  },
  {
    method: 'PATCH',
    path: '/api/departments/{id}',
    roles: [],
    status: 200,
    request: (w) => ({
      url: `/api/departments/${w.departments.support}`,
      body: { emails: ['phoihop@backan.example.vn'] },
    }),
  },
  {
    method: 'GET',
    path: '/api/departments/groups',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: () => ({ url: '/api/departments/groups' }),
    check: (_w, _who, body: Array<{ key: string }>) =>
      expect(body.map((group) => group.key)).toEqual(['departments', 'districts', 'communes']),
  },
  {
    method: 'POST',
    path: '/api/departments/{id}/succession',
    roles: ['office'],
    status: 200,
    request: async (w) => {
      // A fresh pair for every call: a unit is succeeded once.
      const [unit, successor] = await Promise.all([createTestDepartment(w.t), createTestDepartment(w.t)]);
      return {
        url: `/api/departments/${unit.id}/succession`,
        body: { successorId: successor.id, effectiveOn: '2025-07-01' },
      };
    },
  },

  // Sessions, attendees, reports
  {
    method: 'GET',
    path: '/api/sessions',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: () => ({ url: '/api/sessions' }),
  },
  {
    method: 'POST',
    path: '/api/sessions',
    roles: ['office'],
    status: 201,
    request: () => ({
      url: '/api/sessions',
      body: {
        title: 'Phiên họp chuyên đề về giải ngân vốn đầu tư công',
        kind: 'thematic',
        heldAt: '2024-02-20T14:00:00+07:00',
      },
    }),
  },
  {
    method: 'GET',
    path: '/api/sessions/{id}',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: (w) => ({ url: `/api/sessions/${w.sessionId}` }),
  },
  {
    method: 'GET',
    path: '/api/sessions/{id}/carried-over',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: (w) => ({ url: `/api/sessions/${w.sessionId}/carried-over` }),
  },
  {
    method: 'PATCH',
    path: '/api/sessions/{id}',
    roles: ['office'],
    status: 200,
    request: (w) => ({
      url: `/api/sessions/${w.sessionId}`,
      body: { location: 'Phòng họp số 1, trụ sở UBND tỉnh' },
    }),
  },
  {
    method: 'GET',
    path: '/api/sessions/{id}/attendees',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: (w) => ({ url: `/api/sessions/${w.sessionId}/attendees` }),
  },
  {
    method: 'POST',
    path: '/api/sessions/{id}/attendees',
    roles: ['office'],
    status: 201,
    request: (w) => ({
      url: `/api/sessions/${w.sessionId}/attendees`,
      body: { fullName: 'Hoàng Thị Lan', position: 'Giám đốc', role: 'member', departmentId: w.departments.lead },
    }),
  },
  {
    method: 'PATCH',
    path: '/api/sessions/{id}/attendees/{attendeeId}',
    roles: ['office'],
    status: 200,
    request: async (w) => ({
      url: `/api/sessions/${w.sessionId}/attendees/${await w.newAttendee()}`,
      body: { attendance: 'delegated', delegateName: 'Phó Giám đốc Nông Văn Hải' },
    }),
  },
  {
    method: 'DELETE',
    path: '/api/sessions/{id}/attendees/{attendeeId}',
    roles: ['office'],
    status: 204,
    request: async (w) => ({ url: `/api/sessions/${w.sessionId}/attendees/${await w.newAttendee()}` }),
  },
  {
    method: 'GET',
    path: '/api/sessions/{id}/reports',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: (w) => ({ url: `/api/sessions/${w.sessionId}/reports` }),
  },
  {
    method: 'POST',
    path: '/api/sessions/{id}/reports',
    roles: ['office', 'department'],
    status: 201,
    // Always a report of department A: A's user may submit it, C's may not.
    otherDepartment: 'forbidden',
    request: (w) => ({
      url: `/api/sessions/${w.sessionId}/reports`,
      body: {
        departmentId: w.departments.lead,
        title: 'Báo cáo tình hình sản xuất công nghiệp',
        body: 'Chỉ số sản xuất công nghiệp tăng 1,71% so với tháng trước.',
        indicators: [
          {
            name: 'Chỉ số sản xuất công nghiệp',
            value: 1.71,
            unit: '%',
            changeFromPreviousPct: 1.71,
            changeFromLastYearPct: 25.1,
          },
        ],
      },
    }),
  },
  {
    method: 'GET',
    path: '/api/reports/{id}',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => ({ url: `/api/reports/${await w.newReport()}` }),
  },
  {
    method: 'PATCH',
    path: '/api/reports/{id}',
    roles: ['office', 'department'],
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({
      url: `/api/reports/${await w.newReport()}`,
      body: { body: 'Bổ sung số liệu đến ngày 22/01.' },
    }),
  },

  // Assigning documents
  {
    method: 'GET',
    path: '/api/documents',
    roles: ANY_ROLE,
    status: 200,
    request: () => Promise.resolve({ url: '/api/documents' }),
  },
  {
    method: 'POST',
    path: '/api/documents',
    roles: ['office'],
    status: 201,
    request: (w) =>
      Promise.resolve({
        url: '/api/documents',
        body: {
          kind: 'official_letter',
          number: `${Math.floor(Math.random() * 900_000) + 1}/UBND-KT`,
          issuedOn: '2024-02-01',
          issuer: w.unique('UBND tỉnh '),
          summary: 'V/v triển khai Tết trồng cây Xuân Giáp Thìn 2024',
        },
      }),
  },
  {
    method: 'GET',
    path: '/api/documents/{id}',
    roles: ANY_ROLE,
    status: 200,
    request: (w) => Promise.resolve({ url: `/api/documents/${w.documentId}` }),
  },
  {
    method: 'PATCH',
    path: '/api/documents/{id}',
    roles: ['office'],
    status: 200,
    request: (w) =>
      Promise.resolve({
        url: `/api/documents/${w.documentId}`,
        body: { signerName: 'Nguyễn Đăng Bình', signerTitle: 'Chủ tịch' },
      }),
  },
  // Tasks
  {
    method: 'GET',
    path: '/api/tasks',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => {
      await taskOf(w);
      return { url: '/api/tasks?limit=200' };
    },
    check: noTasksOfA,
  },
  {
    method: 'POST',
    path: '/api/tasks',
    roles: ['office'],
    status: 201,
    request: (w) => ({
      url: '/api/tasks',
      body: {
        title: 'Phát động Tết trồng cây',
        documentId: w.documentId,
        leadDepartmentId: w.departments.lead,
        dueDate: '2030-02-20',
      },
    }),
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({ url: `/api/tasks/${(await taskOf(w)).id}` }),
  },
  {
    method: 'PATCH',
    path: '/api/tasks/{id}',
    roles: ['office'],
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => {
      const task = await w.newTask();
      return {
        url: `/api/tasks/${task.id}`,
        body: { version: task.version, title: 'Tên nhiệm vụ đã sửa', isKey: true },
      };
    },
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/progress',
    roles: ['office', 'department'],
    status: 201,
    otherDepartment: 'hidden',
    request: async (w) => ({
      url: `/api/tasks/${(await w.newTask()).id}/progress`,
      body: { percent: 30, note: 'Đã triển khai' },
    }),
  },
  {
    method: 'GET',
    path: '/api/inbox',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: () => ({ url: '/api/inbox' }),
    check: (_w, _who, body: { items: unknown[]; counts: Record<string, number> }) =>
      expect(Object.keys(body.counts).sort()).toEqual([
        'confirm_completion',
        'decide_extension',
        'forward_extension',
        'report_progress',
        'returned_completion',
      ]),
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/history',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({ url: `/api/tasks/${(await taskOf(w)).id}/history` }),
    check: (_w, _who, body: Array<{ action: string }>) => expect(body[0].action).toBe('task_created'),
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/attachments',
    roles: ['office', 'department'],
    status: 201,
    otherDepartment: 'hidden',
    request: async (w) => ({
      url: `/api/tasks/${(await taskOf(w)).id}/attachments`,
      attach: { field: 'file', bytes: pdfBytes(), fileName: 'Kết quả.pdf' },
    }),
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/attachments',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({ url: `/api/tasks/${(await attachmentOf(w)).taskId}/attachments` }),
    check: (_w, _who, body: Array<{ fileName: string }>) => expect(body.length).toBeGreaterThan(0),
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/attachments/{attachmentId}',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => {
      const { taskId, id } = await attachmentOf(w);
      return { url: `/api/tasks/${taskId}/attachments/${id}` };
    },
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/progress',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({ url: `/api/tasks/${(await taskOf(w)).id}/progress` }),
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/cancel',
    roles: ['office'],
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({
      url: `/api/tasks/${(await w.newTask()).id}/cancel`,
      body: { reason: 'Không còn phù hợp' },
    }),
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/deadlines',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({ url: `/api/tasks/${(await taskOf(w)).id}/deadlines` }),
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/occurrences',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({ url: `/api/tasks/${(await taskOf(w)).id}/occurrences` }),
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/extensions',
    roles: ['office', 'department'],
    status: 201,
    otherDepartment: 'hidden',
    request: async (w) => ({
      url: `/api/tasks/${(await w.newTask()).id}/extensions`,
      body: { dueAt: inDays(30), reason: 'Chờ phân bổ vốn' },
    }),
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/extensions',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({ url: `/api/tasks/${(await taskOf(w)).id}/extensions` }),
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/extensions/{extensionId}',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => {
      const { taskId, extensionId } = await w.newExtension();
      return { url: `/api/tasks/${taskId}/extensions/${extensionId}` };
    },
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/confirm',
    roles: ['office'],
    status: 200,
    request: async (w) => ({ url: `/api/tasks/${await w.newReportedCompletion()}/confirm` }),
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/return',
    roles: ['office'],
    status: 200,
    request: async (w) => ({
      url: `/api/tasks/${await w.newReportedCompletion()}/return`,
      body: { reason: 'Chưa kèm văn bản báo cáo kết quả' },
    }),
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/extensions/{extensionId}/forward',
    roles: ['office'],
    status: 200,
    request: async (w) => {
      const { taskId, extensionId } = await w.newExtension();
      return {
        url: `/api/tasks/${taskId}/extensions/${extensionId}/forward`,
        body: { opinion: 'Văn phòng đề nghị đồng ý gia hạn' },
      };
    },
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/extensions/{extensionId}/approve',
    // The office decides only where EXTENSION_DECIDERS includes office (not by default).
    roles: ['leader'],
    status: 200,
    request: async (w) => {
      const { taskId, extensionId } = await w.newExtension();
      return { url: `/api/tasks/${taskId}/extensions/${extensionId}/approve`, body: { note: 'Đồng ý' } };
    },
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/extensions/{extensionId}/reject',
    roles: ['leader'],
    status: 200,
    request: async (w) => {
      const { taskId, extensionId } = await w.newExtension();
      return {
        url: `/api/tasks/${taskId}/extensions/${extensionId}/reject`,
        body: { note: 'Đề nghị hoàn thành đúng hạn' },
      };
    },
  },

  // Statistics
  {
    method: 'GET',
    path: '/api/stats/departments',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => {
      await taskOf(w);
      return { url: '/api/stats/departments?limit=200' };
    },
    check: ownRowOnly,
  },
  {
    method: 'GET',
    path: '/api/stats/summary',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => {
      await taskOf(w);
      return { url: '/api/stats/summary' };
    },
    check: (w, who, body: { total: number }) => {
      if (who === 'otherDepartment') expect(body.total).toBe(0);
      else expect(body.total).toBeGreaterThan(0);
    },
  },

  // Reporting periods
  {
    method: 'GET',
    path: '/api/reports/period',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => {
      await taskOf(w);
      return { url: `/api/reports/period?from=2000-01-01&to=${new Date().toISOString().slice(0, 10)}` };
    },
    check: (
      w,
      who,
      body: { province: { total: number }; units: Array<{ departmentId: number; rank: number | null }> },
    ) => {
      const ids = body.units.map((unit) => unit.departmentId);
      expect(body.province.total).toBeGreaterThan(0);
      if (who === 'department') expect(ids).toEqual([w.departments.lead]);
      else if (who === 'otherDepartment') expect(ids).toEqual([w.departments.other]);
      else expect(ids).toContain(w.departments.lead);
      if (who === 'department' || who === 'otherDepartment') expect(body.units[0].rank).toBeNull();
    },
  },
  {
    method: 'POST',
    path: '/api/reports/period/freeze',
    roles: ['office'],
    status: 201,
    request: () =>
      Promise.resolve({
        url: '/api/reports/period/freeze',
        body: { kind: 'month', year: 2024, number: 2, reason: 'Cập nhật số liệu sau khi các sở báo cáo bổ sung' },
      }),
  },
  {
    method: 'GET',
    path: '/api/reports/frozen',
    roles: ANY_ROLE,
    status: 200,
    request: () => Promise.resolve({ url: '/api/reports/frozen' }),
  },
  {
    method: 'GET',
    path: '/api/reports/frozen/{code}',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => ({ url: `/api/reports/frozen/${await frozenCodeOf(w)}` }),
    check: (w, who, body: { code: string; units: Array<{ departmentId: number }> }) => {
      expect(body.code).toMatch(/^BC-2024-H2/);
      if (who === 'otherDepartment') expect(body.units.map((unit) => unit.departmentId)).toEqual([w.departments.other]);
    },
  },

  // Notifications and digests
  {
    method: 'GET',
    path: '/api/notifications',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => {
      await taskOf(w);
      return { url: '/api/notifications?limit=200' };
    },
    check: (w, who, body: { items: Array<{ departmentId: number | null }> }) => {
      const own = who === 'department' ? w.departments.lead : who === 'otherDepartment' ? w.departments.other : null;
      if (own !== null) for (const item of body.items) expect(item.departmentId).toBe(own);
      else expect(body.items.some((item) => item.departmentId === w.departments.lead)).toBe(true);
    },
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/reminders',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({ url: `/api/tasks/${(await taskOf(w)).id}/reminders` }),
  },
  {
    method: 'POST',
    path: '/api/digests/run',
    roles: ['office'],
    status: 202,
    request: () => ({ url: '/api/digests/run' }),
  },

  // Exports
  {
    method: 'GET',
    path: '/api/tasks.csv',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => {
      await taskOf(w);
      return { url: `/api/tasks.csv?sessionId=${w.sessionId}` };
    },
    check: (w, who, _body, res) => {
      // The matrix's tasks are all led by A ("Nhiệm vụ …"); C's user must get the header row alone.
      const rows = (res.text ?? '').split('\r\n').filter((line) => /Nhiệm vụ [0-9a-f]{6}/.test(line));
      if (who === 'otherDepartment') expect(rows).toEqual([]);
      else expect(rows.length).toBeGreaterThan(0);
    },
  },

  {
    method: 'GET',
    path: '/api/departments/{id}/calendar',
    roles: ['office', 'department'],
    status: 200,
    otherDepartment: 'forbidden',
    request: (w) => ({ url: `/api/departments/${w.departments.lead}/calendar` }),
    check: (_w, _who, body: { url: string }) =>
      expect(body.url).toMatch(/\/api\/calendar-feeds\/[\w-]+\/deadlines\.ics$/),
  },
  {
    method: 'POST',
    path: '/api/departments/{id}/calendar/rotate',
    roles: ['office'],
    status: 200,
    request: (w) => ({ url: `/api/departments/${w.departments.support}/calendar/rotate` }),
  },
  {
    method: 'GET',
    path: '/api/calendar-feeds/{token}/deadlines.ics',
    roles: 'public',
    status: 200,
    request: async (w) => {
      const res = await w.t.anonymous.get(`/api/departments/${w.departments.lead}/calendar`).set(w.headers('office'));
      return { url: new URL((res.body as { url: string }).url).pathname };
    },
    check: (_w, _who, _body, res) => expect(res.text).toMatch(/^BEGIN:VCALENDAR/),
  },

  // Calendar
  {
    method: 'GET',
    path: '/api/calendar/lunar',
    roles: ANY_ROLE,
    status: 200,
    request: () => ({ url: '/api/calendar/lunar?date=2024-02-10' }),
    check: (_w, _who, body) => expect(body).toMatchObject({ day: 1, month: 1, year: 2024, yearName: 'Giáp Thìn' }),
  },
  {
    method: 'GET',
    path: '/api/calendar/solar',
    roles: ANY_ROLE,
    status: 200,
    request: () => ({ url: '/api/calendar/solar?lunarDay=1&lunarMonth=1&lunarYear=2030&leapMonth=false' }),
    check: (_w, _who, body) => expect(body).toEqual({ date: '2030-02-02' }),
  },
  {
    method: 'GET',
    path: '/api/calendar/add-working-days',
    roles: ANY_ROLE,
    status: 200,
    request: () => ({ url: '/api/calendar/add-working-days?from=2024-02-07&days=1' }),
    check: (_w, _who, body) => expect(body).toEqual({ date: '2024-02-15' }),
  },
  {
    method: 'GET',
    path: '/api/calendar/holidays',
    roles: ANY_ROLE,
    status: 200,
    request: () => ({ url: '/api/calendar/holidays?year=2024' }),
    check: (_w, _who, body) => expect(body.daysOff.length).toBeGreaterThan(0),
  },
  {
    method: 'GET',
    path: '/api/sessions/{id}/conclusion-notice.docx',
    roles: ['office', 'leader'],
    status: 200,
    request: async (w) => {
      await taskOf(w);
      return { url: `/api/sessions/${w.sessionId}/conclusion-notice.docx` };
    },
  },
  {
    method: 'GET',
    path: '/api/departments/{id}/reminder-letter.docx',
    roles: ['office', 'leader'],
    status: 200,
    // Three days on, the world's tasks (due in five) are due soon: the letter has something to list.
    request: (w) => ({ url: `/api/departments/${w.departments.lead}/reminder-letter.docx?asOf=${dateFromNow(3)}` }),
  },

  // Extraction of drafts and indicators
  {
    method: 'POST',
    path: '/api/sessions/{id}/draft-tasks',
    roles: ['office'],
    status: 200,
    request: (w) => ({
      url: `/api/sessions/${w.sessionId}/draft-tasks`,
      body: { text: 'Giao Sở Y tế chủ trì kiểm tra công tác khám, chữa bệnh; hoàn thành trước ngày 15/3/2024.' },
    }),
    check: (_w, _who, body) => expect(body.items).toHaveLength(1),
  },
  {
    method: 'POST',
    path: '/api/sessions/{id}/tasks/bulk',
    roles: ['office'],
    status: 201,
    request: (w) => ({
      url: `/api/sessions/${w.sessionId}/tasks/bulk`,
      body: {
        documentId: w.documentId,
        tasks: [{ title: w.unique('Nhiệm vụ '), leadDepartmentId: w.departments.lead, dueDate: '2030-03-15' }],
      },
    }),
    check: (_w, _who, body) => expect(body.items).toHaveLength(1),
  },
  {
    method: 'POST',
    path: '/api/documents/{id}/draft-tasks',
    roles: ['office'],
    status: 200,
    request: (w) => ({
      url: `/api/documents/${w.documentId}/draft-tasks`,
      body: { text: 'Giao Sở Y tế chủ trì kiểm tra công tác khám, chữa bệnh trong 10 ngày làm việc.' },
    }),
    check: (_w, _who, body) => expect(body.items).toHaveLength(1),
  },
  {
    method: 'POST',
    path: '/api/documents/{id}/tasks/bulk',
    roles: ['office'],
    status: 201,
    request: (w) => ({
      url: `/api/documents/${w.documentId}/tasks/bulk`,
      body: { tasks: [{ title: w.unique('Nhiệm vụ '), leadDepartmentId: w.departments.lead, kind: 'standing' }] },
    }),
    check: (w, _who, body) => expect(body.items[0]).toMatchObject({ documentId: w.documentId, kind: 'standing' }),
  },
  {
    method: 'POST',
    path: '/api/reports/{id}/extract-indicators',
    roles: ['office', 'department'],
    status: 200,
    otherDepartment: 'hidden',
    request: async (w) => ({
      url: `/api/reports/${await w.newReport()}/extract-indicators`,
      body: { text: 'Giá trị sản xuất công nghiệp đạt 194.970 triệu đồng, tăng 1,8% so với tháng trước.' },
    }),
    check: (_w, _who, body) => expect(body.items[0]).toMatchObject({ value: 194970, changeFromPreviousPct: 1.8 }),
  },
  { method: 'GET', path: '/api/indicators', roles: ANY_ROLE, status: 200, request: () => ({ url: '/api/indicators' }) },
  {
    method: 'GET',
    path: '/api/indicators/series',
    roles: ANY_ROLE,
    status: 200,
    request: () => ({ url: '/api/indicators/series?name=Gi%C3%A1%20tr%E1%BB%8B%20s%E1%BA%A3n%20xu%E1%BA%A5t' }),
  },

  {
    method: 'GET',
    path: '/api/reports/period.xlsx',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => {
      await taskOf(w);
      return { url: `/api/reports/period.xlsx?from=2000-01-01&to=${new Date().toISOString().slice(0, 10)}` };
    },
    check: (_w, _who, _body, res) => expect(res.headers['content-disposition']).toMatch(/bao-cao-nhiem-vu-/),
  },
  {
    method: 'GET',
    path: '/api/reports/frozen/{code}/report.xlsx',
    roles: ANY_ROLE,
    status: 200,
    otherDepartment: 'same',
    request: async (w) => ({ url: `/api/reports/frozen/${await frozenCodeOf(w)}/report.xlsx` }),
    check: (_w, _who, _body, res) => expect(res.headers['content-disposition']).toMatch(/bao-cao-nhiem-vu-2024-h2/),
  },

  // The benchmark's ceiling (BENCH_NOOP_ROUTE=on), left out of the document.
  {
    method: 'GET',
    path: '/api/bench/noop',
    roles: ANY_ROLE,
    status: 200,
    documented: false,
    request: () => ({ url: '/api/bench/noop' }),
  },
];
