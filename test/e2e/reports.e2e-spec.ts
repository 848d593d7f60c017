import { DepartmentReport } from '../../src/sessions/entities/department-report.entity';
import { ReportsService } from '../../src/sessions/reports.service';
import { createTestApp, TestApp } from '../helpers/create-test-app';
import { postDepartment } from '../factories/department.factory';
import { createReport } from '../factories/report.factory';
import { postSession } from '../factories/session.factory';
import { badFields } from '../helpers/bad-fields';

describe('Department reports API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const industrialOutput = {
    name: 'Giá trị sản xuất công nghiệp',
    value: 194970,
    unit: 'triệu đồng',
    changeFromPreviousPct: 1.8,
    changeFromLastYearPct: 35,
  };
  /** As the API answers it: no share of the plan, changes in percent. */
  const industrialOutputRead = { ...industrialOutput, planPct: null, changeKind: 'percent', estimate: false };

  describe('POST /api/sessions/:id/reports', () => {
    it('stores a report with its indicators, filling missing changes with null and percent', async () => {
      const session = await postSession(t);
      const department = await postDepartment(t, { code: 'SKHDT-R', name: 'Sở Kế hoạch và Đầu tư' });
      const res = await t.http
        .post(`/api/sessions/${session.id}/reports`)
        .send({
          departmentId: department.id,
          title: 'Báo cáo tình hình kinh tế - xã hội tháng 01/2024',
          body: 'Tình hình sản xuất kinh doanh duy trì ổn định.',
          indicators: [industrialOutput, { name: 'Kế hoạch đầu tư công năm 2024', value: 2157119, unit: 'triệu đồng' }],
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        sessionId: session.id,
        departmentId: department.id,
        title: 'Báo cáo tình hình kinh tế - xã hội tháng 01/2024',
        body: 'Tình hình sản xuất kinh doanh duy trì ổn định.',
        indicators: [
          industrialOutputRead,
          {
            name: 'Kế hoạch đầu tư công năm 2024',
            value: 2157119,
            unit: 'triệu đồng',
            changeFromPreviousPct: null,
            changeFromLastYearPct: null,
            planPct: null,
            changeKind: 'percent',
            estimate: false,
          },
        ],
      });
      const again = await t.http.get(`/api/reports/${res.body.id}`).expect(200);
      expect(again.body).toEqual(res.body);
      const detail = await t.http.get(`/api/sessions/${session.id}`).expect(200);
      expect(detail.body.reportCount).toBe(1);
    });

    it('keeps the share of the plan reached, a rate changed in percentage points and an estimate', async () => {
      const session = await postSession(t);
      const department = await postDepartment(t);
      const figures = [
        {
          name: 'Giải ngân vốn đầu tư công',
          value: 2015.7,
          unit: 'tỷ đồng',
          planPct: 58.9,
          changeFromLastYearPct: 8.3,
          estimate: true,
        },
        { name: 'Tỷ lệ hộ nghèo', value: 7.2, unit: '%', changeFromLastYearPct: -2.5, changeKind: 'points' },
      ];
      const res = await t.http
        .post(`/api/sessions/${session.id}/reports`)
        .send({ departmentId: department.id, title: 'Báo cáo 9 tháng', body: 'Số liệu.', indicators: figures })
        .expect(201);
      expect(res.body.indicators).toEqual([
        { ...figures[0], changeFromPreviousPct: null, changeKind: 'percent' },
        { ...figures[1], changeFromPreviousPct: null, planPct: null, estimate: false },
      ]);
      expect((await t.http.get(`/api/reports/${res.body.id}`).expect(200)).body.indicators).toEqual(
        res.body.indicators,
      );
      // A figure saved before these two existed reads as no share of the plan, in percent.
      await t.dataSource.getRepository(DepartmentReport).update(res.body.id, { indicators: [industrialOutput] });
      expect((await t.http.get(`/api/reports/${res.body.id}`).expect(200)).body.indicators).toEqual([
        industrialOutputRead,
      ]);
      const bad = await t.http
        .post(`/api/sessions/${session.id}/reports`)
        .send({
          departmentId: department.id,
          title: 'T',
          body: 'B',
          indicators: [{ name: 'x', value: 1, planPct: -5, changeKind: 'điểm', estimate: 'ước' }],
        })
        .expect(400);
      expect(badFields(bad.body).sort()).toEqual([
        'indicators[0].changeKind',
        'indicators[0].estimate',
        'indicators[0].planPct',
      ]);
    });

    it('validates indicators as nested objects and names the bad ones', async () => {
      const session = await postSession(t);
      const department = await postDepartment(t);
      const res = await t.http
        .post(`/api/sessions/${session.id}/reports`)
        .set('Content-Type', 'application/json')
        .send(
          `{"departmentId":${department.id},"title":"T","body":"B","indicators":[` +
            `{"name":"ok","value":1},` +
            `{"name":"","value":"12"},` +
            `{"name":"huge","value":1e400,"changeFromLastYearPct":"x"},` +
            `{"name":"extra","value":1,"source":"?"},` +
            `7]}`,
        )
        .expect(400);
      expect(badFields(res.body).sort()).toEqual(
        [
          'indicators[1].name',
          'indicators[1].value',
          'indicators[2].changeFromLastYearPct',
          'indicators[2].value',
          'indicators[3].source',
          'indicators[4]',
        ].sort(),
      );
    });

    it('bounds the number of indicators and the text lengths', async () => {
      const session = await postSession(t);
      const department = await postDepartment(t);
      const res = await t.http
        .post(`/api/sessions/${session.id}/reports`)
        .send({
          departmentId: department.id,
          title: 'x'.repeat(501),
          body: 'B',
          indicators: Array.from({ length: 101 }, (_, i) => ({ name: `n${i}`, value: i })),
        })
        .expect(400);
      expect(badFields(res.body).sort()).toEqual(['indicators', 'title']);
    });

    it('answers 400 naming departmentId for a missing or unknown department, 404 for an unknown session', async () => {
      const session = await postSession(t);
      const missing = await t.http
        .post(`/api/sessions/${session.id}/reports`)
        .send({ title: 'T', body: 'B' })
        .expect(400);
      expect(badFields(missing.body)).toEqual(['departmentId']);
      const unknown = await t.http
        .post(`/api/sessions/${session.id}/reports`)
        .send({ departmentId: 777777, title: 'T', body: 'B' })
        .expect(400);
      expect(badFields(unknown.body)).toEqual(['departmentId']);
      const department = await postDepartment(t);
      await t.http
        .post('/api/sessions/999999/reports')
        .send({ departmentId: department.id, title: 'T', body: 'B' })
        .expect(404);
    });
  });

  describe('GET /api/sessions/:id/reports', () => {
    it('lists the session’s reports, filtered by department and paged', async () => {
      const session = await postSession(t);
      const other = await postSession(t);
      const sct = await postDepartment(t);
      const syt = await postDepartment(t);
      const first = await createReport(t, session.id, sct.id);
      const second = await createReport(t, session.id, syt.id);
      await createReport(t, other.id, sct.id);

      const all = await t.http.get(`/api/sessions/${session.id}/reports`).expect(200);
      expect(all.body).toMatchObject({ total: 2, page: 1, limit: 50 });
      expect(all.body.items.map((r: { id: number }) => r.id)).toEqual([first.id, second.id]);
      const bySyt = await t.http.get(`/api/sessions/${session.id}/reports?departmentId=${syt.id}`).expect(200);
      expect(bySyt.body.items.map((r: { id: number }) => r.id)).toEqual([second.id]);
      const paged = await t.http.get(`/api/sessions/${session.id}/reports?limit=1&page=2`).expect(200);
      expect(paged.body.items.map((r: { id: number }) => r.id)).toEqual([second.id]);

      const bad = await t.http.get(`/api/sessions/${session.id}/reports?departmentId=x`).expect(400);
      expect(badFields(bad.body)).toEqual(['departmentId']);
      await t.http.get('/api/sessions/999999/reports').expect(404);
    });
  });

  describe('GET and PATCH /api/reports/:id', () => {
    it('edits title, body and replaces the indicators', async () => {
      const session = await postSession(t);
      const department = await postDepartment(t);
      const report = await createReport(t, session.id, department.id, { indicators: [industrialOutput] });
      const retail = {
        name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
        value: 887.968,
        unit: 'tỷ đồng',
        changeFromPreviousPct: 1.72,
        changeFromLastYearPct: 28.82,
      };
      const res = await t.http
        .patch(`/api/reports/${report.id}`)
        .send({ title: 'Báo cáo của Sở Công Thương', body: 'Thị trường ổn định.', indicators: [retail] })
        .expect(200);
      expect(res.body).toEqual({
        id: report.id,
        sessionId: session.id,
        departmentId: department.id,
        title: 'Báo cáo của Sở Công Thương',
        body: 'Thị trường ổn định.',
        indicators: [{ ...retail, planPct: null, changeKind: 'percent', estimate: false }],
      });
    });

    it('answers 404 for an unknown report, 400 for bad fields or an unknown department', async () => {
      await t.http.get('/api/reports/999999').expect(404);
      await t.http.patch('/api/reports/999999').send({ title: 'X' }).expect(404);
      const session = await postSession(t);
      const department = await postDepartment(t);
      const report = await createReport(t, session.id, department.id);
      const bad = await t.http
        .patch(`/api/reports/${report.id}`)
        .send({ title: null, body: 5, indicators: [{ value: 1 }], sessionId: 2 })
        .expect(400);
      expect(badFields(bad.body).sort()).toEqual(['body', 'indicators[0].name', 'sessionId', 'title']);
      const unknown = await t.http.patch(`/api/reports/${report.id}`).send({ departmentId: 888888 }).expect(400);
      expect(badFields(unknown.body)).toEqual(['departmentId']);
      const unchanged = await t.http.get(`/api/reports/${report.id}`).expect(200);
      expect(unchanged.body.departmentId).toBe(department.id);
    });
  });

  describe('department scoping', () => {
    it('lets a department submit and edit only its own reports', async () => {
      const service = t.app.get(ReportsService);
      const session = await postSession(t);
      const own = await postDepartment(t);
      const other = await postDepartment(t);
      const actor = { userId: 11, role: 'department' as const, departmentId: own.id };

      const created = await service.create(actor, session.id, {
        departmentId: own.id,
        title: 'Báo cáo của sở',
        body: 'B',
      });
      expect(created).toMatchObject({ departmentId: own.id });
      await expect(service.update(actor, created.id, { body: 'Bổ sung' })).resolves.toMatchObject({ body: 'Bổ sung' });

      await expect(
        service.create(actor, session.id, { departmentId: other.id, title: 'T', body: 'B' }),
      ).rejects.toMatchObject({
        status: 403,
      });
      const othersReport = await createReport(t, session.id, other.id);
      await expect(service.update(actor, othersReport.id, { body: 'X' })).rejects.toMatchObject({ status: 404 });
      await expect(service.update(actor, created.id, { departmentId: other.id })).rejects.toMatchObject({
        status: 403,
      });
      // Reading is open to every role.
      await expect(service.get(othersReport.id)).resolves.toMatchObject({ id: othersReport.id });
      const list = await t.http.get(`/api/sessions/${session.id}/reports`).expect(200);
      expect(list.body.total).toBe(2);
    });

    // A leader is refused writing on the routes (see the authorization matrix).
    it("lets the office write any department's report", async () => {
      const service = t.app.get(ReportsService);
      const session = await postSession(t);
      const department = await postDepartment(t);
      const report = await createReport(t, session.id, department.id);
      const office = { userId: 13, role: 'office' as const, departmentId: null };
      await expect(service.update(office, report.id, { body: 'Văn phòng chỉnh sửa' })).resolves.toMatchObject({
        body: 'Văn phòng chỉnh sửa',
      });
    });
  });
});
