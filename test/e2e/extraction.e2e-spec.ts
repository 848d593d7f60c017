import { DEMO_SESSION } from '../../src/demo/demo-session';
import { DEMO_CONCLUSION_TASKS } from '../../src/demo/demo-tasks';
import { SOURCE_TEXT } from '../../src/demo/source-text';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createDocument } from '../helpers/document-factory';
import { badFields, createDepartment, createReport, createSession } from '../helpers/session-factory';

describe('Extraction API', () => {
  let t: TestApp;
  let trade: { id: number };
  let health: { id: number };

  beforeAll(async () => {
    t = await createTestApp();
    trade = await createDepartment(t, { code: 'SCT-X', name: 'Sở Công Thương' });
    health = await createDepartment(t, { code: 'SYT-X', name: 'Sở Y tế' });
  });

  afterAll(async () => {
    await t?.close();
  });

  const taskCount = async (sessionId: number) =>
    (await t.http.get(`/api/tasks?sessionId=${sessionId}&limit=200`).expect(200)).body.total as number;

  describe('POST /api/sessions/:id/draft-tasks', () => {
    it('drafts the demo conclusion into the demo tasks taken from it, saving nothing', async () => {
      const session = await createSession(t, { noticeDate: '2024-01-26' });
      const res = await t.http
        .post(`/api/sessions/${session.id}/draft-tasks`)
        .send({ text: DEMO_SESSION.conclusion })
        .expect(200);
      expect(res.body.referenceDate).toBe('2024-01-26');
      // The same items, in the same order, with the same text, as the demo tasks taken from the conclusion.
      expect(res.body.items.map((d: { description: string }) => d.description)).toEqual(
        DEMO_CONCLUSION_TASKS.map((task) => task.description),
      );
      res.body.items.forEach(
        (draft: { deadlineText: string | null; leadDepartmentId: number | null; isKey: boolean }, i: number) => {
          const task = DEMO_CONCLUSION_TASKS[i];
          expect(draft.deadlineText).toBe(task.deadlineText);
          expect(draft.isKey).toBe(task.isKey);
          // The conclusion names no lead unit: the demo's lead units are the office's own, marked so.
          expect(draft.leadDepartmentId).toBeNull();
          expect(task.officeSets).toEqual({ lead: true, deadline: true });
        },
      );
      for (const d of res.body.items) {
        expect(DEMO_SESSION.conclusion.slice(d.sourceSpan.start, d.sourceSpan.end).length).toBeGreaterThan(20);
      }
      expect(await taskCount(session.id)).toBe(0);
    });

    it('drafts the same items from the whole article pasted, reports and all, as from its conclusion', async () => {
      const session = await createSession(t, { noticeDate: '2024-01-26' });
      const article = Object.values(SOURCE_TEXT).join('\n\n');
      const res = await t.http.post(`/api/sessions/${session.id}/draft-tasks`).send({ text: article }).expect(200);
      expect(res.body.items.map((d: { description: string }) => d.description)).toEqual(
        DEMO_CONCLUSION_TASKS.map((task) => task.description),
      );
      // Each span points into the article as pasted.
      for (const d of res.body.items as Array<{ description: string; sourceSpan: { start: number; end: number } }>) {
        expect(article.slice(d.sourceSpan.start, d.sourceSpan.end)).toContain(d.description.slice(0, 40));
      }
    });

    it('reads units from the departments table and counts working days by the holidays file', async () => {
      const session = await createSession(t, { heldAt: '2024-01-25T08:00:00+07:00', noticeDate: '2024-01-26' });
      const text =
        'Chủ tịch UBND tỉnh yêu cầu:\n1. Giao Sở Công thương chủ trì, phối hợp với Sở Y tế kiểm tra thị trường; hoàn thành trong 10 ngày làm việc.\n' +
        '2. UBND các huyện, thành phố tổ chức thăm, tặng quà trước Tết Nguyên đán (Giáp Thìn).';
      const res = await t.http.post(`/api/sessions/${session.id}/draft-tasks`).send({ text }).expect(200);
      expect(res.body.items).toEqual([
        expect.objectContaining({
          title: 'Kiểm tra thị trường',
          leadDepartmentId: trade.id,
          supportDepartmentIds: [health.id],
          dueDate: '2024-02-16',
          workingDays: 10,
          deadlineText: 'trong 10 ngày làm việc',
          kind: 'deadline',
        }),
        expect.objectContaining({
          leadDepartmentId: null,
          groupAssignees: ['UBND các huyện, thành phố'],
          dueDate: '2024-02-07',
          deadlineText: 'trước Tết Nguyên đán (Giáp Thìn)',
        }),
      ]);
      const first = res.body.items[0];
      expect(text.slice(first.sourceSpan.start, first.sourceSpan.end)).toBe(
        'Giao Sở Công thương chủ trì, phối hợp với Sở Y tế kiểm tra thị trường; hoàn thành trong 10 ngày làm việc.',
      );
    });

    it('answers 404 for an unknown session and 400 without text', async () => {
      await t.http.post('/api/sessions/999999/draft-tasks').send({ text: 'Giao Sở Y tế kiểm tra.' }).expect(404);
      const session = await createSession(t);
      const res = await t.http.post(`/api/sessions/${session.id}/draft-tasks`).send({ text: '' }).expect(400);
      expect(badFields(res.body)).toEqual(['text']);
    });
  });

  describe('POST /api/sessions/:id/tasks/bulk', () => {
    it('creates the reviewed drafts under the session and its conclusion notice', async () => {
      const session = await createSession(t);
      const notice = await createDocument(t, { sessionId: session.id, issuedOn: '2024-01-26' });
      const res = await t.http
        .post(`/api/sessions/${session.id}/tasks/bulk`)
        .send({
          documentId: notice.id,
          tasks: [
            {
              title: 'Kiểm tra thị trường dịp Tết',
              leadDepartmentId: trade.id,
              supportDepartmentIds: [health.id],
              dueDate: '2030-02-16',
            },
            { title: 'Bảo đảm khám, chữa bệnh dịp Tết', leadDepartmentId: health.id, isKey: true },
          ],
        })
        .expect(201);
      expect(res.body.items).toEqual([
        expect.objectContaining({
          sessionId: session.id,
          documentId: notice.id,
          leadDepartmentId: trade.id,
          dueDate: '2030-02-16',
        }),
        expect.objectContaining({
          sessionId: session.id,
          documentId: notice.id,
          leadDepartmentId: health.id,
          isKey: true,
        }),
      ]);
      expect(await taskCount(session.id)).toBe(2);
      const audit = await t.http.get(`/api/audit?entity=task&entityId=${res.body.items[0].id}`).expect(200);
      expect(audit.body.items.some((e: { action: string }) => e.action === 'create')).toBe(true);
    });

    it('creates a recurring draft as a recurring task with its occurrences', async () => {
      const session = await createSession(t, { heldAt: '2024-01-25T08:00:00+07:00', noticeDate: '2024-01-26' });
      const notice = await createDocument(t, { sessionId: session.id, issuedOn: '2024-01-26' });
      const text =
        'Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Công Thương báo cáo tình hình thị trường hằng tháng trước ngày 20.';
      const drafted = await t.http.post(`/api/sessions/${session.id}/draft-tasks`).send({ text }).expect(200);
      const [draft] = drafted.body.items;
      expect(draft).toMatchObject({
        kind: 'recurring',
        leadDepartmentId: trade.id,
        recurrence: { every: 'month', day: 20, until: null },
        dueDate: null,
      });
      // The draft as answered: the rule, and no deadline, as a recurring task must be created.
      const created = await t.http
        .post(`/api/sessions/${session.id}/tasks/bulk`)
        .send({
          documentId: notice.id,
          tasks: [
            {
              title: draft.title,
              leadDepartmentId: trade.id,
              kind: draft.kind,
              recurrence: draft.recurrence,
              dueDate: draft.dueDate,
            },
          ],
        })
        .expect(201);
      expect(created.body.items[0]).toMatchObject({ kind: 'recurring', recurrence: { every: 'month', day: 20 } });
      const occurrences = await t.http.get(`/api/tasks/${created.body.items[0].id}/occurrences`).expect(200);
      expect(occurrences.body[0]).toMatchObject({ dueDate: '2024-02-20' });
    });

    it('creates none when one task is invalid, naming it by its index', async () => {
      const session = await createSession(t);
      const { id: documentId } = await createDocument(t, { sessionId: session.id });
      const elsewhere = await createDocument(t, { sessionId: (await createSession(t)).id });
      const otherSession = await t.http
        .post(`/api/sessions/${session.id}/tasks/bulk`)
        .send({
          documentId: elsewhere.id,
          tasks: [{ title: 'Kiểm tra', leadDepartmentId: trade.id, kind: 'standing' }],
        })
        .expect(400);
      expect(badFields(otherSession.body)).toEqual(['documentId']);
      const unknownLead = await t.http
        .post(`/api/sessions/${session.id}/tasks/bulk`)
        .send({
          documentId,
          tasks: [
            { title: 'Kiểm tra thị trường', leadDepartmentId: trade.id, kind: 'standing' },
            { title: 'Nhiệm vụ của đơn vị không có', leadDepartmentId: 999999, kind: 'standing' },
          ],
        })
        .expect(400);
      expect(badFields(unknownLead.body)).toEqual(['tasks[1].leadDepartmentId']);
      const leadAlsoSupport = await t.http
        .post(`/api/sessions/${session.id}/tasks/bulk`)
        .send({
          documentId,
          tasks: [
            { title: 'Kiểm tra', leadDepartmentId: trade.id, supportDepartmentIds: [trade.id], kind: 'standing' },
          ],
        })
        .expect(400);
      expect(badFields(leadAlsoSupport.body)).toEqual(['tasks[0].supportDepartmentIds']);
      const missingTitle = await t.http
        .post(`/api/sessions/${session.id}/tasks/bulk`)
        .send({ documentId, tasks: [{ leadDepartmentId: trade.id, kind: 'standing' }] })
        .expect(400);
      expect(badFields(missingTitle.body)).toEqual(['tasks[0].title']);
      await t.http.post(`/api/sessions/${session.id}/tasks/bulk`).send({ documentId, tasks: [] }).expect(400);
      expect(await taskCount(session.id)).toBe(0);
    });
  });

  describe('assigning documents', () => {
    it('drafts from a document counting from its date, and creates its tasks', async () => {
      const session = await createSession(t);
      const document = await createDocument(t, { sessionId: session.id, issuedOn: '2024-03-01' });
      const drafts = await t.http
        .post(`/api/documents/${document.id}/draft-tasks`)
        .send({ text: 'Giao Sở Y tế chủ trì rà soát trang thiết bị y tế; báo cáo UBND tỉnh trong tháng này.' })
        .expect(200);
      expect(drafts.body).toEqual({
        referenceDate: '2024-03-01',
        items: [
          expect.objectContaining({
            leadDepartmentId: health.id,
            dueDate: '2024-03-31',
            title: 'Rà soát trang thiết bị y tế',
          }),
        ],
      });
      const [draft] = drafts.body.items;
      const created = await t.http
        .post(`/api/documents/${document.id}/tasks/bulk`)
        .send({
          tasks: [
            {
              title: draft.title,
              description: draft.description,
              leadDepartmentId: draft.leadDepartmentId,
              dueDate: draft.dueDate,
            },
          ],
        })
        .expect(201);
      expect(created.body.items).toEqual([
        expect.objectContaining({
          documentId: document.id,
          sessionId: session.id,
          dueDate: '2024-03-31',
          title: 'Rà soát trang thiết bị y tế',
        }),
      ]);
      await t.http.post('/api/documents/999999/draft-tasks').send({ text: 'Giao Sở Y tế kiểm tra.' }).expect(404);
      await t.http
        .post('/api/documents/999999/tasks/bulk')
        .send({ tasks: [{ title: 'X', leadDepartmentId: health.id }] })
        .expect(404);
    });
  });

  describe('indicators', () => {
    it('proposes the figures of a report from its body or from a text sent', async () => {
      const session = await createSession(t);
      const report = await createReport(t, session.id, trade.id, { body: SOURCE_TEXT.economy });
      const fromBody = await t.http.post(`/api/reports/${report.id}/extract-indicators`).send({}).expect(200);
      expect(fromBody.body.items).toContainEqual(
        expect.objectContaining({
          name: 'Tổng kim ngạch xuất, nhập khẩu',
          value: 1.908,
          unit: 'triệu USD',
          baseValue: 1_908_000,
          baseUnit: 'USD',
        }),
      );
      const fromText = await t.http
        .post(`/api/reports/${report.id}/extract-indicators`)
        .send({ text: 'Tỷ lệ hộ nghèo giảm 2,5 điểm % so với cùng kỳ.' })
        .expect(200);
      expect(fromText.body.items).toEqual([
        expect.objectContaining({ changeKind: 'points', changeFromLastYearPct: -2.5 }),
      ]);
      // A table of figures pasted with the report, its cells separated by tabs as a word processor copies them.
      const table = [
        'Kim ngạch xuất khẩu 9 tháng tăng 15,1% so với cùng kỳ.',
        '',
        'STT\tChỉ tiêu\tĐơn vị tính\tƯớc thực hiện 9 tháng\tSo với kế hoạch (%)\tSo với cùng kỳ (%)',
        '1\tThu ngân sách nhà nước\tTriệu đồng\t985.400\t78,8\t112,5',
      ].join('\n');
      const fromTable = await t.http
        .post(`/api/reports/${report.id}/extract-indicators`)
        .send({ text: table })
        .expect(200);
      expect(fromTable.body.items).toEqual([
        expect.objectContaining({ name: 'Kim ngạch xuất khẩu 9 tháng', changeFromLastYearPct: 15.1 }),
        expect.objectContaining({
          name: 'Thu ngân sách nhà nước',
          value: 985_400,
          unit: 'triệu đồng',
          baseValue: 985_400_000_000,
          planPct: 78.8,
          changeFromLastYearPct: 12.5,
          estimate: true,
          sourceSpan: { start: table.lastIndexOf('\n') + 1, end: table.length },
        }),
      ]);
      await t.http.post('/api/reports/999999/extract-indicators').send({}).expect(404);
    });

    it('lists one series for small wording differences and answers its values per session', async () => {
      const january = await createSession(t, { heldAt: '2031-01-25T08:00:00+07:00' });
      const february = await createSession(t, { heldAt: '2031-02-25T08:00:00+07:00' });
      const indicator = (name: string, value: number, unit: string) => ({
        name,
        value,
        unit,
        changeFromPreviousPct: null,
        changeFromLastYearPct: null,
      });
      await createReport(t, february.id, trade.id, {
        indicators: [indicator('Sản lượng điện thương phẩm trong tháng', 0.2, 'tỷ đồng')],
      });
      await createReport(t, january.id, trade.id, {
        indicators: [indicator('Sản lượng điện thương phẩm', 194970, 'triệu đồng')],
      });
      const names = await t.http.get('/api/indicators').expect(200);
      expect(names.body.items).toContainEqual({
        key: 'san luong dien thuong pham',
        name: expect.stringMatching(/^Sản lượng điện thương phẩm/),
        sessions: 2,
        units: ['triệu đồng', 'tỷ đồng'],
      });
      const series = await t.http
        .get(`/api/indicators/series?name=${encodeURIComponent('sản lượng điện thương phẩm tháng 3')}`)
        .expect(200);
      expect(
        series.body.items.map((p: { sessionId: number; baseValue: number }) => [p.sessionId, p.baseValue]),
      ).toEqual([
        [january.id, 194_970_000_000],
        [february.id, 200_000_000],
      ]);
    });
  });
});
