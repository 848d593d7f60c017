import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { Actor, SYSTEM_ACTOR } from '../../src/common/auth/actor';
import { PageQuery } from '../../src/common/pagination/page';
import { Department } from '../../src/departments/department.entity';
import { DepartmentStatsQuery } from '../../src/stats/dto/stats.dto';
import { StatsService } from '../../src/stats/stats.service';
import { ListTasksQuery } from '../../src/tasks/dto/list-tasks.query';
import { TaskExtensionService } from '../../src/tasks/task-extensions.service';
import { TaskService } from '../../src/tasks/tasks.service';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDepartment } from '../factories/department.factory';
import { createTask, TaskJson } from '../factories/task.factory';
import { dateFromNow } from '../helpers/dates';
import { defaultDocumentId } from '../factories/document.factory';

/**
 * Department scoping, applied by the task services to the request's actor.
 * A department user sees the tasks its department leads or cooperates on, and
 * nothing else exists for it (404, never 403).
 */
describe('Department scoping of tasks', () => {
  let t: TestApp;
  let tasks: TaskService;
  let extensions: TaskExtensionService;
  let stats: StatsService;
  let mine: Department;
  let partner: Department;
  let stranger: Department;
  let led: TaskJson;
  let cooperated: TaskJson;
  let foreign: TaskJson;
  let department: Actor;
  const leader: Actor = { userId: 501, role: 'leader', departmentId: null };
  const office: Actor = { userId: 502, role: 'office', departmentId: null };
  const page = (query: object = {}) => plainToInstance(ListTasksQuery, query);
  const paging = plainToInstance(PageQuery, {});

  beforeAll(async () => {
    t = await createTestApp();
    tasks = t.app.get(TaskService);
    extensions = t.app.get(TaskExtensionService);
    stats = t.app.get(StatsService);
    mine = await createDepartment(t, { code: 'SLDTBXH', name: 'Sở Lao động – Thương binh và Xã hội' });
    partner = await createDepartment(t, { code: 'SYT2', name: 'Sở Y tế' });
    stranger = await createDepartment(t, { code: 'STC', name: 'Sở Tài chính' });
    department = { userId: 500, role: 'department', departmentId: mine.id };
    led = await createTask(t, {
      leadDepartmentId: mine.id,
      dueDate: dateFromNow(5),
      title: 'Tặng quà Tết cho hộ nghèo',
    });
    cooperated = await createTask(t, {
      leadDepartmentId: partner.id,
      supportDepartmentIds: [mine.id],
      dueDate: dateFromNow(5),
    });
    foreign = await createTask(t, {
      leadDepartmentId: stranger.id,
      supportDepartmentIds: [partner.id],
      dueDate: dateFromNow(5),
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('a department user', () => {
    it('lists only the tasks its department leads or cooperates on', async () => {
      const all = await tasks.list(page({ sort: 'createdAt' }), department);
      expect(all.items.map((i) => i.id)).toEqual([led.id, cooperated.id]);
      expect(all.total).toBe(2);
      expect((await tasks.list(page({ departmentId: String(partner.id) }), department)).items.map((i) => i.id)).toEqual(
        [cooperated.id],
      );
      expect((await tasks.list(page({ leadDepartmentId: String(stranger.id) }), department)).total).toBe(0);
      expect((await tasks.list(page({ q: 'tang qua tet' }), department)).items.map((i) => i.id)).toEqual([led.id]);
    });

    it('reads those tasks, and gets 404 for any other', async () => {
      expect((await tasks.get(led.id, department)).id).toBe(led.id);
      expect((await tasks.get(cooperated.id, department)).id).toBe(cooperated.id);
      await expect(tasks.get(foreign.id, department)).rejects.toBeInstanceOf(NotFoundException);
      await expect(tasks.listProgress(foreign.id, paging, department)).rejects.toBeInstanceOf(NotFoundException);
      await expect(tasks.listDeadlineChanges(foreign.id, paging, department)).rejects.toBeInstanceOf(NotFoundException);
      await expect(extensions.list(foreign.id, paging, department)).rejects.toBeInstanceOf(NotFoundException);
    });

    it('gets 404, not 403, for any write on a task it may not see', async () => {
      const notFound = NotFoundException;
      await expect(tasks.addProgress(foreign.id, { percent: 10, note: 'x' }, department)).rejects.toBeInstanceOf(
        notFound,
      );
      await expect(tasks.update(foreign.id, { version: 1, title: 'x' }, department)).rejects.toBeInstanceOf(notFound);
      await expect(tasks.cancel(foreign.id, 'x', department)).rejects.toBeInstanceOf(notFound);
      await expect(
        extensions.request(foreign.id, { dueDate: dateFromNow(20), reason: 'x' }, department),
      ).rejects.toBeInstanceOf(notFound);
      const pending = await extensions.request(foreign.id, { dueDate: dateFromNow(20), reason: 'x' }, office);
      await expect(extensions.approve(foreign.id, pending.id, undefined, department)).rejects.toBeInstanceOf(notFound);
      await extensions.reject(foreign.id, pending.id, 'Không', leader);
    });

    it('posts progress and completes a task it leads, recorded with its department and author', async () => {
      const task = await createTask(t, { leadDepartmentId: mine.id, dueDate: dateFromNow(5) });
      const progress = await tasks.addProgress(task.id, { percent: 45, note: 'Đã tặng 45% suất quà' }, department);
      expect(progress).toMatchObject({ percent: 45, departmentId: mine.id, authorId: 500 });
      const done = await tasks.addProgress(task.id, { note: 'Hoàn thành', completed: true }, department);
      expect(done).toMatchObject({ percent: 100, completed: true });
      expect(await tasks.get(task.id, department)).toMatchObject({
        progressPercent: 100,
        status: 'awaiting_confirmation',
      });
    });

    it('posts notes on a task it cooperates on, which move neither percent nor status', async () => {
      const before = await tasks.get(cooperated.id, department);
      const note = await tasks.addProgress(
        cooperated.id,
        { percent: 90, note: 'Đã phối hợp rà soát danh sách' },
        department,
      );
      expect(note).toMatchObject({ percent: null, completed: false, departmentId: mine.id, authorId: 500 });
      const after = await tasks.get(cooperated.id, department);
      expect(after).toMatchObject({
        progressPercent: before.progressPercent,
        status: before.status,
        version: before.version,
      });
      await expect(
        tasks.addProgress(cooperated.id, { note: 'Xong', completed: true }, department),
      ).rejects.toBeInstanceOf(ForbiddenException);
      expect((await tasks.get(cooperated.id, office)).completedAt).toBeNull();
    });

    it('requests an extension only on a task it leads', async () => {
      const task = await createTask(t, { leadDepartmentId: mine.id, dueDate: dateFromNow(5) });
      const request = await extensions.request(
        task.id,
        { dueDate: dateFromNow(15), reason: 'Chờ kinh phí' },
        department,
      );
      expect(request).toMatchObject({ status: 'pending', requestedById: 500 });
      await expect(
        extensions.request(cooperated.id, { dueDate: dateFromNow(15), reason: 'x' }, department),
      ).rejects.toBeInstanceOf(ForbiddenException);
    });

    // Creating, editing and cancelling are refused on the routes (see the authorization matrix).
    it('does not decide extensions, even on a task it leads (403)', async () => {
      const task = await createTask(t, { leadDepartmentId: mine.id, dueDate: dateFromNow(5) });
      const request = await extensions.request(task.id, { dueDate: dateFromNow(15), reason: 'x' }, department);
      await expect(extensions.approve(task.id, request.id, undefined, department)).rejects.toBeInstanceOf(
        ForbiddenException,
      );
      await expect(extensions.reject(task.id, request.id, 'x', department)).rejects.toBeInstanceOf(ForbiddenException);
      expect((await tasks.get(led.id, office)).title).toBe('Tặng quà Tết cho hộ nghèo');
    });

    it('sees only its own row of statistics and its own tasks in the summary', async () => {
      const rows = await stats.departments(plainToInstance(DepartmentStatsQuery, {}), department);
      expect(rows.items.map((r) => r.departmentId)).toEqual([mine.id]);
      expect(rows.total).toBe(1);
      const own = rows.items[0].total;
      expect((await stats.summary({}, department)).total).toBe(own);
      expect((await stats.summary({}, office)).total).toBeGreaterThan(own);
    });

    it('sees nothing when it has no department', async () => {
      const orphan: Actor = { userId: 600, role: 'department', departmentId: null };
      expect((await tasks.list(page(), orphan)).total).toBe(0);
      await expect(tasks.get(led.id, orphan)).rejects.toBeInstanceOf(NotFoundException);
      expect((await stats.departments(plainToInstance(DepartmentStatsQuery, {}), orphan)).items).toEqual([]);
    });
  });

  describe('a leader', () => {
    it('reads every task and all statistics', async () => {
      expect((await tasks.get(foreign.id, leader)).id).toBe(foreign.id);
      expect((await tasks.list(page(), leader)).total).toBe((await tasks.list(page(), SYSTEM_ACTOR)).total);
      expect((await stats.departments(plainToInstance(DepartmentStatsQuery, {}), leader)).total).toBe(3);
    });

    it('decides extensions, recorded as the decider', async () => {
      const task = await createTask(t, { leadDepartmentId: mine.id, dueDate: dateFromNow(5) });
      const request = await extensions.request(task.id, { dueDate: dateFromNow(15), reason: 'x' }, department);
      expect(await extensions.approve(task.id, request.id, 'Đồng ý', leader)).toMatchObject({
        status: 'approved',
        decidedById: 501,
      });
      const history = await tasks.listDeadlineChanges(task.id, paging, department);
      expect(history.items[0]).toMatchObject({ source: 'extension', changedById: 501 });
    });

    // Creating, editing, cancelling, posting progress and requesting extensions are refused on the routes
    // (see the authorization matrix).
  });

  describe('the office', () => {
    it('does everything, and its writes carry its user id', async () => {
      const created = await tasks.create(
        {
          title: 'Kiểm tra công tác phòng chống rét',
          documentId: await defaultDocumentId(t),
          leadDepartmentId: stranger.id,
          dueDate: dateFromNow(3),
        },
        office,
      );
      const edited = await tasks.update(created.id, { version: created.version, dueDate: dateFromNow(4) }, office);
      expect((await tasks.listDeadlineChanges(created.id, paging, office)).items[0].changedById).toBe(502);
      expect(await tasks.addProgress(created.id, { percent: 30, note: 'Theo dõi' }, office)).toMatchObject({
        authorId: 502,
        departmentId: null,
        percent: 30,
      });
      const request = await extensions.request(created.id, { dueDate: dateFromNow(9), reason: 'x' }, office);
      // Deciding is the leaders' (EXTENSION_DECIDERS=leader); the office forwards with its opinion.
      await expect(extensions.reject(created.id, request.id, 'Không', office)).rejects.toBeInstanceOf(
        ForbiddenException,
      );
      expect(await extensions.forward(created.id, request.id, 'Đề nghị không gia hạn', office)).toMatchObject({
        forwardedById: 502,
        forwardOpinion: 'Đề nghị không gia hạn',
      });
      expect(await tasks.cancel(edited.id, 'Trùng nhiệm vụ', office)).toMatchObject({ status: 'cancelled' });
    });
  });
});
