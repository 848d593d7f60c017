import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { Actor } from '../../src/common/auth/actor';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { Department } from '../../src/departments/department.entity';
import { TASK_SORTS } from '../../src/tasks/dto/list-tasks.query';
import { TASK_PAGE_SCHEMA, TASK_RESPONSE_SCHEMA } from '../../src/tasks/dto/task-page.schema';
import { Task } from '../../src/tasks/entities/task.entity';
import { TaskFilter, TaskRepository } from '../../src/tasks/task.repository';
import { User } from '../../src/users/user.entity';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { loginAs } from '../helpers/auth';
import { dateFromNow, daysFromNow } from '../helpers/dates';
import { createDepartment } from '../factories/department.factory';
import { createSession } from '../factories/session.factory';
import { createTask, TaskJson } from '../factories/task.factory';

/**
 * The one reader of tasks, on the database the suite runs against: the
 * department scope, filters, pages, rows without entities, join-table reads,
 * locks and counts give the same answers on SQLite and PostgreSQL.
 */
describe('TaskRepository', () => {
  let t: TestApp;
  let tasks: TaskRepository;
  let lead: number;
  let partner: number;
  let other: number;
  let sessionId: number;
  let leaderId: number;
  /** Led by `lead`, `partner` cooperating, overdue. */
  let overdue: TaskJson;
  /** Led by `partner`, `lead` cooperating, due soon, with a pending extension request. */
  let dueSoon: TaskJson;
  /** Led by `lead`, in progress, with a leader, in the session. */
  let later: TaskJson;
  /** Led by `other`: none of lead's business. */
  let unrelated: TaskJson;
  /** Led by `lead`, standing (no deadline), completed. */
  let completed: TaskJson;

  const departmentActor = (departmentId: number | null): Actor => ({ userId: 0, role: 'department', departmentId });
  const office: Actor = { userId: 0, role: 'office', departmentId: null };
  const now = () => new Date();
  const idsOf = async (filter: TaskFilter, actor: Actor = office, limit = 50, offset = 0) =>
    tasks.page(filter, { limit, offset }, actor, now());

  beforeAll(async () => {
    t = await createTestApp();
    tasks = t.app.get(TaskRepository);
    [lead, partner, other] = (await Promise.all([createDepartment(t), createDepartment(t), createDepartment(t)])).map(
      (d) => d.id,
    );
    sessionId = (await createSession(t)).id;
    const leader = await loginAs(t, 'leader');
    await t.dataSource.getRepository(User).update(leader.id, { leaderTitle: 'vice_chairman' });
    leaderId = leader.id;
    overdue = await createTask(t, {
      leadDepartmentId: lead,
      supportDepartmentIds: [partner],
      dueAt: daysFromNow(-2),
      title: 'Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán',
    });
    dueSoon = await createTask(t, {
      leadDepartmentId: partner,
      supportDepartmentIds: [lead, other],
      dueAt: daysFromNow(1),
    });
    await t.http
      .post(`/api/tasks/${dueSoon.id}/extensions`)
      .send({ dueDate: dateFromNow(20), reason: 'Chờ ý kiến các sở' })
      .expect(201);
    later = await createTask(t, { leadDepartmentId: lead, dueDate: dateFromNow(30), leaderId, sessionId, isKey: true });
    unrelated = await createTask(t, { leadDepartmentId: other, dueDate: dateFromNow(30), sessionId });
    completed = await createTask(t, { leadDepartmentId: lead, kind: 'standing' });
    await t.http
      .post(`/api/tasks/${completed.id}/progress`)
      .send({
        note: 'Đã hoàn thành',
        completed: true,
        resultDocument: { number: '12/BC-STP', issuedOn: dateFromNow(0) },
      })
      .expect(201);
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('the tasks a department works on', () => {
    it('are those it leads and those it cooperates on, for a department actor and for the departmentId filter', async () => {
      const expected = [overdue.id, dueSoon.id, later.id, completed.id].sort((a, b) => a - b);
      const scoped = await idsOf({}, departmentActor(lead));
      expect([...scoped.ids].sort((a, b) => a - b)).toEqual(expected);
      expect(scoped.total).toBe(4);
      const filtered = await idsOf({ departmentId: lead });
      expect([...filtered.ids].sort((a, b) => a - b)).toEqual(expected);
      expect(filtered.total).toBe(4);
    });

    it('are none for a department account without a department', async () => {
      expect(await idsOf({}, departmentActor(null))).toEqual({ ids: [], total: 0 });
    });

    it('reads as the same ids through worksOnSql', async () => {
      const rows: Array<{ id: number | string }> = await t.dataSource
        .createQueryBuilder()
        .select('"t"."id"', 'id')
        .from('tasks', 't')
        .where(tasks.worksOnSql('"t"."id"', 'd'), { d: other })
        .orderBy('"t"."id"')
        .getRawMany();
      expect(rows.map((r) => Number(r.id))).toEqual([dueSoon.id, unrelated.id]);
    });
  });

  describe('filters', () => {
    it('by status, on the indexed columns', async () => {
      expect((await idsOf({ departmentId: lead, status: ['overdue'] })).ids).toEqual([overdue.id]);
      expect((await idsOf({ departmentId: lead, status: ['overdue', 'due_soon'] })).ids).toEqual([
        overdue.id,
        dueSoon.id,
      ]);
      expect((await idsOf({ leadDepartmentId: lead, status: ['done_on_time', 'done_late', 'standing'] })).ids).toEqual([
        completed.id,
      ]);
    });

    it('by status within a department’s tasks, led or cooperated on, for its account and for the filter', async () => {
      // dueSoon is led by partner, with lead and other cooperating; overdue is led by lead, partner cooperating.
      for (const [filter, actor] of [
        [{ status: ['due_soon', 'standing'] }, departmentActor(lead)],
        [{ departmentId: lead, status: ['due_soon', 'standing'] }, office],
        [{ departmentId: lead, status: ['due_soon', 'standing'] }, departmentActor(lead)],
      ] as Array<[TaskFilter, Actor]>) {
        // completed is a standing task (no deadline): listed after those with one.
        expect(await idsOf(filter, actor)).toEqual({ ids: [dueSoon.id, completed.id], total: 2 });
      }
      expect(await idsOf({ status: ['overdue'] }, departmentActor(partner))).toEqual({ ids: [overdue.id], total: 1 });
      expect(await idsOf({ departmentId: other, status: ['overdue', 'in_progress'] })).toEqual({
        ids: [unrelated.id],
        total: 1,
      });
      expect(await idsOf({ departmentId: partner, status: ['overdue'] }, departmentActor(lead))).toEqual({
        ids: [overdue.id],
        total: 1,
      });
      expect(await idsOf({ departmentId: other, status: ['in_progress'] }, departmentActor(lead))).toEqual({
        ids: [],
        total: 0,
      });
    });

    it('by status within a department, reading its tasks’ status from indexes alone on SQLite', async () => {
      const { ids } = tasks.pageQueries(
        { departmentId: lead, status: ['overdue', 'done_late'] },
        { limit: 50, offset: 0 },
        office,
        now(),
      );
      const [sql, parameters] = ids.getQueryAndParameters();
      // The status is checked where the department's ids are read, not only on the page's rows.
      expect(sql).toMatch(/"l"\."leadDepartmentId" = \S+ AND \(\(\("l"\."cancelledAt" IS NULL AND "l"\."dueAt"/);
      expect(sql).toMatch(/"s"\."departmentId" = \S+ AND \(\(\("x"\."cancelledAt" IS NULL AND "x"\."dueAt"/);
      if (t.database.kind === 'sqlite') {
        // With the statistics the app keeps (SqliteTuning's PRAGMA optimize), as a running database has them.
        await t.dataSource.query('ANALYZE');
        const plan = await t.dataSource.query<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${sql}`, parameters);
        const steps = plan.map((row) => row.detail).join('\n');
        expect(steps).toMatch(/SEARCH l USING COVERING INDEX IDX_tasks_lead_status/);
        // The tasks it cooperates on, and the page's rows, are looked up by id in the narrow index, not the table.
        expect(steps).toMatch(/SEARCH x USING COVERING INDEX IDX_tasks_status_by_id/);
        expect(steps).toMatch(/SEARCH t USING COVERING INDEX IDX_tasks_status_by_id/);
      }
    });

    it('by local days: dueFrom and dueTo include the whole of each day in APP_TIMEZONE', async () => {
      const day = dateFromNow(30);
      expect((await idsOf({ departmentId: lead, dueFrom: day, dueTo: day })).ids).toEqual([later.id]);
      expect((await idsOf({ departmentId: lead, dueFrom: dateFromNow(31) })).ids).toEqual([]);
      expect(() => tasks.filtered({ dueFrom: day, dueTo: dateFromNow(29) }, office, now())).toThrow(
        BadRequestException,
      );
    });

    it('by words of the title, in any order and without diacritics', async () => {
      expect((await idsOf({ q: 'tet an toan thuc pham' })).ids).toEqual([overdue.id]);
      expect((await idsOf({ q: 'tet an toan thuc pham' }, departmentActor(other))).ids).toEqual([]);
    });

    it('by session, leader, key flag and cooperating department', async () => {
      expect((await idsOf({ sessionId })).ids).toEqual([later.id, unrelated.id]);
      expect((await idsOf({ leaderId })).ids).toEqual([later.id]);
      expect((await idsOf({ isKey: true, departmentId: lead })).ids).toEqual([later.id]);
      expect((await idsOf({ supportDepartmentId: other })).ids).toEqual([dueSoon.id]);
    });

    it('pages in the list order and counts every match', async () => {
      const first = await idsOf({ departmentId: lead }, office, 2, 0);
      const second = await idsOf({ departmentId: lead }, office, 2, 2);
      expect(first.total).toBe(4);
      expect(second.total).toBe(4);
      // Deadline order, tasks without one last.
      expect([...first.ids, ...second.ids]).toEqual([overdue.id, dueSoon.id, later.id, completed.id]);
      expect(await idsOf({ departmentId: lead }, office, 2, 10)).toEqual({ ids: [], total: 4 });
      expect(await tasks.allIds({ departmentId: lead, sort: '-dueAt' }, office, now())).toEqual([
        later.id,
        dueSoon.id,
        overdue.id,
        completed.id,
      ]);
    });

    it('reads a department’s page and a search’s in one pass, in every order the list offers', async () => {
      for (const filter of [{ departmentId: lead }, { q: 'nhiem vu' }] satisfies TaskFilter[]) {
        const all = await tasks.allIds(filter, office, now());
        expect(all.length).toBeGreaterThanOrEqual(4);
        for (const sort of TASK_SORTS) {
          expect(tasks.pageQueries({ ...filter, sort }, { limit: 2, offset: 0 }, office, now()).onePass).toBe(true);
          // The page statement orders the matches as the plain list query does (allIds).
          const ordered = await tasks.allIds({ ...filter, sort }, office, now());
          expect(await idsOf({ ...filter, sort }, office, 2, 0)).toEqual({
            ids: ordered.slice(0, 2),
            total: all.length,
          });
          expect(await idsOf({ ...filter, sort }, office, 2, 2)).toEqual({
            ids: ordered.slice(2, 4),
            total: all.length,
          });
        }
      }
    });
  });

  describe('rows', () => {
    it('reads each column as TypeORM reads it into an entity, with the document and leader, in the order asked', async () => {
      const ids = [completed.id, later.id, overdue.id];
      const rows = await tasks.rows([...ids, 999_999]);
      expect(rows.map((r) => r.task.id)).toEqual(ids);
      for (const row of rows) {
        const entity = await t.dataSource.manager.findOneByOrFail(Task, { id: row.task.id });
        expect(row.task).toEqual({ ...entity });
      }
      const [done, withLeader] = rows;
      expect(done.task.completedAt).toBeInstanceOf(Date);
      expect(done.task.resultDocument).toEqual({ number: '12/BC-STP', issuedOn: dateFromNow(0) });
      expect(withLeader.task.isKey).toBe(true);
      expect(withLeader.leader).toEqual({ id: leaderId, fullName: expect.any(String), leaderTitle: 'vice_chairman' });
      expect(done.leader).toBeNull();
      expect(done.document).toEqual(completed.document);
    });

    it('reads the cooperating departments (ascending) and pending extension requests with the rows', async () => {
      const rows = await tasks.rows([overdue.id, dueSoon.id, later.id]);
      expect(rows.map((r) => [r.task.id, r.supportDepartmentIds, r.pendingExtension])).toEqual([
        [overdue.id, [partner], false],
        [dueSoon.id, [lead, other].sort((a, b) => a - b), true],
        [later.id, [], false],
      ]);
      expect(tasks.rowsStatement([overdue.id, dueSoon.id, later.id])[0].match(/\bSELECT\b/g)).toHaveLength(3);
      // SQLite answers each row as one JSON text, which node-sqlite3 hands over far cheaper than 37 columns.
      if (t.database.kind === 'sqlite') {
        expect(tasks.rowsStatement([overdue.id])[0]).toMatch(/^SELECT json_object\('extensionCount', "t"\./);
      }
      expect(await tasks.supportDepartmentIds([dueSoon.id, unrelated.id])).toEqual(
        new Map([[dueSoon.id, [lead, other].sort((a, b) => a - b)]]),
      );
      expect(await tasks.supports(t.dataSource.manager, dueSoon.id, lead)).toBe(true);
      expect(await tasks.supports(t.dataSource.manager, overdue.id, other)).toBe(false);
    });
  });

  describe('what a notice is written from', () => {
    it('reads the department, the task and the department’s role in one statement, converted as entities are', async () => {
      const [leadDepartment, entity] = await Promise.all([
        t.dataSource.manager.findOneByOrFail(Department, { id: lead }),
        t.dataSource.manager.findOneByOrFail(Task, { id: overdue.id }),
      ]);
      const facts = await tasks.noticeFacts(overdue.id, lead);
      expect(facts).toEqual({
        department: { id: lead, name: leadDepartment.name, active: true, emails: leadDepartment.emails },
        task: {
          id: overdue.id,
          title: entity.title,
          dueAt: entity.dueAt,
          dueDate: entity.dueDate,
          completedAt: null,
          cancelledAt: null,
          deadlineVersion: entity.deadlineVersion,
          leadDepartmentId: lead,
        },
        leadDepartmentName: leadDepartment.name,
        role: 'lead',
      });
      expect(facts?.task?.dueAt).toBeInstanceOf(Date);
      expect((await tasks.noticeFacts(completed.id, lead))?.task?.completedAt).toEqual(
        (await t.dataSource.manager.findOneByOrFail(Task, { id: completed.id })).completedAt,
      );
    });

    it('tells a cooperating department from one that is not on the task, a missing task from a missing department', async () => {
      expect((await tasks.noticeFacts(overdue.id, partner))?.role).toBe('cooperating');
      expect((await tasks.noticeFacts(dueSoon.id, lead))?.role).toBe('cooperating');
      const outsider = await tasks.noticeFacts(overdue.id, other);
      expect(outsider?.role).toBeNull();
      expect(outsider?.task?.id).toBe(overdue.id);
      const noTask = await tasks.noticeFacts(999_999, lead);
      expect(noTask).toMatchObject({ department: { id: lead }, task: null, leadDepartmentName: '', role: null });
      expect(await tasks.noticeFacts(overdue.id, 999_999)).toBeNull();
      const inactive = await createDepartment(t, { active: false });
      expect((await tasks.noticeFacts(overdue.id, inactive.id))?.department.active).toBe(false);
    });
  });

  describe('reads outside a transaction', () => {
    it('see only committed tasks and do not wait for a write transaction that is open', async () => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const writing = new Promise<void>((resolve) => (written = resolve));
      const rollback = new Error('rolled back on purpose');
      // A write transaction left open: unrelated moves to lead, later is renamed; both are rolled back.
      const transaction = t.app
        .get(TransactionRunner)
        .run(async (manager) => {
          await manager.update(Task, unrelated.id, { leadDepartmentId: lead });
          await manager.update(Task, later.id, { title: 'Chưa ghi' });
          written();
          await released;
          throw rollback;
        })
        .catch((error: unknown) => error);
      await writing;
      try {
        // Answered while the transaction is still open, without its uncommitted rows.
        const [page, rows] = await Promise.all([idsOf({ departmentId: other }), tasks.rows([later.id])]);
        expect(page.ids).toContain(unrelated.id);
        expect(rows[0].task.title).toBe(later.title);
        expect(await tasks.allIds({ departmentId: lead }, office, now())).not.toContain(unrelated.id);
      } finally {
        release();
      }
      expect(await transaction).toBe(rollback);
    });
  });

  describe('locks and counts', () => {
    it('locks a task for a write, and answers 404 for an unknown one', async () => {
      const runner = t.app.get(TransactionRunner);
      const locked = await runner.run((manager) => tasks.lock(manager, later.id));
      expect(locked).toBeInstanceOf(Task);
      expect(locked.id).toBe(later.id);
      await expect(runner.run((manager) => tasks.lock(manager, 999_999))).rejects.toBeInstanceOf(NotFoundException);
    });

    it('lists the open tasks of a department, completed ones left out', async () => {
      const ids = await t.app.get(TransactionRunner).run((manager) => tasks.lockOpenIdsOf(manager, lead));
      expect(ids).toEqual([overdue.id, dueSoon.id, later.id]);
    });

    it('counts a session’s tasks, a department only those it works on', async () => {
      const manager = t.dataSource.manager;
      expect(await tasks.countBy(manager, 'sessionId', [sessionId], office)).toEqual(new Map([[sessionId, 2]]));
      expect(await tasks.countBy(manager, 'sessionId', [sessionId], departmentActor(lead))).toEqual(
        new Map([[sessionId, 1]]),
      );
      expect(await tasks.countBy(manager, 'sessionId', [sessionId], departmentActor(partner))).toEqual(new Map());
    });

    it('reads a department’s urgent tasks as lead or cooperating department, by deadline', async () => {
      const rows = await tasks.urgentTasksOf(t.dataSource.manager, [lead], now());
      expect(rows.map((r) => [Number(r.id), r.role, Number(r.departmentId)])).toEqual([
        [overdue.id, 'lead', lead],
        [dueSoon.id, 'cooperating', lead],
      ]);
      const departments = (await tasks.departmentsWithUrgentTasks(t.dataSource.manager, now())).map((d) =>
        Number(d.id),
      );
      expect(departments).toEqual(expect.arrayContaining([lead, partner, other]));
    });
  });

  describe('the list route’s answer', () => {
    it('carries every field of the single-task answer: the response schema drops nothing', async () => {
      const list = await t.http.get('/api/tasks?limit=200').expect(200);
      expect(list.body.total).toBe(5);
      for (const item of list.body.items as TaskJson[]) {
        const single = await t.http.get(`/api/tasks/${item.id}`).expect(200);
        expect(item).toEqual(single.body);
      }
      const department = await loginAs(t, 'department', { departmentId: lead });
      const scoped = await t.http.get('/api/tasks').set(department.header).expect(200);
      for (const item of scoped.body.items as TaskJson[]) {
        const single = await t.http.get(`/api/tasks/${item.id}`).set(department.header).expect(200);
        expect(item).toEqual(single.body);
      }
    });

    it('is described by the schema exactly as the OpenAPI document describes TaskResponse and TaskPage', async () => {
      const openApi = (await t.anonymous.get('/api/docs-json').expect(200)).body as {
        components: { schemas: Record<string, { properties: Record<string, unknown> }> };
      };
      const keys = (schema: { properties: Record<string, unknown> }) => Object.keys(schema.properties).sort();
      expect(keys(TASK_RESPONSE_SCHEMA)).toEqual(keys(openApi.components.schemas.TaskResponse));
      expect(keys(TASK_PAGE_SCHEMA)).toEqual(keys(openApi.components.schemas.TaskPage));
    });
  });
});
