import { createTestApp, TestApp } from '../helpers/create-test-app';
import { createAttendee } from '../factories/attendee.factory';
import { postDepartment } from '../factories/department.factory';
import { postSession } from '../factories/session.factory';
import { badFields } from '../helpers/bad-fields';

describe('Session attendees API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/sessions/:id/attendees', () => {
    it('adds an attendee who is present by default', async () => {
      const session = await postSession(t);
      const department = await postDepartment(t, { code: 'SYT-A', name: 'Sở Y tế' });
      const res = await t.http
        .post(`/api/sessions/${session.id}/attendees`)
        .send({
          fullName: 'Nguyễn Văn An',
          position: 'Giám đốc Sở Y tế',
          organization: 'Sở Y tế',
          departmentId: department.id,
          role: 'member',
          delegateName: 'ignored when present',
          note: 'Báo cáo công tác y tế dịp Tết',
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        sessionId: session.id,
        fullName: 'Nguyễn Văn An',
        position: 'Giám đốc Sở Y tế',
        organization: 'Sở Y tế',
        departmentId: department.id,
        role: 'member',
        attendance: 'present',
        delegateName: null,
        note: 'Báo cáo công tác y tế dịp Tết',
      });
    });

    it('keeps the delegate of a delegated attendance and requires it', async () => {
      const session = await postSession(t);
      const delegated = await t.http
        .post(`/api/sessions/${session.id}/attendees`)
        .send({ fullName: 'Trần Thị Bình', role: 'invited', attendance: 'delegated', delegateName: 'Lê Văn Cường' })
        .expect(201);
      expect(delegated.body).toMatchObject({ attendance: 'delegated', delegateName: 'Lê Văn Cường' });

      const missing = await t.http
        .post(`/api/sessions/${session.id}/attendees`)
        .send({ fullName: 'Trần Thị Bình', role: 'invited', attendance: 'delegated', delegateName: '  ' })
        .expect(400);
      expect(badFields(missing.body)).toEqual(['delegateName']);
      expect(missing.body.message).toEqual(['delegateName: delegateName is required when attendance is "delegated"']);
    });

    it('answers 400 naming departmentId for an unknown department', async () => {
      const session = await postSession(t);
      const res = await t.http
        .post(`/api/sessions/${session.id}/attendees`)
        .send({ fullName: 'X', role: 'member', departmentId: 424242 })
        .expect(400);
      expect(badFields(res.body)).toEqual(['departmentId']);
      const list = await t.http.get(`/api/sessions/${session.id}/attendees`).expect(200);
      expect(list.body.total).toBe(0);
    });

    it('names every bad field in a 400', async () => {
      const session = await postSession(t);
      const res = await t.http
        .post(`/api/sessions/${session.id}/attendees`)
        .send({ fullName: '', role: 'guest', attendance: 'late', departmentId: 'abc', note: 'x'.repeat(1001), age: 40 })
        .expect(400);
      expect(badFields(res.body).sort()).toEqual(['age', 'attendance', 'departmentId', 'fullName', 'note', 'role']);
    });

    it('answers 404 for an unknown session', async () => {
      await t.http.post('/api/sessions/999999/attendees').send({ fullName: 'X', role: 'member' }).expect(404);
      await t.http.get('/api/sessions/999999/attendees').expect(404);
    });
  });

  describe('GET /api/sessions/:id/attendees', () => {
    it('lists the session’s attendees in the order they were added, with filters and pages', async () => {
      const session = await postSession(t);
      const other = await postSession(t);
      const chair = await createAttendee(t, session.id, { role: 'chair', fullName: 'Nguyễn Đăng Bình' });
      const absent = await createAttendee(t, session.id, { attendance: 'absent' });
      const secretary = await createAttendee(t, session.id, { role: 'secretary' });
      await createAttendee(t, other.id);

      const all = await t.http.get(`/api/sessions/${session.id}/attendees`).expect(200);
      expect(all.body).toMatchObject({ total: 3, page: 1, limit: 50 });
      expect(all.body.items.map((a: { id: number }) => a.id)).toEqual([chair.id, absent.id, secretary.id]);

      const page = await t.http.get(`/api/sessions/${session.id}/attendees?limit=1&page=3`).expect(200);
      expect(page.body.items.map((a: { id: number }) => a.id)).toEqual([secretary.id]);

      const absentees = await t.http.get(`/api/sessions/${session.id}/attendees?attendance=absent`).expect(200);
      expect(absentees.body.items.map((a: { id: number }) => a.id)).toEqual([absent.id]);
      const chairs = await t.http.get(`/api/sessions/${session.id}/attendees?role=chair`).expect(200);
      expect(chairs.body.items.map((a: { id: number }) => a.id)).toEqual([chair.id]);

      const bad = await t.http.get(`/api/sessions/${session.id}/attendees?role=boss&limit=0`).expect(400);
      expect(badFields(bad.body).sort()).toEqual(['limit', 'role']);
    });
  });

  describe('PATCH and DELETE /api/sessions/:id/attendees/:attendeeId', () => {
    it('edits an attendee and clears the delegate once no longer delegated', async () => {
      const session = await postSession(t);
      const department = await postDepartment(t);
      const attendee = await createAttendee(t, session.id);

      const delegated = await t.http
        .patch(`/api/sessions/${session.id}/attendees/${attendee.id}`)
        .send({ attendance: 'delegated', delegateName: 'Hoàng Văn Dũng', departmentId: department.id })
        .expect(200);
      expect(delegated.body).toMatchObject({
        attendance: 'delegated',
        delegateName: 'Hoàng Văn Dũng',
        departmentId: department.id,
      });

      const renamed = await t.http
        .patch(`/api/sessions/${session.id}/attendees/${attendee.id}`)
        .send({ position: 'Phó Giám đốc' })
        .expect(200);
      expect(renamed.body).toMatchObject({
        attendance: 'delegated',
        delegateName: 'Hoàng Văn Dũng',
        position: 'Phó Giám đốc',
      });

      const present = await t.http
        .patch(`/api/sessions/${session.id}/attendees/${attendee.id}`)
        .send({ attendance: 'present', departmentId: null })
        .expect(200);
      expect(present.body).toMatchObject({ attendance: 'present', delegateName: null, departmentId: null });
    });

    it('requires a delegate when the attendance becomes delegated, or when the delegate is removed', async () => {
      const session = await postSession(t);
      const attendee = await createAttendee(t, session.id);
      const res = await t.http
        .patch(`/api/sessions/${session.id}/attendees/${attendee.id}`)
        .send({ attendance: 'delegated' })
        .expect(400);
      expect(badFields(res.body)).toEqual(['delegateName']);

      const delegated = await createAttendee(t, session.id, { attendance: 'delegated', delegateName: 'Phạm Thị E' });
      const removed = await t.http
        .patch(`/api/sessions/${session.id}/attendees/${delegated.id}`)
        .send({ delegateName: null })
        .expect(400);
      expect(badFields(removed.body)).toEqual(['delegateName']);
    });

    it('answers 400 for an unknown department and for null required fields', async () => {
      const session = await postSession(t);
      const attendee = await createAttendee(t, session.id);
      const unknown = await t.http
        .patch(`/api/sessions/${session.id}/attendees/${attendee.id}`)
        .send({ departmentId: 555555 })
        .expect(400);
      expect(badFields(unknown.body)).toEqual(['departmentId']);
      const nulls = await t.http
        .patch(`/api/sessions/${session.id}/attendees/${attendee.id}`)
        .send({ fullName: null, role: null, attendance: null })
        .expect(400);
      expect(badFields(nulls.body).sort()).toEqual(['attendance', 'fullName', 'role']);
    });

    it('answers 404 for an attendee of another session, an unknown attendee or session', async () => {
      const session = await postSession(t);
      const other = await postSession(t);
      const attendee = await createAttendee(t, other.id);
      await t.http.patch(`/api/sessions/${session.id}/attendees/${attendee.id}`).send({ note: 'x' }).expect(404);
      await t.http.delete(`/api/sessions/${session.id}/attendees/${attendee.id}`).expect(404);
      await t.http.patch(`/api/sessions/${session.id}/attendees/999999`).send({ note: 'x' }).expect(404);
      await t.http.delete(`/api/sessions/999999/attendees/${attendee.id}`).expect(404);
      const bad = await t.http.delete(`/api/sessions/${session.id}/attendees/zero`).expect(400);
      expect(badFields(bad.body)).toEqual(['attendeeId']);
      const still = await t.http.get(`/api/sessions/${other.id}/attendees`).expect(200);
      expect(still.body.total).toBe(1);
    });

    it('removes an attendee', async () => {
      const session = await postSession(t);
      const attendee = await createAttendee(t, session.id);
      const kept = await createAttendee(t, session.id);
      await t.http.delete(`/api/sessions/${session.id}/attendees/${attendee.id}`).expect(204);
      const list = await t.http.get(`/api/sessions/${session.id}/attendees`).expect(200);
      expect(list.body.items.map((a: { id: number }) => a.id)).toEqual([kept.id]);
      const detail = await t.http.get(`/api/sessions/${session.id}`).expect(200);
      expect(detail.body.attendeeCount).toBe(1);
    });
  });

  // Which roles write is decided on the routes: see the authorization matrix.
});
