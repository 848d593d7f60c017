import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createAttendee } from '../factories/attendee.factory';
import { postDepartment } from '../factories/department.factory';
import { createReport } from '../factories/report.factory';
import { postSession } from '../factories/session.factory';
import { badFields } from '../helpers/bad-fields';
import { defaultDocumentId } from '../factories/document.factory';

describe('Sessions API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/sessions', () => {
    it('records a session and answers it with zero counts', async () => {
      const res = await t.http
        .post('/api/sessions')
        .send({
          title: 'Phiên họp thường kỳ UBND tỉnh tháng 01/2024',
          kind: 'regular',
          heldAt: '2024-01-25T08:00:00+07:00',
          location: 'Hội trường UBND tỉnh',
          chairedBy: 'Chủ tịch UBND tỉnh Nguyễn Đăng Bình',
          status: 'concluded',
          minutes: 'Báo cáo tại Phiên họp…',
          conclusion: 'Kết luận Phiên họp…',
          noticeNumber: '25/TB-UBND',
          noticeDate: '2024-01-29',
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        title: 'Phiên họp thường kỳ UBND tỉnh tháng 01/2024',
        kind: 'regular',
        heldAt: '2024-01-25T01:00:00.000Z',
        location: 'Hội trường UBND tỉnh',
        chairedBy: 'Chủ tịch UBND tỉnh Nguyễn Đăng Bình',
        status: 'concluded',
        minutes: 'Báo cáo tại Phiên họp…',
        conclusion: 'Kết luận Phiên họp…',
        noticeNumber: '25/TB-UBND',
        noticeDate: '2024-01-29',
        attendeeCount: 0,
        reportCount: 0,
        taskCount: 0,
      });
    });

    it('defaults the status to scheduled and optional fields to null', async () => {
      const res = await t.http
        .post('/api/sessions')
        .send({ title: 'Phiên họp chuyên đề', kind: 'thematic', heldAt: '2024-02-01T02:00:00Z' })
        .expect(201);
      expect(res.body).toMatchObject({
        status: 'scheduled',
        location: null,
        chairedBy: null,
        minutes: null,
        conclusion: null,
        noticeNumber: null,
        noticeDate: null,
      });
    });

    it('names every bad field in a 400', async () => {
      const res = await t.http
        .post('/api/sessions')
        .send({
          title: '   ',
          kind: 'weekly',
          heldAt: '2024-01-25 08:00',
          status: 'cancelled',
          noticeDate: '2024-02-30',
          noticeNumber: 'x'.repeat(65),
          extra: true,
        })
        .expect(400);
      expect(badFields(res.body).sort()).toEqual(
        ['extra', 'heldAt', 'kind', 'noticeDate', 'noticeNumber', 'status', 'title'].sort(),
      );
    });

    it('rejects an instant without its offset and a date in another format', async () => {
      const res = await t.http
        .post('/api/sessions')
        .send({ title: 'X', kind: 'regular', heldAt: '2024-01-25T08:00:00', noticeDate: '29/01/2024' })
        .expect(400);
      expect(badFields(res.body).sort()).toEqual(['heldAt', 'noticeDate']);
    });

    it('rejects a missing, empty or non-object body', async () => {
      const none = await t.http.post('/api/sessions').expect(400);
      expect(none.body.statusCode).toBe(400);
      await t.http.post('/api/sessions').set('Content-Type', 'application/json').send('[]').expect(400);
      await t.http.post('/api/sessions').set('Content-Type', 'application/json').send('"x"').expect(400);
      await t.http.post('/api/sessions').set('Content-Type', 'application/json').send('{"title":').expect(400);
      const list = await t.http.get('/api/sessions?q=' + encodeURIComponent('x'.repeat(201))).expect(400);
      expect(badFields(list.body)).toEqual(['q']);
    });
  });

  describe('GET /api/sessions/:id', () => {
    it('counts attendees, reports and tasks of the session', async () => {
      const session = await postSession(t);
      const other = await postSession(t);
      const department = await postDepartment(t);
      await createAttendee(t, session.id);
      await createAttendee(t, session.id);
      await createAttendee(t, other.id);
      await createReport(t, session.id, department.id);
      for (const title of ['Nhiệm vụ 1', 'Nhiệm vụ 2']) {
        await t.http
          .post('/api/tasks')
          .send({
            title,
            sessionId: session.id,
            documentId: await defaultDocumentId(t),
            leadDepartmentId: department.id,
          })
          .expect(201);
      }
      await t.http
        .post('/api/tasks')
        .send({ title: 'Nhiệm vụ khác', documentId: await defaultDocumentId(t), leadDepartmentId: department.id })
        .expect(201);
      const res = await t.http.get(`/api/sessions/${session.id}`).expect(200);
      expect(res.body).toMatchObject({ id: session.id, attendeeCount: 2, reportCount: 1, taskCount: 2 });
      const otherRes = await t.http.get(`/api/sessions/${other.id}`).expect(200);
      expect(otherRes.body).toMatchObject({ attendeeCount: 1, reportCount: 0, taskCount: 0 });
    });

    it('answers 404 for an unknown session and 400 for a malformed id', async () => {
      await t.http.get('/api/sessions/987654').expect(404);
      const res = await t.http.get('/api/sessions/1.5').expect(400);
      expect(badFields(res.body)).toEqual(['id']);
    });
  });

  describe('PATCH /api/sessions/:id', () => {
    it('moves the status forward and edits fields', async () => {
      const session = await postSession(t);
      const held = await t.http
        .patch(`/api/sessions/${session.id}`)
        .send({ status: 'held', minutes: 'Biên bản', location: 'Phòng họp số 1' })
        .expect(200);
      expect(held.body).toMatchObject({ status: 'held', minutes: 'Biên bản', location: 'Phòng họp số 1' });
      const concluded = await t.http
        .patch(`/api/sessions/${session.id}`)
        .send({ status: 'concluded', conclusion: 'Kết luận', noticeNumber: '30/TB-UBND', noticeDate: '2024-02-01' })
        .expect(200);
      expect(concluded.body).toMatchObject({
        status: 'concluded',
        conclusion: 'Kết luận',
        noticeNumber: '30/TB-UBND',
        noticeDate: '2024-02-01',
        attendeeCount: 0,
      });
      const cleared = await t.http
        .patch(`/api/sessions/${session.id}`)
        .send({ location: null, status: 'concluded' })
        .expect(200);
      expect(cleared.body).toMatchObject({ location: null, status: 'concluded' });
    });

    it('answers 409 with a clear message when the status would move back', async () => {
      const session = await postSession(t, { status: 'concluded' });
      const res = await t.http
        .patch(`/api/sessions/${session.id}`)
        .send({ status: 'held', title: 'Đổi tên' })
        .expect(409);
      expect(res.body).toMatchObject({
        rule: 'session_status_backwards',
        message:
          'Phiên họp đang ở trạng thái "Đã kết luận", không chuyển ngược về "Đã họp" (thứ tự: Dự kiến → Đã họp → Đã kết luận)',
      });
      const unchanged = await t.http.get(`/api/sessions/${session.id}`).expect(200);
      expect(unchanged.body).toMatchObject({ status: 'concluded', title: session.title });

      const held = await postSession(t, { status: 'held' });
      await t.http.patch(`/api/sessions/${held.id}`).send({ status: 'scheduled' }).expect(409);
    });

    it('rejects null for required fields, an impossible notice date, and answers 404 for an unknown session', async () => {
      const session = await postSession(t);
      const res = await t.http
        .patch(`/api/sessions/${session.id}`)
        .send({ title: null, kind: null, heldAt: null, status: null, noticeDate: '2023-02-29' })
        .expect(400);
      expect(badFields(res.body).sort()).toEqual(['heldAt', 'kind', 'noticeDate', 'status', 'title']);
      await t.http.patch('/api/sessions/987654').send({ title: 'X' }).expect(404);
    });

    it('accepts 29 February of a leap year', async () => {
      const session = await postSession(t);
      const res = await t.http.patch(`/api/sessions/${session.id}`).send({ noticeDate: '2024-02-29' }).expect(200);
      expect(res.body.noticeDate).toBe('2024-02-29');
    });
  });

  describe('GET /api/sessions', () => {
    let app: TestApp;
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      app = await createTestApp();
      ids.dec = (
        await postSession(app, {
          title: 'Phiên họp thường kỳ tháng 12/2023',
          heldAt: '2023-12-28T08:00:00+07:00',
          status: 'concluded',
        })
      ).id;
      ids.jan = (
        await postSession(app, {
          title: 'Phiên họp thường kỳ tháng 01/2024',
          heldAt: '2024-01-25T08:00:00+07:00',
          status: 'concluded',
        })
      ).id;
      // 00:30 on 1 February in Việt Nam is still 31 January in UTC.
      ids.thematic = (
        await postSession(app, {
          title: 'Phiên họp chuyên đề về quy hoạch đô thị',
          kind: 'thematic',
          heldAt: '2024-02-01T00:30:00+07:00',
          status: 'held',
        })
      ).id;
      ids.feb = (
        await postSession(app, {
          title: 'Phiên họp bất thường về phòng chống rét',
          kind: 'extraordinary',
          heldAt: '2024-02-20T14:00:00+07:00',
        })
      ).id;
    });

    afterAll(async () => {
      await app?.close();
    });

    const idsOf = (body: { items: Array<{ id: number }> }) => body.items.map((s) => s.id);

    it('lists the latest session first, and oldest first on request', async () => {
      const res = await app.http.get('/api/sessions').expect(200);
      expect(res.body).toMatchObject({ total: 4, page: 1, limit: 50 });
      expect(idsOf(res.body)).toEqual([ids.feb, ids.thematic, ids.jan, ids.dec]);
      expect(res.body.items[0]).not.toHaveProperty('attendeeCount');
      expect(res.body.items[0]).not.toHaveProperty('searchText');
      const asc = await app.http.get('/api/sessions?sort=heldAt&limit=2&page=2').expect(200);
      expect(idsOf(asc.body)).toEqual([ids.thematic, ids.feb]);
    });

    it('filters by status and kind', async () => {
      expect(idsOf((await app.http.get('/api/sessions?status=concluded').expect(200)).body)).toEqual([
        ids.jan,
        ids.dec,
      ]);
      expect(idsOf((await app.http.get('/api/sessions?kind=thematic').expect(200)).body)).toEqual([ids.thematic]);
      expect(idsOf((await app.http.get('/api/sessions?kind=regular&status=held').expect(200)).body)).toEqual([]);
    });

    it('filters by dates taken as whole days in the configured time zone, or by instants', async () => {
      const february = await app.http.get('/api/sessions?from=2024-02-01&to=2024-02-29').expect(200);
      expect(idsOf(february.body)).toEqual([ids.feb, ids.thematic]);
      const january = await app.http.get('/api/sessions?from=2024-01-01&to=2024-01-31').expect(200);
      expect(idsOf(january.body)).toEqual([ids.jan]);
      const instants = await app.http
        .get('/api/sessions')
        .query({ from: '2024-01-25T01:00:00Z', to: '2024-01-31T17:30:00Z' })
        .expect(200);
      expect(idsOf(instants.body)).toEqual([ids.thematic, ids.jan]);
    });

    it('searches titles with or without diacritics', async () => {
      expect(idsOf((await app.http.get('/api/sessions').query({ q: 'quy hoach' }).expect(200)).body)).toEqual([
        ids.thematic,
      ]);
      expect(idsOf((await app.http.get('/api/sessions').query({ q: 'PHÒNG CHỐNG RÉT' }).expect(200)).body)).toEqual([
        ids.feb,
      ]);
      expect(idsOf((await app.http.get('/api/sessions').query({ q: 'thuong ky' }).expect(200)).body)).toEqual([
        ids.jan,
        ids.dec,
      ]);
    });

    it('rejects bad filters', async () => {
      const res = await app.http
        .get('/api/sessions?status=done&kind=x&from=yesterday&to=2024-13-01&sort=title&limit=500')
        .expect(400);
      expect(badFields(res.body).sort()).toEqual(['from', 'kind', 'limit', 'sort', 'status', 'to']);
      const reversed = await app.http.get('/api/sessions?from=2024-02-01&to=2024-01-31').expect(400);
      expect(badFields(reversed.body)).toEqual(['to']);
    });
  });

  it('documents the routes and their bodies in the OpenAPI document', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/departments',
        '/api/departments/{id}',
        '/api/sessions',
        '/api/sessions/{id}',
        '/api/sessions/{id}/attendees',
        '/api/sessions/{id}/attendees/{attendeeId}',
        '/api/sessions/{id}/reports',
        '/api/reports/{id}',
      ]),
    );
    const schemas = res.body.components.schemas;
    expect(schemas.CreateReportDto.properties.indicators.items).toEqual({ $ref: '#/components/schemas/IndicatorDto' });
    expect(schemas.IndicatorDto.required).toEqual(['name', 'value']);
    expect(schemas.CreateSessionDto.properties.status.enum).toEqual(['scheduled', 'held', 'concluded']);
    expect(Object.keys(schemas.SessionDetailResponse.properties)).toEqual(
      expect.arrayContaining(['attendeeCount', 'reportCount', 'taskCount', 'noticeDate']),
    );
  });

  // Which roles write is decided on the routes: see the authorization matrix.
});
