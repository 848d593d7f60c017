import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { seed } from '../../scripts/seed';
import { DEMO_SESSION } from '../../src/demo/demo-session';
import {
  DEMO_CONCLUSION_TASKS,
  DEMO_FOLLOW_UP_DOCUMENT,
  DEMO_RECURRING_TASK,
  DEMO_TASKS,
  demoLeaderTitle,
  officeNote,
} from '../../src/demo/demo-tasks';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { runSeed } from '../helpers/run-seed';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';

const TABLES = [
  'departments',
  'meeting_sessions',
  'session_attendees',
  'department_reports',
  'tasks',
  'task_support_departments',
  'task_progress',
  'task_extensions',
  'task_deadline_changes',
  'task_occurrences',
];

describe('npm run seed: the January 2024 session of UBND tỉnh Bắc Kạn', () => {
  let database: TestDatabase;
  let dir: string;
  let t: TestApp;
  let first: Awaited<ReturnType<typeof seed>>;
  let second: Awaited<ReturnType<typeof seed>>;
  let countsAfterFirst: Record<string, number>;
  let countsAfterSecond: Record<string, number>;

  const countRows = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await t.dataSource.query(`SELECT COUNT(*) AS "n" FROM "${table}"`);
      counts[table] = Number(row.n);
    }
    return counts;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ubnd-seed-'));
    first = await runSeed(database, dir);
    t = await createTestApp({ database });
    countsAfterFirst = await countRows();
    // The app's start-up work (reconciling the demo tasks' notifications) writes to the same
    // SQLite file; the second seed runs as `npm run seed` would, with no app beside it.
    await t.close();
    second = await runSeed(database, dir);
    t = await createTestApp({ database });
    countsAfterSecond = await countRows();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await database?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads the departments, the session, its attendees, reports and tasks', () => {
    expect(first).toMatchObject({
      departments: { total: 27, added: 27 },
      session: { added: true, title: 'Phiên họp thường kỳ UBND tỉnh tháng 01/2024' },
      attendees: { total: 31, added: 31 },
      reports: { total: 5, added: 5 },
      tasks: { total: DEMO_TASKS.length + 1, added: DEMO_TASKS.length + 1 },
    });
    expect(countsAfterFirst).toMatchObject({
      departments: 27,
      meeting_sessions: 1,
      session_attendees: 31,
      department_reports: 5,
      tasks: 11,
      task_extensions: 2,
    });
  });

  it('adds nothing when run a second time', () => {
    expect(second).toMatchObject({
      departments: { total: 27, added: 0 },
      session: { id: first.session.id, added: false },
      attendees: { total: 31, added: 0 },
      reports: { total: 5, added: 0 },
      tasks: { total: 11, added: 0 },
    });
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  it('shows every task status of the dashboard right after seeding', async () => {
    // The recurring report counts by its next occurrence, due on the 20th: within deadline, or due soon near it.
    const recurring = await t.http.get('/api/tasks').query({ q: DEMO_RECURRING_TASK.title }).expect(200);
    expect(recurring.body.items).toHaveLength(1);
    const next = recurring.body.items[0].status as string;
    expect(['in_progress', 'due_soon']).toContain(next);
    expect(first.taskStatuses).toEqual({
      in_progress: 2 + (next === 'in_progress' ? 1 : 0),
      due_soon: 2 + (next === 'due_soon' ? 1 : 0),
      overdue: 1,
      standing: 1,
      awaiting_confirmation: 1,
      done_on_time: 1,
      done_late: 1,
      cancelled: 1,
    });
  });

  it('records the departments with their exact Vietnamese names and demo addresses', async () => {
    const res = await t.http.get('/api/departments').query({ limit: 200 }).expect(200);
    expect(res.body.total).toBe(27);
    const byCode = new Map(res.body.items.map((d: { code: string }) => [d.code, d]));
    expect(byCode.get('SLDTBXH')).toMatchObject({
      name: 'Sở Lao động – Thương binh và Xã hội',
      kind: 'department',
      emails: ['sldtbxh@backan.example'],
      active: true,
    });
    expect(byCode.get('SCT')).toMatchObject({ name: 'Sở Công Thương', emails: ['sct@backan.example'] });
    expect(byCode.get('CA')).toMatchObject({ name: 'Công an tỉnh', kind: 'agency' });
    const districts = await t.http.get('/api/departments?kind=district').expect(200);
    expect(districts.body.items.map((d: { name: string }) => d.name).sort()).toEqual(
      [
        'UBND huyện Ba Bể',
        'UBND huyện Bạch Thông',
        'UBND huyện Chợ Đồn',
        'UBND huyện Chợ Mới',
        'UBND huyện Na Rì',
        'UBND huyện Ngân Sơn',
        'UBND huyện Pác Nặm',
        'UBND thành phố Bắc Kạn',
      ].sort(),
    );
    for (const department of res.body.items) {
      for (const email of department.emails) expect(email).toMatch(/@backan\.example$/);
    }
  });

  it('records the session twenty days ago, concluded, with the report and conclusion text', async () => {
    const list = await t.http.get('/api/sessions').expect(200);
    expect(list.body.total).toBe(1);
    const res = await t.http.get(`/api/sessions/${first.session.id}`).expect(200);
    const zone = 'Asia/Ho_Chi_Minh';
    const held = DateTime.fromISO(res.body.heldAt, { zone });
    const today = DateTime.now().setZone(zone).startOf('day');
    expect(today.diff(held.startOf('day'), 'days').days).toBe(DEMO_SESSION.heldDaysAgo);
    expect(held.toFormat('HH:mm')).toBe('08:00');
    expect(res.body).toMatchObject({
      title: 'Phiên họp thường kỳ UBND tỉnh tháng 01/2024',
      kind: 'regular',
      status: 'concluded',
      chairedBy: 'Nguyễn Đăng Bình, Chủ tịch UBND tỉnh',
      location: 'Hội trường UBND tỉnh Bắc Kạn',
      noticeNumber: '18/TB-UBND',
      noticeDate: held.plus({ days: 2 }).toISODate(),
      attendeeCount: 31,
      reportCount: 5,
      taskCount: 11,
    });
    expect(res.body.minutes).toMatch(/^Dự Phiên họp còn có đại diện lãnh đạo HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh/);
    expect(res.body.minutes).toContain('tính đến hết ngày 22/01 được 40 tỷ đồng');
    expect(res.body.minutes).toContain('Lãnh đạo Sở Lao động - Thương binh và Xã hội báo cáo');
    expect(res.body.minutes).toContain('có các giải pháp hiệu quả để đảm bảo phòng chống rét cho học sinh');
    expect(res.body.minutes).not.toContain('Kết luận Phiên họp');
    expect(res.body.conclusion).toMatch(/^Kết luận Phiên họp, đồng chí Chủ tịch UBND tỉnh Nguyễn Đăng Bình/);
    expect(res.body.conclusion).toContain('“Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn năm 2024');
    expect(res.body.conclusion).toContain('phấn đấu giải ngân 100% kế hoạch được giao');
    const found = await t.http
      .get('/api/sessions')
      .query({ q: 'phien hop thuong ky ubnd tinh thang 01/2024' })
      .expect(200);
    expect(found.body.total).toBe(1);
  });

  it('records the attendees: the chair, invited bodies, one delegated, one absent and the secretary', async () => {
    const res = await t.http.get(`/api/sessions/${first.session.id}/attendees?limit=200`).expect(200);
    const attendees = res.body.items as Array<Record<string, unknown>>;
    expect(attendees[0]).toMatchObject({
      fullName: 'Nguyễn Đăng Bình',
      position: 'Chủ tịch UBND tỉnh',
      role: 'chair',
      attendance: 'present',
    });
    expect(attendees.map((a) => a.organization)).toEqual(
      expect.arrayContaining(['HĐND tỉnh Bắc Kạn', 'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn']),
    );
    expect(attendees.filter((a) => a.attendance === 'delegated')).toEqual([
      expect.objectContaining({
        organization: 'Sở Tài nguyên và Môi trường',
        delegateName: 'Trưởng phòng Kế hoạch – Tài chính, Sở Tài nguyên và Môi trường',
      }),
    ]);
    expect(attendees.filter((a) => a.attendance === 'absent')).toEqual([
      expect.objectContaining({ organization: 'UBND huyện Pác Nặm', delegateName: null }),
    ]);
    expect(attendees.filter((a) => a.role === 'secretary')).toEqual([
      expect.objectContaining({ organization: 'Văn phòng UBND tỉnh' }),
    ]);
  });

  it('records the reports with their figures as structured indicators', async () => {
    const departments = await t.http.get('/api/departments?limit=200').expect(200);
    const codeOf = new Map(departments.body.items.map((d: { id: number; code: string }) => [d.id, d.code]));
    const res = await t.http.get(`/api/sessions/${first.session.id}/reports`).expect(200);
    const byCode = new Map(res.body.items.map((r: { departmentId: number }) => [codeOf.get(r.departmentId), r]));
    expect([...byCode.keys()].sort()).toEqual(['SCT', 'SKHDT', 'SLDTBXH', 'STC', 'SYT']);
    expect(byCode.get('SKHDT')).toMatchObject({
      title: 'Báo cáo tình hình kinh tế - xã hội tháng 01/2024',
      indicators: [
        {
          name: 'Chỉ số sản xuất toàn ngành công nghiệp',
          value: 101.71,
          unit: '% so với tháng trước',
          changeFromPreviousPct: 1.71,
          changeFromLastYearPct: 25.1,
        },
        {
          name: 'Giá trị sản xuất công nghiệp',
          value: 194970,
          unit: 'triệu đồng',
          changeFromPreviousPct: 1.8,
          changeFromLastYearPct: 35,
        },
        {
          name: 'Tổng kim ngạch xuất, nhập khẩu',
          value: 1.908,
          unit: 'triệu USD',
          changeFromPreviousPct: null,
          changeFromLastYearPct: 15.82,
        },
        {
          name: 'Kế hoạch đầu tư công năm 2024 đã phân bổ chi tiết',
          value: 2157119,
          unit: 'triệu đồng',
          changeFromPreviousPct: null,
          changeFromLastYearPct: null,
        },
      ],
    });
    expect(byCode.get('STC')).toMatchObject({
      body: 'Thu ngân sách nhà nước trên địa bàn tỉnh tính đến hết ngày 22/01 được 40 tỷ đồng…',
      indicators: [expect.objectContaining({ value: 40, unit: 'tỷ đồng' })],
    });
    expect(byCode.get('SCT')).toMatchObject({
      indicators: [
        {
          name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
          value: 887.968,
          unit: 'tỷ đồng',
          changeFromPreviousPct: 1.72,
          changeFromLastYearPct: 28.82,
        },
      ],
    });
    expect((byCode.get('SLDTBXH') as { body: string }).body).toContain(
      'tặng quà đối với người có công với cách mạng, hộ nghèo',
    );
    expect((byCode.get('SYT') as { body: string }).body).toContain('trong dịp Tết Nguyên đán 2024');
  });

  it('turns every item of the conclusion into a key task under the conclusion notice, and the rest under the follow-up letter', async () => {
    const departments = await t.http.get('/api/departments?limit=200').expect(200);
    const idOf = new Map(departments.body.items.map((d: { id: number; code: string }) => [d.code, d.id]));
    const documents = await t.http.get('/api/documents').query({ sessionId: first.session.id }).expect(200);
    const notice = documents.body.items.find((d: { kind: string }) => d.kind === 'conclusion_notice');
    const letter = documents.body.items.find((d: { kind: string }) => d.kind === 'official_letter');
    expect(notice).toMatchObject({ number: '18/TB-UBND' });
    expect(letter).toMatchObject({ number: DEMO_FOLLOW_UP_DOCUMENT.number, summary: DEMO_FOLLOW_UP_DOCUMENT.summary });
    const res = await t.http.get('/api/tasks').query({ sessionId: first.session.id, limit: 200 }).expect(200);
    const byTitle = new Map(res.body.items.map((task: { title: string }) => [task.title, task]));
    const leaders = (await t.http.get('/api/leaders').expect(200)).body as Array<{ id: number; leaderTitle: string }>;
    const leaderIdOf = (title: string) => leaders.find((leader) => leader.leaderTitle === title)!.id;
    for (const demo of DEMO_TASKS) {
      const note = officeNote(demo.officeSets);
      expect(byTitle.get(demo.title)).toMatchObject({
        status: demo.expectedStatus,
        // Every task names its leader in charge: the vice-chairman in the culture and social sectors.
        leaderId: leaderIdOf(demoLeaderTitle(demo)),
        leadDepartmentId: idOf.get(demo.leadCode),
        isKey: demo.isKey,
        documentId: demo.source === 'conclusion' ? notice.id : letter.id,
        description: note ? `${demo.description}\n\n${note}` : demo.description,
      });
    }
    const conclusionTasks = res.body.items.filter((task: { documentId: number }) => task.documentId === notice.id);
    expect(conclusionTasks).toHaveLength(DEMO_CONCLUSION_TASKS.length);
    expect(conclusionTasks.every((task: { isKey: boolean }) => task.isKey)).toBe(true);
    const disbursement = byTitle.get(DEMO_CONCLUSION_TASKS[1].title) as {
      supportDepartmentIds: number[];
      dueDate: string;
    };
    expect(disbursement.supportDepartmentIds).toHaveLength(9);
    expect(disbursement.supportDepartmentIds).toContain(idOf.get('STC'));
    // The 2024 plan's disbursement runs to 31 January 2025: 372 days after a session on 25 January 2024.
    expect(disbursement.dueDate).toBe(
      DateTime.fromISO(first.session.heldAt).setZone('Asia/Ho_Chi_Minh').plus({ days: 372 }).toISODate(),
    );

    const extensionsOf = async (title: string) => {
      const task = byTitle.get(title) as { id: number };
      return (await t.http.get(`/api/tasks/${task.id}/extensions`).expect(200)).body.items;
    };
    expect(await extensionsOf(DEMO_TASKS.find((d) => d.leadCode === 'SNNPTNT' && d.extension)!.title)).toEqual([
      expect.objectContaining({ status: 'pending' }),
    ]);
    const refused = await extensionsOf(DEMO_TASKS.find((d) => d.leadCode === 'SGDDT')!.title);
    expect(refused).toEqual([
      expect.objectContaining({
        status: 'rejected',
        decisionNote: expect.stringContaining('đề nghị gửi vào ngày cuối của thời hạn'),
      }),
    ]);
    // Late: made on the last day of the deadline, as its refusal says.
    expect(DateTime.fromISO(refused[0].createdAt).setZone('Asia/Ho_Chi_Minh').toISODate()).toBe(
      refused[0].previousDueDate,
    );
  });

  it("records the units' progress reports, and a completion a unit reported, under the unit that leads the task", async () => {
    const tasks = await t.http.get('/api/tasks').query({ sessionId: first.session.id, limit: 100 }).expect(200);
    let notes = 0;
    let unitCompletions = 0;
    for (const task of tasks.body.items as Array<{ id: number; leadDepartmentId: number; status: string }>) {
      const progress = await t.http.get(`/api/tasks/${task.id}/progress`).query({ limit: 200 }).expect(200);
      for (const update of progress.body.items as Array<{ departmentId: number | null; completed: boolean }>) {
        if (update.completed && task.status !== 'awaiting_confirmation') continue;
        if (update.completed) unitCompletions++;
        else notes++;
        expect(update.departmentId).toBe(task.leadDepartmentId);
      }
    }
    expect(notes).toBe([...DEMO_TASKS, DEMO_RECURRING_TASK].reduce((n, task) => n + task.progress.length, 0));
    expect(unitCompletions).toBe(1);
  });

  it('creates the monthly report under the follow-up letter as a recurring task, its past months reported and confirmed', async () => {
    const departments = await t.http.get('/api/departments?limit=200').expect(200);
    const idOf = new Map(departments.body.items.map((d: { id: number; code: string }) => [d.code, d.id]));
    const documents = await t.http.get('/api/documents').query({ sessionId: first.session.id }).expect(200);
    const letter = documents.body.items.find((d: { kind: string }) => d.kind === 'official_letter');
    const list = await t.http.get('/api/tasks').query({ sessionId: first.session.id, kind: 'recurring' }).expect(200);
    expect(list.body.items).toHaveLength(1);
    const task = list.body.items[0];
    expect(task).toMatchObject({
      title: DEMO_RECURRING_TASK.title,
      kind: 'recurring',
      recurrence: { every: 'month', day: 20, until: null },
      documentId: letter.id,
      leadDepartmentId: idOf.get('SKHDT'),
      supportDepartmentIds: [idOf.get('STC')],
    });
    const occurrences = (await t.http.get(`/api/tasks/${task.id}/occurrences`).expect(200)).body as Array<{
      dueDate: string;
      status: string;
      completedOn: string | null;
      confirmedAt: string | null;
    }>;
    const today = DateTime.now().setZone('Asia/Ho_Chi_Minh').toISODate()!;
    // From the letter's date to the end of next year: a year or more of months ahead.
    expect(occurrences.length).toBeGreaterThanOrEqual(12);
    expect(occurrences[0].dueDate >= letter.issuedOn).toBe(true);
    for (const occurrence of occurrences) {
      expect(occurrence.dueDate.slice(8)).toBe('20');
      if (occurrence.dueDate < today) {
        expect(occurrence).toMatchObject({ status: 'done_on_time', completedOn: occurrence.dueDate });
        expect(occurrence.confirmedAt).not.toBeNull();
      } else {
        expect(occurrence.completedOn).toBeNull();
      }
    }
    const open = occurrences.find((o) => o.completedOn === null)!;
    expect(task).toMatchObject({ dueDate: open.dueDate, status: open.status });
  });
});
