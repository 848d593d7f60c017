import { createTestApp, TestApp } from '../helpers/create-test-app';
import { postDepartment } from '../factories/department.factory';
import { badFields } from '../helpers/bad-fields';

describe('Departments API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/departments', () => {
    it('creates a department with lower-cased, deduplicated e-mails', async () => {
      const res = await t.http
        .post('/api/departments')
        .send({
          code: 'SLDTBXH',
          name: 'Sở Lao động – Thương binh và Xã hội',
          kind: 'department',
          emails: [' LDTBXH@BacKan.example.vn ', 'ldtbxh@backan.example.vn', 'vp.ldtbxh@backan.example.vn'],
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        code: 'SLDTBXH',
        name: 'Sở Lao động – Thương binh và Xã hội',
        kind: 'department',
        emails: ['ldtbxh@backan.example.vn', 'vp.ldtbxh@backan.example.vn'],
        active: true,
        successorId: null,
        succeededOn: null,
      });
      const again = await t.http.get(`/api/departments/${res.body.id}`).expect(200);
      expect(again.body).toEqual(res.body);
    });

    it('answers 409 for a code that is taken', async () => {
      await postDepartment(t, { code: 'DUP1' });
      const res = await t.http
        .post('/api/departments')
        .send({ code: 'DUP1', name: 'Trùng mã', kind: 'other' })
        .expect(409);
      expect(res.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: expect.stringContaining('DUP1'),
        errors: [{ field: 'code', message: 'Mã DUP1 đã được dùng cho một đơn vị khác' }],
      });
    });

    it('names every bad field in a 400', async () => {
      const res = await t.http
        .post('/api/departments')
        .send({ code: 'has space', name: '', kind: 'ministry', emails: ['not-an-email'], active: 'yes' })
        .expect(400);
      expect(badFields(res.body).sort()).toEqual(['active', 'code', 'emails', 'kind', 'name']);
      expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^emails: /)]));
    });

    it('rejects unknown fields, missing fields, too many e-mails and over-long strings', async () => {
      const unknown = await t.http
        .post('/api/departments')
        .send({ code: 'X1', name: 'X', kind: 'other', budget: 1 })
        .expect(400);
      expect(badFields(unknown.body)).toEqual(['budget']);

      const missing = await t.http.post('/api/departments').send({}).expect(400);
      expect(badFields(missing.body).sort()).toEqual(['code', 'kind', 'name']);

      const many = await t.http
        .post('/api/departments')
        .send({
          code: 'X2',
          name: 'X',
          kind: 'other',
          emails: Array.from({ length: 21 }, (_, i) => `a${i}@x.example.vn`),
        })
        .expect(400);
      expect(badFields(many.body)).toEqual(['emails']);

      const long = await t.http
        .post('/api/departments')
        .send({ code: 'X3', name: 'x'.repeat(256), kind: 'other' })
        .expect(400);
      expect(badFields(long.body)).toEqual(['name']);
    });
  });

  describe('GET /api/departments', () => {
    let ids: Record<string, number>;

    beforeAll(async () => {
      const yte = await postDepartment(t, { code: 'SYT', name: 'Sở Y tế', kind: 'department' });
      const babe = await postDepartment(t, { code: 'UBND-BB', name: 'UBND huyện Ba Bể', kind: 'district' });
      const choDon = await postDepartment(t, {
        code: 'UBND-CD',
        name: 'UBND huyện Chợ Đồn',
        kind: 'district',
        active: false,
      });
      ids = { yte: yte.id, babe: babe.id, choDon: choDon.id };
    });

    it('pages with page and limit', async () => {
      const all = await t.http.get('/api/departments').expect(200);
      expect(all.body).toMatchObject({ page: 1, limit: 50 });
      expect(all.body.total).toBe(all.body.items.length);
      const second = await t.http.get('/api/departments?page=2&limit=1').expect(200);
      expect(second.body).toMatchObject({ page: 2, limit: 1, total: all.body.total });
      expect(second.body.items).toEqual([all.body.items[1]]);
    });

    it('finds a department with or without diacritics, on code or name', async () => {
      for (const q of ['so y te', 'Sở Y tế', 'SỞ Y TẾ', 'syt']) {
        const res = await t.http.get('/api/departments').query({ q }).expect(200);
        expect(res.body.items.map((d: { id: number }) => d.id)).toEqual([ids.yte]);
      }
      const choDon = await t.http.get('/api/departments').query({ q: 'cho don' }).expect(200);
      expect(choDon.body.items.map((d: { id: number }) => d.id)).toEqual([ids.choDon]);
    });

    it('treats LIKE wildcards in q literally', async () => {
      const res = await t.http.get('/api/departments').query({ q: '%' }).expect(200);
      expect(res.body.total).toBe(0);
    });

    it('filters by kind and active', async () => {
      const districts = await t.http.get('/api/departments?kind=district').expect(200);
      expect(districts.body.items.map((d: { id: number }) => d.id).sort()).toEqual([ids.babe, ids.choDon].sort());
      const activeDistricts = await t.http.get('/api/departments?kind=district&active=true').expect(200);
      expect(activeDistricts.body.items.map((d: { id: number }) => d.id)).toEqual([ids.babe]);
      const inactive = await t.http.get('/api/departments?active=false').expect(200);
      expect(inactive.body.items.map((d: { id: number }) => d.id)).toEqual([ids.choDon]);
    });

    it('rejects bad filters and a limit above 200', async () => {
      const res = await t.http.get('/api/departments?limit=201&kind=x&active=maybe&page=0').expect(400);
      expect(badFields(res.body).sort()).toEqual(['active', 'kind', 'limit', 'page']);
      const unknown = await t.http.get('/api/departments?sort=name').expect(400);
      expect(badFields(unknown.body)).toEqual(['sort']);
    });
  });

  describe('GET and PATCH /api/departments/:id', () => {
    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await t.http.get('/api/departments/999999').expect(404);
      const huge = await t.http.get('/api/departments/999999999999999').expect(400);
      expect(badFields(huge.body)).toEqual(['id']);
      await t.http.get('/api/departments/2147483647').expect(404);
      const bad = await t.http.get('/api/departments/abc').expect(400);
      expect(badFields(bad.body)).toEqual(['id']);
      await t.http.patch('/api/departments/999999').send({ name: 'X' }).expect(404);
    });

    it('edits fields and keeps the search in step with the new name', async () => {
      const department = await postDepartment(t, { code: 'SCT', name: 'Sở Công thương' });
      const res = await t.http
        .patch(`/api/departments/${department.id}`)
        .send({
          name: 'Sở Công Thương tỉnh',
          emails: ['SCT@backan.example.vn', 'sct@backan.example.vn'],
          active: false,
        })
        .expect(200);
      expect(res.body).toEqual({
        id: department.id,
        code: 'SCT',
        name: 'Sở Công Thương tỉnh',
        kind: 'department',
        emails: ['sct@backan.example.vn'],
        active: false,
        successorId: null,
        succeededOn: null,
      });
      const found = await t.http.get('/api/departments').query({ q: 'cong thuong tinh' }).expect(200);
      expect(found.body.items.map((d: { id: number }) => d.id)).toEqual([department.id]);
    });

    it('answers 409 when the new code is taken, and accepts its own code', async () => {
      await postDepartment(t, { code: 'TAKEN' });
      const department = await postDepartment(t, { code: 'FREE' });
      await t.http.patch(`/api/departments/${department.id}`).send({ code: 'TAKEN' }).expect(409);
      await t.http.patch(`/api/departments/${department.id}`).send({ code: 'FREE', kind: 'agency' }).expect(200);
      const unchanged = await t.http.get(`/api/departments/${department.id}`).expect(200);
      expect(unchanged.body).toMatchObject({ code: 'FREE', kind: 'agency' });
    });

    it('rejects null for fields that cannot be empty, and bad e-mails', async () => {
      const department = await postDepartment(t);
      const res = await t.http
        .patch(`/api/departments/${department.id}`)
        .send({ name: null, code: null, kind: null, active: null, emails: ['ok@x.example.vn', 'bad'] })
        .expect(400);
      expect(badFields(res.body).sort()).toEqual(['active', 'code', 'emails', 'kind', 'name']);
      const unchanged = await t.http.get(`/api/departments/${department.id}`).expect(200);
      expect(unchanged.body).toEqual(department);
    });
  });

  // Which roles write is decided on the routes: see the authorization matrix.
});
